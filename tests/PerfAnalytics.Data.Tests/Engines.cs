using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using PerfAnalytics.Data;

namespace PerfAnalytics.Data.Tests;

/// <summary>A database engine the warehouse tests run on: it hands out new, empty warehouses and cleans up.</summary>
public interface IWarehouseEngine : IDisposable
{
    Warehouse CreateEmpty();
}

/// <summary>SQLite for real: a new file in a temporary folder per warehouse.</summary>
public sealed class SqliteEngine : IWarehouseEngine
{
    private readonly string folder = Directory.CreateTempSubdirectory("perfanalytics-data-tests-").FullName;

    public Warehouse CreateEmpty() => Warehouse.Sqlite(Path.Combine(folder, $"{Guid.NewGuid():N}.db"));

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
    }
}

/// <summary>A real SQL Server from PERFANALYTICS_TEST_SQLSERVER: a new database per warehouse, dropped afterwards.</summary>
public sealed class SqlServerEngine : IWarehouseEngine
{
    public const string Variable = "PERFANALYTICS_TEST_SQLSERVER";
    private readonly List<string> databases = [];

    public Warehouse CreateEmpty()
    {
        var b = new SqlConnectionStringBuilder(Environment.GetEnvironmentVariable(Variable)) { InitialCatalog = $"perfanalytics_test_{Guid.NewGuid():N}" };
        databases.Add(b.InitialCatalog);
        return Warehouse.SqlServer(b.ConnectionString);
    }

    public void Dispose()
    {
        if (databases.Count == 0) return;
        SqlConnection.ClearAllPools();
        var b = new SqlConnectionStringBuilder(Environment.GetEnvironmentVariable(Variable)) { InitialCatalog = "master" };
        using var c = new SqlConnection(b.ConnectionString);
        c.Open();
        foreach (var db in databases)
        {
            using var cmd = c.CreateCommand();
            // The name is ours (a GUID), not input: it cannot be a parameter in DDL.
            cmd.CommandText = $"IF DB_ID('{db}') IS NOT NULL BEGIN ALTER DATABASE [{db}] SET SINGLE_USER WITH ROLLBACK IMMEDIATE; DROP DATABASE [{db}]; END";
            cmd.ExecuteNonQuery();
        }
    }
}

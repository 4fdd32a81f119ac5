using System.Data.Common;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;

namespace PerfAnalytics.Data;

/// <summary>One warehouse: which engine, how to connect, and its dialect. Create it with <see cref="Create"/>.</summary>
public sealed class Warehouse
{
    static Warehouse() => DecimalTypeHandler.Register();

    private Warehouse(WarehouseProvider provider, string connectionString, bool loadSeedReports, string description)
    {
        Provider = provider;
        ConnectionString = connectionString;
        LoadSeedReports = loadSeedReports;
        Description = description;
        Dialect = SqlDialect.For(provider);
    }

    public WarehouseProvider Provider { get; }
    public string ConnectionString { get; }
    public SqlDialect Dialect { get; }
    public bool LoadSeedReports { get; }

    /// <summary>Which warehouse is in use, for staff (no password).</summary>
    public string Description { get; }

    public static Warehouse Create(WarehouseOptions options)
    {
        var provider = options.ResolvedProvider;
        if (provider == WarehouseProvider.SqlServer)
        {
            if (string.IsNullOrWhiteSpace(options.ConnectionString))
                throw new InvalidOperationException("Warehouse:Provider 为 SqlServer，但没有设置 ConnectionStrings:Warehouse (connection string missing)");
            return SqlServer(options.ConnectionString, options.LoadSeedReports ?? false);
        }
        var cs = options.ConnectionString;
        string path;
        if (string.IsNullOrWhiteSpace(cs))
            path = Path.Combine(string.IsNullOrWhiteSpace(options.DataFolder) ? WarehouseOptions.DefaultDataFolder : options.DataFolder, "warehouse.db");
        else if (cs.Contains('='))
            path = new SqliteConnectionStringBuilder(cs).DataSource;
        else
            path = cs;
        // The seed reports go only into the default file, where a new user expects to see real data.
        return Sqlite(path, options.LoadSeedReports ?? string.IsNullOrWhiteSpace(cs));
    }

    public static Warehouse Sqlite(string path, bool loadSeedReports = false, bool fastUnsafeWrites = false)
    {
        var full = Path.GetFullPath(path);
        var cs = new SqliteConnectionStringBuilder
        {
            DataSource = full,
            ForeignKeys = true,
            DefaultTimeout = 30,
            Pooling = !fastUnsafeWrites, // a NORMAL-sync connection must never be handed to the real warehouse
        }.ToString();
        return new Warehouse(WarehouseProvider.Sqlite, cs, loadSeedReports, $"SQLite 文件 {full}") { FastUnsafeWrites = fastUnsafeWrites, SqliteFile = full };
    }

    public static Warehouse SqlServer(string connectionString, bool loadSeedReports = false)
    {
        var b = new SqlConnectionStringBuilder(connectionString);
        return new Warehouse(WarehouseProvider.SqlServer, connectionString, loadSeedReports, $"SQL Server {b.DataSource} / {b.InitialCatalog}");
    }

    /// <summary>
    /// SQLite only, for generating the synthetic benchmark warehouse: commits without waiting for the disk
    /// (synchronous=NORMAL, unpooled connections), so a power loss may drop the last ones. Never for real data.
    /// </summary>
    public bool FastUnsafeWrites { get; private init; }

    /// <summary>The SQLite file (its folder is created when the warehouse is migrated); null for SQL Server.</summary>
    public string? SqliteFile { get; private init; }

    public DbConnection CreateConnection() => Provider == WarehouseProvider.SqlServer
        ? new SqlConnection(ConnectionString)
        : new SqliteConnection(ConnectionString);

    public async Task<DbConnection> OpenAsync(CancellationToken ct = default)
    {
        var c = CreateConnection();
        await c.OpenAsync(ct);
        if (FastUnsafeWrites)
        {
            await using var cmd = c.CreateCommand();
            cmd.CommandText = "PRAGMA synchronous = NORMAL;";
            await cmd.ExecuteNonQueryAsync(ct);
        }
        return c;
    }

    public override string ToString() => Description;
}

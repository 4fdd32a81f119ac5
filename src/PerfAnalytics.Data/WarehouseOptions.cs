using Microsoft.Extensions.Configuration;

namespace PerfAnalytics.Data;

public enum WarehouseProvider { Sqlite, SqlServer }

/// <summary>
/// Where the warehouse is: `ConnectionStrings:Warehouse`, `Warehouse:Provider` (Sqlite or SqlServer),
/// `Warehouse:DataFolder`, `Warehouse:LoadSeedReports`. Environment variables override them the usual .NET way
/// (`ConnectionStrings__Warehouse`, `Warehouse__Provider`). Nothing set: a SQLite file in the per-user data folder.
/// </summary>
public sealed class WarehouseOptions
{
    public const string Section = "Warehouse";

    public WarehouseProvider? Provider { get; set; }

    /// <summary>From `ConnectionStrings:Warehouse`: a SQL Server connection string, a SQLite one, or a SQLite file path.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Folder of the default SQLite file (warehouse.db); the per-user data folder when empty.</summary>
    public string? DataFolder { get; set; }

    /// <summary>Load db/reports/ into an empty warehouse on start. Default: yes for the default SQLite file only.</summary>
    public bool? LoadSeedReports { get; set; }

    public static WarehouseOptions FromConfiguration(IConfiguration configuration)
    {
        var o = new WarehouseOptions();
        configuration.GetSection(Section).Bind(o);
        o.ConnectionString ??= configuration.GetConnectionString("Warehouse");
        return o;
    }

    /// <summary>The provider in force: the one set, else SqlServer for a connection string that names a server, else Sqlite.</summary>
    public WarehouseProvider ResolvedProvider => Provider ?? (LooksLikeSqlServer(ConnectionString) ? WarehouseProvider.SqlServer : WarehouseProvider.Sqlite);

    public static string DefaultDataFolder
    {
        get
        {
            var root = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify);
            if (string.IsNullOrEmpty(root)) root = Path.GetTempPath();
            return Path.Combine(root, "PerfAnalytics");
        }
    }

    private static bool LooksLikeSqlServer(string? cs) =>
        cs is not null && cs.Contains('=') &&
        (cs.Contains("Server=", StringComparison.OrdinalIgnoreCase) ||
         cs.Contains("Initial Catalog", StringComparison.OrdinalIgnoreCase) ||
         cs.Contains("Database=", StringComparison.OrdinalIgnoreCase));
}

using PerfAnalytics.Data;

namespace PerfAnalytics.Web.Tests;

/// <summary>A temporary SQLite warehouse, migrated and loaded with the five seed reports of db/reports/.</summary>
public sealed class SeedWarehouse : IAsyncLifetime
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"perfanalytics-web-{Guid.NewGuid():N}.db");

    public Warehouse Warehouse { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        Warehouse = PerfAnalytics.Data.Warehouse.Sqlite(Path, loadSeedReports: true);
        await WarehouseStartup.PrepareAsync(Warehouse, _ => { });
    }

    public Task DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { Path, Path + "-wal", Path + "-shm" })
            if (File.Exists(file)) File.Delete(file);
        return Task.CompletedTask;
    }
}

public static class WarehouseTestExtensions
{
    /// <summary>The id of the report for a place, year and kind of document.</summary>
    public static async Task<long> ReportIdAsync(this Warehouse warehouse, string place, int year, string? kind = null)
    {
        var reports = await PerfAnalytics.Data.Queries.ReportList.RunAsync(warehouse, 0, 1000);
        return reports.Single(r => r.Jurisdiction == place && r.FiscalYear == year && (kind is null || r.DocKind == kind)).Id;
    }
}

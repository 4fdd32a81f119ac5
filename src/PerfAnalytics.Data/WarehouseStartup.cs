using Dapper;
using PerfAnalytics.Data.Ingest;

namespace PerfAnalytics.Data;

/// <summary>What the app and the CLI do on start: say which warehouse, migrate it, and fill an empty one with db/reports/.</summary>
public static class WarehouseStartup
{
    private const string CountDocumentsSql = "SELECT COUNT(*) FROM source_document;";

    public static async Task PrepareAsync(Warehouse warehouse, Action<string> log, CancellationToken ct = default)
    {
        log($"数据仓库 (warehouse)：{warehouse.Description}");
        var applied = WarehouseMigrator.Migrate(warehouse);
        if (applied.Count > 0) log($"已执行迁移脚本 (migrations applied)：{string.Join(", ", applied)}");
        if (!warehouse.LoadSeedReports) return;
        await using (var c = await warehouse.OpenAsync(ct))
            if (await c.ExecuteScalarAsync<long>(CountDocumentsSql) > 0) return;
        var folder = SeedReports.FindFolder();
        if (folder is null)
        {
            log("未找到示例报告目录 db/reports (seed reports not found)");
            return;
        }
        var ingestor = new Ingestor(warehouse, "system");
        var imported = 0;
        foreach (var file in SeedReports.Files(folder))
            if ((await ingestor.IngestFileAsync(file, ct)).Status == IngestStatus.Imported) imported++;
        log($"空仓库已载入示例报告 {imported} 份 (seed reports loaded) ← {folder}");
    }
}

/// <summary>The five real seed reports of db/reports/, found by walking up from the app's folder.</summary>
public static class SeedReports
{
    public static string? FindFolder(string? start = null)
    {
        for (var dir = new DirectoryInfo(start ?? AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "db", "reports");
            if (Directory.Exists(candidate) && Files(candidate).Count > 0) return candidate;
        }
        return null;
    }

    public static IReadOnlyList<string> Files(string folder) =>
        [.. Directory.EnumerateFiles(folder).Where(f => !Path.GetFileName(f).StartsWith('.')).Order(StringComparer.Ordinal)];
}

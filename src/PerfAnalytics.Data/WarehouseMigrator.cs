using Dapper;
using DbUp;
using DbUp.Engine;
using PerfAnalytics.Extraction;

namespace PerfAnalytics.Data;

/// <summary>Applies db/&lt;engine&gt;/NNN_*.sql (embedded) in order with DbUp, journaled, then writes the metric catalogue.</summary>
public static class WarehouseMigrator
{
    public static IReadOnlyList<string> Migrate(Warehouse warehouse)
    {
        var prefix = ScriptPrefix(warehouse.Provider);
        var assembly = typeof(WarehouseMigrator).Assembly;
        UpgradeEngine engine;
        if (warehouse.Provider == WarehouseProvider.SqlServer)
        {
            EnsureDatabase.For.SqlDatabase(warehouse.ConnectionString, new DbUp.Engine.Output.NoOpUpgradeLog());
            engine = DeployChanges.To.SqlDatabase(warehouse.ConnectionString)
                .WithScriptsEmbeddedInAssembly(assembly, n => n.StartsWith(prefix, StringComparison.Ordinal))
                .WithTransactionPerScript().LogToNowhere().Build();
        }
        else
        {
            Directory.CreateDirectory(Path.GetDirectoryName(warehouse.SqliteFile)!);
            engine = DeployChanges.To.SqliteDatabase(warehouse.ConnectionString)
                .WithScriptsEmbeddedInAssembly(assembly, n => n.StartsWith(prefix, StringComparison.Ordinal))
                .WithTransactionPerScript().LogToNowhere().Build();
        }
        var result = engine.PerformUpgrade();
        if (!result.Successful)
            throw new InvalidOperationException($"数据库迁移失败 ({result.ErrorScript?.Name}): {result.Error.Message}", result.Error);

        using var c = warehouse.CreateConnection();
        c.Open();
        if (warehouse.Provider == WarehouseProvider.Sqlite)
            c.Execute("PRAGMA journal_mode = WAL;");
        using var tx = c.BeginTransaction();
        c.Execute(warehouse.Dialect.UpsertMetricSql, MetricCatalogue.All, tx);
        tx.Commit();
        return [.. result.Scripts.Select(s => s.Name)];
    }

    /// <summary>The resource-name prefix of an engine's migration scripts (db.sqlserver. or db.sqlite.).</summary>
    public static string ScriptPrefix(WarehouseProvider provider) =>
        provider == WarehouseProvider.SqlServer ? "db.sqlserver." : "db.sqlite.";
}

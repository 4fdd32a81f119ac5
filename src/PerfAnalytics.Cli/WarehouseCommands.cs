using System.CommandLine;
using Microsoft.Extensions.Configuration;
using PerfAnalytics.Data;
using PerfAnalytics.Data.Ingest;
using PerfAnalytics.Data.Queries;
using Spectre.Console;

namespace PerfAnalytics.Cli;

/// <summary>`migrate`, `ingest`, `reports`, `reextract` and `bench-warehouse`: the warehouse from the command line.</summary>
public static class WarehouseCommands
{
    /// <summary>Global: a SQLite file path or a connection string; else ConnectionStrings__Warehouse / Warehouse__Provider.</summary>
    public static readonly Option<string?> WarehouseOption = new("--warehouse")
    {
        Description = "数据仓库：SQLite 文件路径或连接字符串（默认读取环境变量 ConnectionStrings__Warehouse、Warehouse__Provider）(SQLite file or connection string)",
        Recursive = true,
    };

    public static void Add(RootCommand root)
    {
        root.Options.Add(WarehouseOption);

        var migrate = new Command("migrate", "创建或升级数据仓库结构 (create or upgrade the warehouse schema)");
        migrate.SetAction(r => Guarded(() =>
        {
            var w = Resolve(r);
            AnsiConsole.MarkupLineInterpolated($"数据仓库 (warehouse)：[bold]{w.Description}[/]");
            var applied = WarehouseMigrator.Migrate(w);
            Console.WriteLine(applied.Count == 0 ? "已是最新 (up to date)" : $"已执行 (applied)：{string.Join(", ", applied)}");
            return Task.FromResult(0);
        }));
        root.Subcommands.Add(migrate);

        var paths = new Argument<string[]>("paths") { Description = "文件或文件夹 (files and folders)", Arity = ArgumentArity.OneOrMore };
        var user = new Option<string>("--user") { Description = "导入人 (who imports)", DefaultValueFactory = _ => Environment.UserName };
        var ingest = new Command("ingest", "导入报告文件：每个文件一份报告，同一内容不重复导入 (import report files)") { paths, user };
        ingest.SetAction((r, ct) => Guarded(async () =>
        {
            var w = await PrepareAsync(r, ct);
            return await IngestAsync(w, r.GetValue(paths)!, r.GetValue(user)!, ct);
        }));
        root.Subcommands.Add(ingest);

        var reports = new Command("reports", "列出数据仓库中的报告 (list the reports in the warehouse)");
        reports.SetAction((r, ct) => Guarded(async () =>
        {
            var w = await PrepareAsync(r, ct);
            await ListAsync(w, ct);
            return 0;
        }));
        root.Subcommands.Add(reports);

        var all = new Option<bool>("--all") { Description = "全部重新抽取，而不只是旧版本抽取的 (all documents, not only stale ones)" };
        var reextract = new Command("reextract", "用当前抽取程序重新抽取已导入的文件，保留人工更正 (extract stored files again, keeping corrections)") { all };
        reextract.SetAction((r, ct) => Guarded(async () =>
        {
            var w = await PrepareAsync(r, ct);
            var ingestor = new Ingestor(w, Environment.UserName);
            var ids = await ingestor.DocumentsToReextractAsync(r.GetValue(all), ct);
            var failed = 0;
            foreach (var id in ids)
            {
                var o = await ingestor.ReextractAsync(id, ct);
                if (o.Status == IngestStatus.Failed) failed++;
                Console.WriteLine($"{o.File}: {o.StatusText} {o.Message}");
            }
            Console.WriteLine($"重新抽取 (re-extracted) {ids.Count - failed}，失败 (failed) {failed}");
            return failed == 0 ? 0 : 1;
        }));
        root.Subcommands.Add(reextract);

        WarehouseBench.Add(root);
    }

    /// <summary>The warehouse chosen by --warehouse, else by configuration (environment variables), else the default SQLite file.</summary>
    public static Warehouse Resolve(ParseResult r)
    {
        var options = WarehouseOptions.FromConfiguration(new ConfigurationBuilder().AddEnvironmentVariables().Build());
        if (r.GetValue(WarehouseOption) is { Length: > 0 } given) options.ConnectionString = given;
        return Warehouse.Create(options);
    }

    /// <summary>A warehouse that cannot be reached or configured is a message and exit code 3, not a stack trace.</summary>
    private static async Task<int> Guarded(Func<Task<int>> action)
    {
        try
        {
            return await action();
        }
        catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException or ArgumentException)
        {
            Console.Error.WriteLine($"数据仓库不可用 (warehouse unavailable)：{e.Message}");
            return 3;
        }
    }

    private static async Task<Warehouse> PrepareAsync(ParseResult r, CancellationToken ct)
    {
        var w = Resolve(r);
        await WarehouseStartup.PrepareAsync(w, m => Console.Error.WriteLine(m), ct);
        return w;
    }

    private static async Task<int> IngestAsync(Warehouse w, string[] paths, string user, CancellationToken ct)
    {
        var files = new List<string>();
        var outcomes = new List<IngestOutcome>();
        foreach (var p in paths)
        {
            if (Directory.Exists(p))
                files.AddRange(Directory.EnumerateFiles(p, "*", SearchOption.AllDirectories).Where(f => !Path.GetFileName(f).StartsWith('.')).Order(StringComparer.Ordinal));
            else if (File.Exists(p))
                files.Add(p);
            else
                outcomes.Add(new IngestOutcome(p, IngestStatus.Failed, null, null, 0, "找不到文件或文件夹 (not found)"));
        }
        var ingestor = new Ingestor(w, user);
        await AnsiConsole.Progress().AutoClear(false).StartAsync(async ctx =>
        {
            var bar = ctx.AddTask("导入 (ingest)", maxValue: Math.Max(1, files.Count));
            foreach (var f in files)
            {
                try
                {
                    outcomes.Add(await ingestor.IngestFileAsync(f, ct));
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // The ingest transaction was rolled back: this file left nothing behind; go on with the others.
                    outcomes.Add(new IngestOutcome(f, IngestStatus.Failed, null, null, 0, $"未写入，仓库未改变 (nothing written)：{e.Message}"));
                }
                bar.Increment(1);
            }
        });

        var table = new Spectre.Console.Table().AddColumns("文件 (file)", "结果 (result)", "报告 (report)", "指标 (facts)", "说明 (reason)");
        foreach (var o in outcomes)
            table.AddRow(Markup.Escape(o.File), o.StatusText, o.ReportId?.ToString() ?? "", o.Status == IngestStatus.Imported ? o.FactCount.ToString() : "", Markup.Escape(o.Message ?? ""));
        AnsiConsole.Write(table);
        var failed = outcomes.Count(o => o.Status == IngestStatus.Failed);
        Console.WriteLine($"已导入 (imported) {outcomes.Count(o => o.Status == IngestStatus.Imported)}，" +
                          $"已导入过 (duplicate) {outcomes.Count(o => o.Status == IngestStatus.Duplicate)}，失败 (failed) {failed}");
        return failed == 0 ? 0 : 1;
    }

    private static async Task ListAsync(Warehouse w, CancellationToken ct)
    {
        var list = await ReportList.RunAsync(w, 0, 10_000, ct);
        var table = new Spectre.Console.Table().AddColumns("编号", "地区", "年度", "文件类型", "等次", "指标", "问题", "文件");
        foreach (var r in list)
            table.AddRow(r.Id.ToString(), Markup.Escape(r.Jurisdiction ?? "—"), r.FiscalYear?.ToString() ?? "—", r.DocKind ?? "—",
                Markup.Escape(r.SelfGrade ?? ""), r.Facts.ToString(), r.Findings.ToString(), Markup.Escape(r.FileName));
        AnsiConsole.Write(table);
        Console.WriteLine($"报告 (reports)：{list.Count}");
        var failed = await ReportList.FailedAsync(w, ct);
        foreach (var f in failed)
            Console.WriteLine($"未能读取 (failed) #{f.Id} {f.FileName}: {f.Error}");
    }
}

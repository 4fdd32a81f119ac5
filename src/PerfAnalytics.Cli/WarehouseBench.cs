using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using PerfAnalytics.Data;
using PerfAnalytics.Data.Ingest;
using PerfAnalytics.Data.Queries;
using PerfAnalytics.Extraction;

namespace PerfAnalytics.Cli;

/// <summary>
/// `bench-warehouse`: builds a clearly synthetic warehouse (places 合成市0001…, a separate SQLite file, never the
/// default one), then measures ingest throughput and the latency of the comparison and report-page queries.
/// </summary>
public static class WarehouseBench
{
    public static void Add(RootCommand root)
    {
        var places = new Option<int>("--places") { Description = "合成地区数 (synthetic places)", DefaultValueFactory = _ => 3000 };
        var years = new Option<int>("--years") { Description = "每地年度数 (years per place)", DefaultValueFactory = _ => 10 };
        var samples = new Option<int>("--samples") { Description = "每种查询的测量次数 (timed runs per query)", DefaultValueFactory = _ => 300 };
        var file = new Option<FileInfo>("--file")
        {
            Description = "合成仓库文件（重建）(the synthetic SQLite file; rebuilt)",
            DefaultValueFactory = _ => new FileInfo(Path.Combine(Path.GetTempPath(), "perfanalytics-bench", "synthetic-warehouse.db")),
        };
        var reuse = new Option<bool>("--reuse") { Description = "沿用已生成的合成仓库，只测查询 (reuse the file, time queries only)" };
        var cmd = new Command("bench-warehouse", "数据仓库基准：合成 3000 地 × 10 年 × 全部指标，测导入速度与查询延迟 (warehouse benchmark)")
            { places, years, samples, file, reuse };
        cmd.SetAction(async (r, ct) =>
        {
            var path = r.GetValue(file)!.FullName;
            var defaultDb = Path.Combine(WarehouseOptions.DefaultDataFolder, "warehouse.db");
            if (string.Equals(Path.GetFullPath(path), Path.GetFullPath(defaultDb), StringComparison.Ordinal))
            {
                Console.Error.WriteLine("合成数据不能写入默认数据仓库 (refusing to write synthetic data into the default warehouse)");
                return 2;
            }
            await RunAsync(path, r.GetValue(places), r.GetValue(years), r.GetValue(samples), r.GetValue(reuse), ct);
            return 0;
        });
        root.Subcommands.Add(cmd);
    }

    public static async Task RunAsync(string path, int places, int years, int samples, bool reuse, CancellationToken ct)
    {
        Console.WriteLine($"合成数据仓库 (synthetic warehouse)：{path}");
        if (!reuse)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var f in new[] { path, path + "-wal", path + "-shm" }) File.Delete(f);
        }
        var w = Warehouse.Sqlite(path);
        WarehouseMigrator.Migrate(w);
        var firstYear = 2025 - years;
        if (!reuse)
        {
            // Ingest throughput is measured on the real, durable path (one transaction per report, synchronous=FULL)
            // for the first tenth; the rest of the synthetic warehouse is written the same way but without waiting
            // for the disk on each commit, to keep the benchmark short.
            var all = Enumerable.Range(1, places).SelectMany(p => Enumerable.Range(firstYear, years).Select(y => (p, y))).ToList();
            var measured = Math.Max(1, all.Count / 10);
            var durable = await IngestAsync(new Ingestor(w, "bench"), all.Take(measured), ct);
            Console.WriteLine($"ingest, durable (one transaction per report, synchronous=FULL): {measured} reports × {MetricCatalogue.All.Count} metrics in {durable.TotalSeconds:F1} s = {measured / durable.TotalSeconds:F0} reports/s");
            var bulk = await IngestAsync(new Ingestor(Warehouse.Sqlite(path, fastUnsafeWrites: true), "bench"), all.Skip(measured), ct);
            Console.WriteLine($"ingest, bulk generation (synchronous=NORMAL): {all.Count - measured} reports in {bulk.TotalSeconds:F1} s = {(all.Count - measured) / bulk.TotalSeconds:F0} reports/s");
        }
        Console.WriteLine($"file size: {new FileInfo(path).Length / 1024 / 1024} MiB");

        var rnd = new Random(42);
        var allYears = Enumerable.Range(firstYear, years).ToArray();
        var codes = MetricCatalogue.All.Select(m => m.Code).ToArray();
        var comparison = await TimeAsync(samples, async () =>
        {
            var chosen = Enumerable.Range(0, 20).Select(_ => PlaceName(rnd.Next(1, places + 1))).Distinct().ToArray();
            var metrics = codes.OrderBy(_ => rnd.Next()).Take(10).ToArray();
            return (await MetricMatrix.RunAsync(w, chosen, allYears, metrics, ct)).Count;
        });
        Console.WriteLine($"comparison query (20 places × {years} years × 10 metrics): median {comparison.Median:F1} ms, p95 {comparison.P95:F1} ms, process CPU {comparison.CpuPerRun:F1} ms per run, {comparison.Rows} cells per run");
        var reports = places * years;
        var page = await TimeAsync(samples, async () => (await ReportPage.RunAsync(w, rnd.Next(1, reports + 1), ct))!.Facts.Count);
        Console.WriteLine($"report page query (text, facts, tasks, indicators, findings): median {page.Median:F1} ms, p95 {page.P95:F1} ms, process CPU {page.CpuPerRun:F1} ms per run, {page.Rows} facts per run");
        Console.WriteLine($"load average (1 min): {LoadAverage()} on {Environment.ProcessorCount} cores");
    }

    private static async Task<TimeSpan> IngestAsync(Ingestor ingestor, IEnumerable<(int Place, int Year)> reports, CancellationToken ct)
    {
        var sw = Stopwatch.StartNew();
        foreach (var (p, y) in reports)
        {
            var (bytes, result) = Synthetic(p, y);
            await ingestor.IngestExtractedAsync(bytes, result, ct);
        }
        return sw.Elapsed;
    }

    private static async Task<(double Median, double P95, double CpuPerRun, int Rows)> TimeAsync(int samples, Func<Task<int>> run)
    {
        for (var i = 0; i < 10; i++) await run(); // warm-up
        var ms = new List<double>();
        var rows = 0;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        for (var i = 0; i < samples; i++)
        {
            var sw = Stopwatch.StartNew();
            rows = await run();
            ms.Add(sw.Elapsed.TotalMilliseconds);
        }
        var cpuPerRun = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / samples;
        ms.Sort();
        return (ms[ms.Count / 2], ms[(int)Math.Ceiling(ms.Count * 0.95) - 1], cpuPerRun, rows);
    }

    /// <summary>The 1-minute load average (Linux), to read the latencies against: the machine may be shared.</summary>
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";

    private static string PlaceName(int p) => $"合成市{p:0000}";

    /// <summary>One synthetic report: every catalogue figure, written in a text that says it is synthetic.</summary>
    public static (byte[] Bytes, ExtractionResult Result) Synthetic(int place, int year)
    {
        var rnd = new Random(place * 10_000 + year);
        var name = PlaceName(place);
        var text = new StringBuilder($"【基准测试合成数据，非真实报告】{name}信访局{year}年度部门整体支出绩效自评报告\n");
        var facts = new List<Fact>();
        foreach (var m in MetricCatalogue.All)
        {
            var value = Math.Round((decimal)(rnd.NextDouble() * (m.Unit == "%" ? 100 : 2000)), 2);
            var written = value.ToString(CultureInfo.InvariantCulture);
            text.Append(m.NameZh).Append('：');
            var start = text.Length;
            text.Append(written).Append(m.Unit).Append('\n');
            facts.Add(new Fact(m.Code, value, m.Unit, value, m.Unit, written, start, start + written.Length));
        }
        var tasks = Enumerable.Range(1, 3).Select(i => new KeyTask($"合成重点任务{i}", 10m * i, $"合成重点任务{i}", 0, 6)).ToList();
        var indicators = Enumerable.Range(1, 5).Select(i => new Indicator("产出指标", "数量指标", $"合成指标{i}", "100%", "100%", 100, "%", 100, "%", 0, 6)).ToList();
        List<Finding> findings = [new("synthetic", Severities.Info, "合成数据 (synthetic)", ["budget_total"])];
        var identity = new ReportIdentity(name, null, "合成省", "prefecture_city", name + "信访局", year, DocKinds.SelfEvaluationReport,
            new DateOnly(year + 1, 3, 31), "优");
        var bytes = Encoding.UTF8.GetBytes(text.ToString());
        return (bytes, new ExtractionResult($"synthetic_{place:0000}_{year}.txt", Ingestor.Sha256(bytes), "text/plain", text.ToString(), identity, facts, tasks, indicators, findings));
    }
}

using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using PerfAnalytics.Data.Comparison;
using PerfAnalytics.Data.Exports;
using PerfAnalytics.Data.Queries;
using PerfAnalytics.Extraction;

namespace PerfAnalytics.Cli;

/// <summary>
/// `bench-export`: a comparison of N synthetic places × M years (spending theme) exported to XLSX and CSV,
/// through the same builders as the real export (the page's <see cref="ThemeTable"/>, <see cref="ThemeTableExport"/>)
/// and the same exporters. Prints time, peak working set and allocations.
/// Each format runs in its own process so that one's peak memory does not hide the other's.
/// </summary>
public static class ExportBench
{
    public static void Add(RootCommand root)
    {
        var places = new Option<int>("--places") { Description = "合成地区数 (synthetic places)", DefaultValueFactory = _ => 3000 };
        var years = new Option<int>("--years") { Description = "年度数 (years)", DefaultValueFactory = _ => 10 };
        var format = new Option<string>("--format") { Description = "xlsx、csv 或 both", DefaultValueFactory = _ => "both" };
        var output = new Option<string?>("--out") { Description = "输出文件夹（默认临时文件夹，结束后删除）" };
        var bench = new Command("bench-export", "导出基准：合成的地区 × 年度对比表导出为 XLSX 与 CSV 的耗时与内存 (export benchmark)")
            { places, years, format, output };
        bench.SetAction(r =>
        {
            var (p, y, f, o) = (r.GetValue(places), r.GetValue(years), r.GetValue(format)!, r.GetValue(output));
            if (f == "both")
                return RunChild(p, y, "xlsx", o) | RunChild(p, y, "csv", o);
            if (!Exporter.TryParseFormat(f, out var fmt)) { Console.Error.WriteLine("格式请用 xlsx、csv 或 both"); return 2; }
            Run(p, y, fmt, o);
            return 0;
        });
        root.Subcommands.Add(bench);
    }

    private static void Run(int placeCount, int yearCount, ExportFormat format, string? folder)
    {
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        var places = Enumerable.Range(1, placeCount).Select(i => $"合成地区{i:D4}").ToList();
        var years = Enumerable.Range(2015, yearCount).ToList();
        var reports = SyntheticReports(places, years).ToList();
        var cells = SyntheticCells(reports).ToList();
        var table = SpendingTable(reports, cells, places, years);
        var built = clock.Elapsed;

        var dir = folder ?? Directory.CreateTempSubdirectory("perfanalytics-bench-").FullName;
        var path = Path.Combine(dir, Exporter.FileName(table, format));
        Directory.CreateDirectory(dir);
        clock.Restart();
        using (var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
            Exporter.Write(table, format, file);
        var written = clock.Elapsed;
        var size = new FileInfo(path).Length;
        using var self = Process.GetCurrentProcess();
        var (peak, allocated) = (self.PeakWorkingSet64, GC.GetTotalAllocatedBytes(true) - allocatedBefore);
        var sourceRows = format == ExportFormat.Xlsx ? table.Sources().Count() : 0;
        var onSources = sourceRows > 0 ? $" + {sourceRows} rows on 来源" : "";
        Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{format.ToString().ToLowerInvariant()}: {placeCount} places x {yearCount} years = {placeCount * yearCount} rows{onSources}, " +
            $"build {built.TotalSeconds:F2} s, write {written.TotalSeconds:F2} s, file {size / 1e6:F1} MB, " +
            $"peak working set {peak / 1e6:F0} MB, allocated {allocated / 1e6:F0} MB"));
        if (folder is null) Directory.Delete(dir, recursive: true);
    }

    /// <summary>Runs one format in a fresh process (same executable, same options).</summary>
    private static int RunChild(int places, int years, string format, string? folder)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!) { UseShellExecute = false };
        // Under `dotnet perfanalytics.dll` the process is the dotnet host, which needs the dll again; the apphost does not.
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet") start.ArgumentList.Add(Environment.GetCommandLineArgs()[0]);
        foreach (var a in new[] { "bench-export", "--places", places.ToString(CultureInfo.InvariantCulture), "--years", years.ToString(CultureInfo.InvariantCulture), "--format", format })
            start.ArgumentList.Add(a);
        if (folder is not null) { start.ArgumentList.Add("--out"); start.ArgumentList.Add(folder); }
        using var child = Process.Start(start)!;
        child.WaitForExit();
        return child.ExitCode;
    }

    /// <summary>The stated figures the spending table reads (its lines and the figures its ratios are computed from).</summary>
    private static readonly string[] SpendingMetrics =
    [
        "budget_total", "expenditure_total", "budget_execution_rate", "basic_expenditure", "personnel_expenditure",
        "public_expenditure", "project_expenditure", "budget_basic", "budget_project", "authorized_staff",
    ];

    /// <summary>The page's spending table of the synthetic reports and its export, as the warehouse queries would give them.</summary>
    private static ExportTable SpendingTable(List<SelectionReport> reports, List<MatrixCell> cells, List<string> places, List<int> years)
    {
        var figures = cells.ToLookup(c => c.ReportId);
        decimal? F(long id, string code) => figures[id].FirstOrDefault(c => c.MetricCode == code)?.Value;
        var columns = reports.Select(r => new Column(r.ReportId, r.Jurisdiction, r.FiscalYear, r.DocKind)).ToList();
        var spending = reports.Select(r => new SpendingRow
        {
            ReportId = r.ReportId, Jurisdiction = r.Jurisdiction, FiscalYear = r.FiscalYear, DocKind = r.DocKind,
            BudgetTotal = F(r.ReportId, "budget_total"), ExpenditureTotal = F(r.ReportId, "expenditure_total"),
            BasicExpenditure = F(r.ReportId, "basic_expenditure"), PersonnelExpenditure = F(r.ReportId, "personnel_expenditure"),
            PublicExpenditure = F(r.ReportId, "public_expenditure"), ProjectExpenditure = F(r.ReportId, "project_expenditure"),
            BudgetBasic = F(r.ReportId, "budget_basic"), BudgetProject = F(r.ReportId, "budget_project"),
        }).ToList();
        var scores = reports.Select(r => new ScoreRow
        {
            ReportId = r.ReportId, Jurisdiction = r.Jurisdiction, FiscalYear = r.FiscalYear, DocKind = r.DocKind,
            BudgetExecutionRate = F(r.ReportId, "budget_execution_rate"),
        }).ToList();
        var ratios = reports.Select(r => new StaffRatioRow
        {
            ReportId = r.ReportId, Jurisdiction = r.Jurisdiction, FiscalYear = r.FiscalYear, DocKind = r.DocKind,
            AuthorizedStaff = F(r.ReportId, "authorized_staff"), ExpenditureTotal = F(r.ReportId, "expenditure_total"),
            PersonnelExpenditure = F(r.ReportId, "personnel_expenditure"),
        }).ToList();
        var table = ThemeTable.Spending(columns, spending, scores, ratios);
        var title = $"对比 · 支出结构 · {ExportFileNames.Places(places)} · {ExportFileNames.YearsText(years)}";
        return ThemeTableExport.ToExportTable(table, cells, reports, ThemeLabels.Zh, "对比", title,
            ExportFileNames.Stem("对比", "支出结构", ExportFileNames.Years(years)));
    }

    /// <summary>One self-evaluation report per place and year: clearly synthetic names, never mixed into real data.</summary>
    private static IEnumerable<SelectionReport> SyntheticReports(List<string> places, List<int> years)
    {
        var id = 0L;
        foreach (var place in places)
            foreach (var year in years)
                yield return new SelectionReport
                {
                    ReportId = ++id, Jurisdiction = place, FiscalYear = year, DocKind = DocKinds.SelfEvaluationReport,
                    FileName = $"{place}信访局{year}年度整体支出绩效自评报告（合成）.txt",
                };
    }

    /// <summary>The spending figures of each report, about one in ten left out (a missing figure stays empty).</summary>
    private static IEnumerable<MatrixCell> SyntheticCells(List<SelectionReport> reports)
    {
        var random = new Random(20241);
        var factId = 0L;
        foreach (var r in reports)
            foreach (var code in SpendingMetrics)
            {
                if (random.Next(10) == 0) continue;
                var metric = MetricCatalogue.Get(code);
                var value = metric.Unit == "%" ? Math.Round(80 + (decimal)random.NextDouble() * 20, 2)
                    : metric.Unit == "人" ? random.Next(5, 80)
                    : Math.Round((decimal)random.NextDouble() * 5000, 2);
                yield return new MatrixCell
                {
                    Jurisdiction = r.Jurisdiction, FiscalYear = r.FiscalYear, MetricCode = code, Value = value, Unit = metric.Unit,
                    Origin = "extracted", ReportId = r.ReportId, DocKind = r.DocKind, FactId = ++factId,
                    Excerpt = $"{r.FiscalYear}年度{metric.NameZh}为{value.ToString(CultureInfo.InvariantCulture)}{metric.Unit}，较上年有所变化。",
                    Start = 100, End = 140,
                };
            }
    }
}

using PerfAnalytics.Data.Queries;
using PerfAnalytics.Extraction;

namespace PerfAnalytics.Data.Exports;

/// <summary>
/// The 对比 and 趋势 tables: one row per chosen place × year, one column per metric of the theme.
/// The dashboard renders this same table, so an export holds exactly what is on screen.
/// </summary>
public static class ComparisonTable
{
    public const string PlaceKey = "place", YearKey = "year", GradeKey = "self_grade", DocKindsKey = "doc_kinds", NoteKey = "note";

    /// <summary>对比: places × years × the theme's metrics, read from the warehouse.</summary>
    public static async Task<ExportTable> CompareAsync(Warehouse warehouse, IReadOnlyList<string> places, IReadOnlyList<int> years,
        ExportTheme theme, CancellationToken ct = default)
    {
        var cells = await MetricMatrix.RunAsync(warehouse, places, years, theme.MetricCodes, ct);
        var reports = await ReportsOfSelection.RunAsync(warehouse, places, years, ct);
        return Compare(places, years, theme, cells, reports);
    }

    /// <summary>趋势: one place across years, the same columns as 对比.</summary>
    public static async Task<ExportTable> TrendAsync(Warehouse warehouse, string place, IReadOnlyList<int> years,
        ExportTheme theme, CancellationToken ct = default)
    {
        var cells = await MetricMatrix.RunAsync(warehouse, [place], years, theme.MetricCodes, ct);
        var reports = await ReportsOfSelection.RunAsync(warehouse, [place], years, ct);
        return Trend(place, years, theme, cells, reports);
    }

    public static ExportTable Compare(IReadOnlyList<string> places, IReadOnlyList<int> years, ExportTheme theme,
        IEnumerable<MatrixCell> cells, IEnumerable<SelectionReport> reports) =>
        Build("对比", $"对比 · {theme.Name} · {ExportFileNames.Places(places)} · {YearsText(years)}",
            ExportFileNames.Stem("对比", theme.Name, ExportFileNames.Years(years)), places, years, theme, cells, reports);

    public static ExportTable Trend(string place, IReadOnlyList<int> years, ExportTheme theme,
        IEnumerable<MatrixCell> cells, IEnumerable<SelectionReport> reports) =>
        Build("趋势", $"趋势 · {place} · {theme.Name} · {YearsText(years)}",
            ExportFileNames.Stem("趋势", place, theme.Name, ExportFileNames.Years(years)), [place], years, theme, cells, reports);

    public static IReadOnlyList<ExportColumn> Columns(ExportTheme theme)
    {
        var columns = new List<ExportColumn> { new(PlaceKey, "地区", CellFormat.Text), new(YearKey, "年度", CellFormat.Year) };
        columns.AddRange(theme.MetricCodes.Select(ExportThemes.MetricColumn));
        if (theme == ExportThemes.Scores) columns.Add(new(GradeKey, "自评等次", CellFormat.Text));
        columns.Add(new(DocKindsKey, "数据来自", CellFormat.Text));
        columns.Add(new(NoteKey, "说明", CellFormat.Text));
        return columns;
    }

    private static ExportTable Build(string kind, string title, string stem, IReadOnlyList<string> places, IReadOnlyList<int> years,
        ExportTheme theme, IEnumerable<MatrixCell> cells, IEnumerable<SelectionReport> reports)
    {
        var reportList = reports.ToList();
        var reportsById = reportList.ToDictionary(r => r.ReportId);
        var reportsByPlaceYear = reportList.ToLookup(r => (r.Jurisdiction, r.FiscalYear));
        var metricIndex = theme.MetricCodes.Select((code, i) => (code, i)).ToDictionary(x => x.code, x => x.i);

        // One chosen fact per place, year and metric (see Prefer); the rest of the row stays empty.
        var chosen = new Dictionary<(string Place, int Year), MatrixCell?[]>();
        foreach (var cell in cells)
        {
            if (!metricIndex.TryGetValue(cell.MetricCode, out var m)) continue;
            var key = (cell.Jurisdiction, cell.FiscalYear);
            if (!chosen.TryGetValue(key, out var row)) chosen[key] = row = new MatrixCell?[theme.MetricCodes.Count];
            if (row[m] is not { } held || Prefer(cell, held)) row[m] = cell;
        }

        var columns = Columns(theme);
        IEnumerable<ExportRow> Rows()
        {
            foreach (var place in places)
                foreach (var year in years)
                {
                    var facts = chosen.GetValueOrDefault((place, year)) ?? new MatrixCell?[theme.MetricCodes.Count];
                    var rowReports = reportsByPlaceYear[(place, year)].ToList();
                    yield return Row(place, year, theme, facts, rowReports, reportsById);
                }
        }
        return new ExportTable(kind, title, stem, columns, Rows());
    }

    private static ExportRow Row(string place, int year, ExportTheme theme, MatrixCell?[] facts,
        List<SelectionReport> rowReports, Dictionary<long, SelectionReport> reportsById)
    {
        var cells = new List<ExportCell>(facts.Length + 5) { ExportCell.Of(place), ExportCell.Of(year) };
        foreach (var f in facts)
            cells.Add(f is null ? ExportCell.Empty : ExportCell.Of(f.Value, Source(f, reportsById.GetValueOrDefault(f.ReportId))));
        if (theme == ExportThemes.Scores) cells.Add(ExportCell.Of(Grade(facts, rowReports)));
        var usedKinds = facts.OfType<MatrixCell>().Select(f => f.DocKind).Distinct().Select(DocKindLabels.Label);
        cells.Add(ExportCell.Of(string.Join('、', usedKinds)));
        cells.Add(ExportCell.Of(Note(facts, rowReports)));
        return new ExportRow(cells);
    }

    /// <summary>
    /// When several reports of one place and year state a figure, the one from a document of actuals
    /// (self-evaluation, base data, final accounts) wins over plans (target table, budget); then the newest report.
    /// </summary>
    public static bool Prefer(MatrixCell candidate, MatrixCell held)
    {
        var a = candidate.DocKind is { } ck && DocKinds.StatesActuals(ck);
        var b = held.DocKind is { } hk && DocKinds.StatesActuals(hk);
        return a != b ? a : candidate.ReportId > held.ReportId;
    }

    /// <summary>The grade of the report whose score is shown, else of any report of that year with one.</summary>
    private static string? Grade(MatrixCell?[] facts, List<SelectionReport> rowReports)
    {
        var scoreReport = facts.OfType<MatrixCell>().FirstOrDefault(f => f.MetricCode == "self_score")?.ReportId;
        return rowReports.FirstOrDefault(r => r.ReportId == scoreReport && r.SelfGrade is not null)?.SelfGrade
            ?? rowReports.Where(r => r.SelfGrade is not null).OrderByDescending(r => r.ReportId).FirstOrDefault()?.SelfGrade;
    }

    /// <summary>Why a row is empty or not comparable, in words for staff; null when nothing needs saying.</summary>
    private static string? Note(MatrixCell?[] facts, List<SelectionReport> rowReports)
    {
        if (rowReports.Count == 0) return "无该年度文件";
        if (facts.All(f => f is null)) return "文件中未见本主题数字";
        if (!rowReports.Any(r => r.DocKind is { } k && DocKinds.StatesActuals(k)))
            return $"仅有{string.Join('、', rowReports.Select(r => DocKindLabels.Label(r.DocKind)).Distinct())}：为预算或目标数，非实际数";
        return null;
    }

    private static FigureSource Source(MatrixCell f, SelectionReport? report) => new(
        f.Jurisdiction, f.FiscalYear, f.ReportId, report?.FileName ?? "", f.DocKind ?? "", f.MetricCode,
        MetricCatalogue.Exists(f.MetricCode) ? MetricCatalogue.Get(f.MetricCode).NameZh : f.MetricCode,
        f.Value, f.Unit, f.Excerpt ?? "", f.Origin, f.FactId, f.Start, f.End);

    /// <summary>2023-2024年 for consecutive years, 2020、2022年 for others.</summary>
    public static string YearsText(IReadOnlyList<int> years)
    {
        var list = years.Distinct().Order().ToList();
        if (list.Count == 0) return "全部年度";
        var consecutive = list[^1] - list[0] == list.Count - 1;
        return (consecutive ? ExportFileNames.Years(list) : string.Join('、', list)) + "年";
    }
}

using PerfAnalytics.Data;
using PerfAnalytics.Data.Queries;
using Queries = PerfAnalytics.Data.Queries;
using PerfAnalytics.Extraction;

namespace PerfAnalytics.Data.Comparison;

public enum Theme { Spending, Petitions, Scores }

/// <summary>One column of a comparison: a report (place, year, kind), or a place-year with no document.</summary>
public sealed record Column(long? ReportId, string Place, int? Year, string? DocKind);

/// <summary>One line of the table: a metric or a ratio across the columns. Null = not stated.</summary>
/// <param name="Key">A metric code, or the resource key of a ratio.</param>
/// <param name="TraceMetric">The metric whose excerpt a click opens (the numerator for a ratio).</param>
/// <param name="IsPlan">A planned figure (budget, target) that a target table may state.</param>
/// <param name="IsComputed">Computed here from two stated figures (a ratio or share).</param>
public sealed record FigureRow(string Key, string Unit, IReadOnlyList<decimal?> Values, string TraceMetric,
    bool IsPlan = false, bool IsComputed = false);

/// <summary>A line of words (e.g. the reported grade) across the columns.</summary>
public sealed record TextRow(string Key, IReadOnlyList<string?> Values);

/// <summary>The figures of one theme, side by side; the page's table and charts are drawn from it.</summary>
public sealed record ThemeTable(Theme Theme, IReadOnlyList<Column> Columns, IReadOnlyList<FigureRow> Rows, IReadOnlyList<TextRow> TextRows)
{
    public FigureRow Row(string key) => Rows.Single(r => r.Key == key);

    /// <summary>The resource key saying why a cell is empty, or null when it has a value.</summary>
    public string? MissingReason(FigureRow row, int column)
    {
        if (row.Values[column] is not null) return null;
        var c = Columns[column];
        if (c.ReportId is null) return "MissingNoDocument";
        if (!row.IsPlan && c.DocKind is { } kind && !DocKinds.StatesActuals(kind)) return "MissingNotActual";
        return row.IsComputed ? "MissingInputs" : "MissingNotStated";
    }

    /// <summary>Grade band of a 100-point score: 优 ≥ 90, 良 ≥ 80, 中 ≥ 60, else 差.</summary>
    public static string? GradeBand(decimal? score) => score switch
    {
        null => null,
        >= 90 => "优",
        >= 80 => "良",
        >= 60 => "中",
        _ => "差",
    };

    /// <summary>The figures of a theme for the chosen places and years (empty = all): the page's and the export's table.</summary>
    public static async Task<ThemeTable> LoadAsync(Warehouse warehouse, Theme theme, IReadOnlyList<string> places, IReadOnlyList<int> years)
    {
        var filter = new ReportFilter(places, years);
        var columns = ColumnsFor(await ReportList.RunAsync(warehouse, 0, 10_000), places, years);
        return theme switch
        {
            Theme.Petitions => Petitions(columns, await PetitionChannels.RunAsync(warehouse, filter), await StaffRatios.RunAsync(warehouse, filter)),
            Theme.Scores => Scores(columns, await Queries.Scores.RunAsync(warehouse, filter)),
            _ => Spending(columns, await SpendingStructure.RunAsync(warehouse, filter),
                await Queries.Scores.RunAsync(warehouse, filter), await StaffRatios.RunAsync(warehouse, filter)),
        };
    }

    /// <summary>
    /// The columns for the chosen places and years: every report there, and a column with no report for a chosen
    /// place and year that has none (so the gap shows instead of vanishing).
    /// </summary>
    public static IReadOnlyList<Column> ColumnsFor(IReadOnlyList<ReportSummary> reports, IReadOnlyList<string> places, IReadOnlyList<int> years)
    {
        var chosen = reports
            .Where(r => r.Jurisdiction is not null && (places.Count == 0 || places.Contains(r.Jurisdiction)))
            .Where(r => years.Count == 0 || (r.FiscalYear is { } y && years.Contains(y)))
            .Select(r => new Column(r.Id, r.Jurisdiction!, r.FiscalYear, r.DocKind))
            .ToList();
        if (places.Count > 0 && years.Count > 0)
            chosen.AddRange(from p in places from y in years
                            where !chosen.Any(c => c.Place == p && c.Year == y)
                            select new Column(null, p, y, null));
        return [.. chosen.OrderBy(c => c.Place, StringComparer.Ordinal).ThenBy(c => c.Year).ThenBy(c => c.ReportId)];
    }

    /// <summary>An indicator whose achieved value is written as 100%.</summary>
    public static bool IsReportedAtFull(ReportIndicator indicator) =>
        indicator.ActualValue == 100m && indicator.ActualUnit is "%" or "％";

    public static ThemeTable Spending(IReadOnlyList<Column> columns, IReadOnlyList<SpendingRow> spending,
        IReadOnlyList<ScoreRow> scores, IReadOnlyList<StaffRatioRow> ratios)
    {
        var s = By(spending, r => r.ReportId);
        var sc = By(scores, r => r.ReportId);
        var st = By(ratios, r => r.ReportId);
        FigureRow M(string code, Func<SpendingRow, decimal?> f, bool plan = false) => Figure(columns, code, code, s, f, plan);
        return new(Theme.Spending, columns,
        [
            M("budget_total", r => r.BudgetTotal, plan: true),
            M("expenditure_total", r => r.ExpenditureTotal),
            Figure(columns, "ExecutionRateComputed", "expenditure_total", s,
                r => r.ExpenditureTotal is { } e && r.BudgetTotal is { } b && b != 0 ? Math.Round(e * 100 / b, 2) : null, computed: true, unit: "%"),
            Figure(columns, "ExecutionRateReported", "budget_execution_rate", sc, r => r.BudgetExecutionRate, unit: "%"),
            M("basic_expenditure", r => r.BasicExpenditure),
            M("personnel_expenditure", r => r.PersonnelExpenditure),
            M("public_expenditure", r => r.PublicExpenditure),
            M("project_expenditure", r => r.ProjectExpenditure),
            Figure(columns, "SharePersonnel", "personnel_expenditure", s, r => r.ShareOfExpenditure(r.PersonnelExpenditure), computed: true, unit: "%"),
            Figure(columns, "SharePublic", "public_expenditure", s, r => r.ShareOfExpenditure(r.PublicExpenditure), computed: true, unit: "%"),
            Figure(columns, "ShareProject", "project_expenditure", s, r => r.ShareOfExpenditure(r.ProjectExpenditure), computed: true, unit: "%"),
            M("budget_basic", r => r.BudgetBasic, plan: true),
            M("budget_project", r => r.BudgetProject, plan: true),
            Figure(columns, "authorized_staff", "authorized_staff", st, r => r.AuthorizedStaff, plan: true),
            Figure(columns, "ExpenditurePerPost", "expenditure_total", st, r => r.ExpenditurePerPost, computed: true, unit: "万元/编制"),
            Figure(columns, "PersonnelPerPost", "personnel_expenditure", st, r => r.PersonnelExpenditurePerPost, computed: true, unit: "万元/编制"),
        ], []);
    }

    public static ThemeTable Petitions(IReadOnlyList<Column> columns, IReadOnlyList<PetitionRow> petitions, IReadOnlyList<StaffRatioRow> ratios)
    {
        var p = By(petitions, r => r.ReportId);
        var st = By(ratios, r => r.ReportId);
        FigureRow M(string code, Func<PetitionRow, decimal?> f) => Figure(columns, code, code, p, f);
        return new(Theme.Petitions, columns,
        [
            M("petition_letters", r => r.Letters),
            M("petition_visits", r => r.Visits),
            M("petition_online", r => r.Online),
            M("petition_items", r => r.Items),
            M("petition_batches", r => r.Batches),
            M("petition_persons", r => r.Persons),
            M("petition_replies", r => r.Replies),
            M("petition_yoy_change", r => r.YoyChange),
            M("petition_batches_yoy_change", r => r.BatchesYoyChange),
            M("petition_persons_yoy_change", r => r.PersonsYoyChange),
            Figure(columns, "authorized_staff", "authorized_staff", st, r => r.AuthorizedStaff, plan: true),
            Figure(columns, "ItemsPerPost", "petition_items", st, r => r.PetitionItemsPerPost, computed: true, unit: "件/编制"),
            Figure(columns, "BatchesPerPost", "petition_batches", st, r => r.PetitionBatchesPerPost, computed: true, unit: "批/编制"),
            Figure(columns, "PersonsPerPost", "petition_persons", st, r => r.PetitionPersonsPerPost, computed: true, unit: "人次/编制"),
        ], []);
    }

    public static ThemeTable Scores(IReadOnlyList<Column> columns, IReadOnlyList<ScoreRow> scores)
    {
        var s = By(scores, r => r.ReportId);
        FigureRow M(string code, Func<ScoreRow, decimal?> f) => Figure(columns, code, code, s, f);
        var score = M("self_score", r => r.SelfScore);
        return new(Theme.Scores, columns,
        [
            score,
            M("score_duty_performance", r => r.DutyPerformance),
            M("score_management_efficiency", r => r.ManagementEfficiency),
        ],
        [
            new TextRow("self_grade", [.. columns.Select(c => c.ReportId is { } id && s.TryGetValue(id, out var r) ? r.SelfGrade : null)]),
            new TextRow("GradeBand", [.. score.Values.Select(GradeBand)]),
        ]);
    }

    private static Dictionary<long, T> By<T>(IEnumerable<T> rows, Func<T, long> key) =>
        rows.GroupBy(key).ToDictionary(g => g.Key, g => g.First());

    private static FigureRow Figure<T>(IReadOnlyList<Column> columns, string key, string trace, Dictionary<long, T> rows,
        Func<T, decimal?> value, bool plan = false, bool computed = false, string? unit = null) =>
        new(key, unit ?? (MetricCatalogue.Exists(key) ? MetricCatalogue.Get(key).Unit : ""),
            [.. columns.Select(c => c.ReportId is { } id && rows.TryGetValue(id, out var r) ? value(r) : null)],
            trace, plan, computed);
}

using PerfAnalytics.Data.Comparison;
using PerfAnalytics.Web.Charts;

namespace PerfAnalytics.Web.Components.Comparison;

/// <summary>A chart of a theme: a stable name (for tests and links), a title and its options.</summary>
public sealed record ThemeChart(string Name, string Title, ApexOptions Options);

/// <summary>The charts of each theme, drawn from the same <see cref="ThemeTable"/> as the table.</summary>
public static class ThemeCharts
{
    /// <param name="label">Names of metrics and ratios in the interface language.</param>
    public static IReadOnlyList<ThemeChart> For(ThemeTable table, ChartLook look, Func<string, string> label)
    {
        var categories = Categories(table.Columns, label);
        ChartSeries S(string key) => new(label(key),
            [.. table.Row(key).Values.Select((v, i) => new ChartPoint(categories[i], v, table.Columns[i].ReportId, table.Row(key).TraceMetric))]);
        ChartSeries[] Many(params string[] keys) => [.. keys.Select(S)];

        return table.Theme switch
        {
            Theme.Spending =>
            [
                new("budget", label("ChartBudgetActual"),
                    ChartOptions.BarsWithRate(Many("budget_total", "expenditure_total"), S("ExecutionRateComputed"), "万元", "%", look)),
                new("structure", label("ChartStructure"),
                    ChartOptions.StackedBars(Many("personnel_expenditure", "public_expenditure", "project_expenditure"), "万元", false, look)),
                new("shares", label("ChartShares"),
                    ChartOptions.StackedBars(Many("SharePersonnel", "SharePublic", "ShareProject"), "%", true, look)),
                new("per-post", label("ChartPerPost"),
                    ChartOptions.GroupedBars(Many("ExpenditurePerPost", "PersonnelPerPost"), "万元/编制", ChartOptions.Money, look)),
            ],
            Theme.Petitions =>
            [
                new("channels", label("ChartChannels"),
                    ChartOptions.StackedBars(Many("petition_letters", "petition_visits", "petition_online"), "件", false, look, ChartOptions.Count)),
                new("volumes", label("ChartVolumes"),
                    ChartOptions.GroupedBars(Many("petition_items", "petition_batches", "petition_persons"), label("Count"), ChartOptions.Count, look)),
                new("yoy", label("ChartYoy"),
                    ChartOptions.GroupedBars(Many("petition_yoy_change", "petition_batches_yoy_change", "petition_persons_yoy_change"), "%", ChartOptions.Percent, look)),
                new("per-post", label("ChartPerPost"),
                    ChartOptions.GroupedBars(Many("ItemsPerPost", "BatchesPerPost", "PersonsPerPost"), label("PerPost"), ChartOptions.Money, look)),
            ],
            _ =>
            [
                new("score", label("ChartScore"), ChartOptions.ScoreBars(Many("self_score"), "分", look)),
                new("sub-scores", label("ChartSubScores"),
                    ChartOptions.StackedBars(Many("score_duty_performance", "score_management_efficiency"), "分", false, look, ChartOptions.Score)),
            ],
        };
    }

    /// <summary>"湛江市 2024"; the kind of document is added where a place has two documents for a year.</summary>
    public static IReadOnlyList<string> Categories(IReadOnlyList<Column> columns, Func<string, string> label)
    {
        // Categories must differ: ApexCharts merges points that share one.
        var names = columns.Select(c => $"{c.Place} {c.Year?.ToString() ?? "?"}").ToList();
        names = [.. names.Select((n, i) => names.Count(x => x == n) > 1 ? $"{n} {label($"KindShort_{columns[i].DocKind}")}" : n)];
        return [.. names.Select((n, i) => names.Count(x => x == n) > 1 ? $"{n} #{columns[i].ReportId}" : n)];
    }
}

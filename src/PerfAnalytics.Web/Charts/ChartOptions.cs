namespace PerfAnalytics.Web.Charts;

/// <summary>How every chart looks: language of ApexCharts' own texts, animation, empty text.</summary>
public sealed record ChartLook(string Locale, bool Animations, string NoDataText, int Height = 320)
{
    public static ChartLook For(System.Globalization.CultureInfo culture, bool animations, string noDataText) =>
        new(culture.Name.StartsWith("zh", StringComparison.Ordinal) ? "zh-cn" : "en", animations, noDataText);
}

/// <summary>
/// Builders of ApexCharts options. Values that a report does not state stay null: ApexCharts
/// draws them as gaps, never as zero bars.
/// </summary>
public static class ChartOptions
{
    public const string Money = "wan";
    public const string Percent = "pct";
    public const string Count = "count";
    public const string Score = "score";

    /// <summary>Bars side by side, e.g. budget and actual spending per place.</summary>
    public static ApexOptions GroupedBars(IReadOnlyList<ChartSeries> series, string axisTitle, string formatter, ChartLook look) =>
        Base("bar", series, look) with
        {
            Yaxis = [new Axis(new AxisTitle(axisTitle), new AxisLabels(formatter))],
            Tooltip = new Tooltip(true, new TooltipY(formatter)),
        };

    /// <summary>
    /// Stacked bars of the parts of a whole, in the unit, or as shares already computed in % of the whole (the axis
    /// then ends at 100). Shares are not left to ApexCharts' "100%" stacking, which would blow a lone stated part up
    /// to 100% of a whole the report does not state.
    /// </summary>
    public static ApexOptions StackedBars(IReadOnlyList<ChartSeries> series, string axisTitle, bool asShares, ChartLook look,
        string formatter = Money)
    {
        var options = Base("bar", series, look);
        var labels = asShares ? Percent : formatter;
        return options with
        {
            Chart = options.Chart with { Stacked = true },
            Yaxis = [new Axis(new AxisTitle(axisTitle), new AxisLabels(labels), Min: asShares ? 0 : null, Max: asShares ? 100 : null)],
            DataLabels = new DataLabels(true, labels),
            Tooltip = new Tooltip(true, new TooltipY(labels)),
        };
    }

    /// <summary>Columns in 万元 with a rate line on a second axis (budget, actual, execution rate).</summary>
    public static ApexOptions BarsWithRate(IReadOnlyList<ChartSeries> bars, ChartSeries rate,
        string moneyTitle, string rateTitle, ChartLook look)
    {
        if (bars.Count == 0) throw new ArgumentException("At least one bar series is needed.", nameof(bars));
        var series = bars.Select(b => b with { Type = "column" }).Append(rate with { Type = "line" }).ToList();
        var first = bars[0].Name;
        var axes = new List<Axis> { new(new AxisTitle(moneyTitle), new AxisLabels(Money), SeriesName: first) };
        axes.AddRange(bars.Skip(1).Select(_ => new Axis(Labels: new AxisLabels(Money), SeriesName: first, Show: false)));
        axes.Add(new Axis(new AxisTitle(rateTitle), new AxisLabels(Percent), Opposite: true, Min: 0, SeriesName: rate.Name));
        return Base("line", series, look) with
        {
            Yaxis = axes,
            Stroke = new Stroke([.. bars.Select(_ => 0), 3]),
            Markers = new Markers(6),
            DataLabels = new DataLabels(true, Percent, EnabledOnSeries: [bars.Count]),
            Tooltip = new Tooltip(true),
        };
    }

    /// <summary>Bars of 100-point scores over the grade bands 差 / 中 / 良 / 优.</summary>
    public static ApexOptions ScoreBars(IReadOnlyList<ChartSeries> series, string axisTitle, ChartLook look)
    {
        var top = Math.Max(110, Math.Ceiling(series.SelectMany(s => s.Data).Max(p => p.Y) ?? 0));
        return GroupedBars(series, axisTitle, Score, look) with
        {
            Yaxis = [new Axis(new AxisTitle(axisTitle), new AxisLabels(Score), Min: 0, Max: top)],
            DataLabels = new DataLabels(true, Score),
            Annotations = new Annotations(
            [
                new YAnnotation(0, 60, "#ef9a9a", 0.15m, new AnnotationLabel("差 <60")),
                new YAnnotation(60, 80, "#ffe082", 0.15m, new AnnotationLabel("中 60–80")),
                new YAnnotation(80, 90, "#90caf9", 0.15m, new AnnotationLabel("良 80–90")),
                new YAnnotation(90, top, "#a5d6a7", 0.2m, new AnnotationLabel("优 ≥90")),
            ]),
        };
    }

    /// <summary>A chart with no stated figure at all gets no series, so ApexCharts shows the "no data" text.</summary>
    private static ApexOptions Base(string type, IReadOnlyList<ChartSeries> series, ChartLook look) => new(
        Chart: new ChartSection(type, look.Height,
            DefaultLocale: look.Locale,
            Toolbar: new Toolbar(false),
            Animations: new Animations(look.Animations),
            FontFamily: "Noto Sans CJK SC, Microsoft YaHei, PingFang SC, sans-serif"),
        Series: series.Any(s => s.Data.Any(p => p.Y is not null)) ? series : [],
        Xaxis: new Axis(Labels: new AxisLabels(Rotate: -30, HideOverlappingLabels: false, Trim: false)),
        Yaxis: [],
        PlotOptions: new PlotOptions(new BarOptions(ColumnWidth: "55%")),
        DataLabels: new DataLabels(false),
        Legend: new Legend("top"),
        NoData: new NoData(look.NoDataText));
}

using System.Text.Json;
using System.Text.Json.Serialization;

namespace PerfAnalytics.Web.Charts;

// The subset of ApexCharts' options object that our charts use, serialised in camelCase
// without nulls. Formatters are names ("wan", "pct", "count", "score") that the JS module
// turns into functions: no code travels from .NET to the browser.

public sealed record ApexOptions(
    ChartSection Chart,
    IReadOnlyList<ChartSeries> Series,
    Axis Xaxis,
    IReadOnlyList<Axis> Yaxis,
    PlotOptions? PlotOptions = null,
    DataLabels? DataLabels = null,
    Tooltip? Tooltip = null,
    Stroke? Stroke = null,
    Legend? Legend = null,
    NoData? NoData = null,
    IReadOnlyList<string>? Colors = null,
    Markers? Markers = null,
    Annotations? Annotations = null)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public string ToJson() => JsonSerializer.Serialize(this, Json);
}

public sealed record ChartSection(
    string Type,
    int Height,
    bool Stacked = false,
    string? StackType = null,
    string? DefaultLocale = null,
    Toolbar? Toolbar = null,
    Animations? Animations = null,
    string? FontFamily = null);

public sealed record Toolbar(bool Show);

public sealed record Animations(bool Enabled);

/// <summary>One series; <see cref="Type"/> is set in mixed charts (column + line).</summary>
public sealed record ChartSeries(string Name, IReadOnlyList<ChartPoint> Data, string? Type = null);

/// <summary>A data point: category, value (null = not stated, drawn as a gap), and the report and metric it traces to.</summary>
public sealed record ChartPoint(
    string X,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] decimal? Y,
    long? ReportId = null,
    string? Metric = null);

public sealed record Axis(
    AxisTitle? Title = null,
    AxisLabels? Labels = null,
    bool? Opposite = null,
    decimal? Min = null,
    decimal? Max = null,
    string? SeriesName = null,
    bool? Show = null);

public sealed record AxisTitle(string Text);

public sealed record AxisLabels(string? Formatter = null, int? Rotate = null, bool? HideOverlappingLabels = null, bool? Trim = null);

public sealed record PlotOptions(BarOptions Bar);

public sealed record BarOptions(bool Horizontal = false, string? ColumnWidth = null);

public sealed record DataLabels(bool Enabled, string? Formatter = null, IReadOnlyList<int>? EnabledOnSeries = null);

/// <summary>Shared tooltips need intersect off (ApexCharts refuses the pair otherwise).</summary>
public sealed record Tooltip(bool Shared, TooltipY? Y = null)
{
    public bool Intersect => !Shared;
}

public sealed record TooltipY(string Formatter);

public sealed record Stroke(IReadOnlyList<int> Width, string? Curve = null);

public sealed record Legend(string Position);

public sealed record NoData(string Text);

public sealed record Markers(int Size);

public sealed record Annotations(IReadOnlyList<YAnnotation> Yaxis);

/// <summary>A horizontal band from <see cref="Y"/> to <see cref="Y2"/>, e.g. a grade band of scores.</summary>
public sealed record YAnnotation(decimal Y, decimal Y2, string FillColor, decimal Opacity, AnnotationLabel Label);

public sealed record AnnotationLabel(string Text);

using System.Globalization;

namespace PerfAnalytics.Data.Exports;

/// <summary>The URLs of the export endpoint (/export/{view}) for a page's current filters: put them on the export buttons.</summary>
public static class ExportLinks
{
    /// <summary>Empty places or years: all, as on the pages. <paramref name="theme"/>: spending, petitions or scores.</summary>
    public static string Compare(IEnumerable<string> places, IEnumerable<int> years, string theme, ExportFormat format) =>
        Link("compare", ("places", string.Join(',', places)), ("years", Years(years)), ("theme", theme), ("format", Format(format)));

    public static string Compare(IEnumerable<string> places, IEnumerable<int> years, ExportTheme theme, ExportFormat format) =>
        Compare(places, years, theme.Code, format);

    public static string Trend(string place, IEnumerable<int> years, string theme, ExportFormat format) =>
        Link("trend", ("places", place), ("years", Years(years)), ("theme", theme), ("format", Format(format)));

    public static string Trend(string place, IEnumerable<int> years, ExportTheme theme, ExportFormat format) =>
        Trend(place, years, theme.Code, format);

    public static string Findings(FindingFilter filter, ExportFormat format) =>
        Link("findings", ("places", filter.Place), ("years", filter.Year?.ToString(CultureInfo.InvariantCulture)),
            ("severity", filter.Severity), ("code", filter.Code), ("format", Format(format)));

    public static string Report(long reportId, ExportFormat format) =>
        Link("report", ("report", reportId.ToString(CultureInfo.InvariantCulture)), ("format", Format(format)));

    private static string Years(IEnumerable<int> years) => string.Join(',', years.Select(y => y.ToString(CultureInfo.InvariantCulture)));

    private static string Format(ExportFormat format) => format == ExportFormat.Csv ? "csv" : "xlsx";

    private static string Link(string view, params (string Name, string? Value)[] query) =>
        $"/export/{view}?" + string.Join('&', query.Where(q => !string.IsNullOrEmpty(q.Value))
            .Select(q => $"{q.Name}={Uri.EscapeDataString(q.Value!)}"));
}

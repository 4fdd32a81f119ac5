using System.Globalization;
using Microsoft.Extensions.Localization;
using PerfAnalytics.Extraction;

namespace PerfAnalytics.Web;

/// <summary>Names shown to staff: metric names from the catalogue, everything else from the resource files.</summary>
public static class Names
{
    private static bool English => CultureInfo.CurrentUICulture.Name.StartsWith("en", StringComparison.Ordinal);

    /// <summary>A metric's name in the interface language, or the resource string of any other key.</summary>
    public static string Label(this IStringLocalizer localizer, string key) =>
        MetricCatalogue.Exists(key)
            ? (English ? MetricCatalogue.Get(key).NameEn : MetricCatalogue.Get(key).NameZh)
            : localizer[key];

    public static string DocKind(this IStringLocalizer localizer, string? kind) =>
        kind is null ? localizer["Unknown"] : localizer[$"Kind_{kind}"];

    public static string Severity(this IStringLocalizer localizer, string severity) => localizer[$"Severity_{severity}"];

    /// <summary>The name of a kind of finding (the code of Checks), or the code itself when it has no name yet.</summary>
    public static string FindingKind(this IStringLocalizer localizer, string code) =>
        localizer[$"Finding_{code}"] is { ResourceNotFound: false } name ? name : code;

    /// <summary>A figure as staff write it: thousands separators, at most two decimals.</summary>
    public static string Figure(decimal value) => value.ToString("#,0.##", CultureInfo.CurrentCulture);
}

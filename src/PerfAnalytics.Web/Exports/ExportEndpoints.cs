using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using PerfAnalytics.Data;
using PerfAnalytics.Data.Exports;
using PerfAnalytics.Data.Comparison;

namespace PerfAnalytics.Web.Exports;

/// <summary>
/// GET /export/{view}?places=&amp;years=&amp;theme=&amp;format=xlsx|csv: the file of a table view. compare and trend are
/// built from the page's own <see cref="ThemeTable"/> (see <see cref="ThemeTableExport"/>), findings and report from the
/// same queries as their pages, so the file holds what is on screen. Empty places or years mean all, as on the pages.
/// Links: <see cref="ExportLinks"/>. Register with <c>app.MapExports();</c>.
/// </summary>
public static class ExportEndpoints
{
    public static IEndpointRouteBuilder MapExports(this IEndpointRouteBuilder app)
    {
        app.MapGet("/export/{view}", async (string view, string? places, string? years, string? theme, string? format,
            long? report, string? severity, string? code, Warehouse warehouse, IStringLocalizer<SharedResource> localizer, CancellationToken ct) =>
        {
            // Exports are in Chinese whatever the interface language: staff paste them into Chinese reports.
            CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("zh-CN");
            try
            {
                if (!Exporter.TryParseFormat(format ?? "xlsx", out var fmt))
                    return Problem($"格式“{format}”无法识别：请用 xlsx 或 csv");
                var placeList = ExportSelection.Places(places);
                var yearList = ExportSelection.Years(years);
                var table = view.ToLowerInvariant() switch
                {
                    "compare" => await ThemeTableExport.BuildAsync(warehouse, "对比", ThemeTableExport.ParseTheme(theme), placeList, yearList, localizer.Label, ct),
                    "trend" => await ThemeTableExport.BuildAsync(warehouse, "趋势", ThemeTableExport.ParseTheme(theme), placeList.Take(1).ToList(), yearList, localizer.Label, ct),
                    _ => await ExportViews.BuildAsync(warehouse, view, placeList, yearList, theme, report, severity, code, ct),
                };
                // The exporters write synchronously (Kestrel forbids that on the response body), so the file goes
                // through a temporary file that is deleted when the response has been sent.
                var file = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16,
                    FileOptions.DeleteOnClose);
                Exporter.Write(table, fmt, file);
                file.Position = 0;
                return Results.File(file, Exporter.ContentType(fmt), Exporter.FileName(table, fmt));
            }
            catch (Exception e) when (e is ExportRequestException or FormatException)
            {
                return Problem(e.Message);
            }
        }).WithName("Export");
        return app;
    }

    /// <summary>A 400 with the message for staff as plain text.</summary>
    private static IResult Problem(string message) => Results.Text(message, "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
}

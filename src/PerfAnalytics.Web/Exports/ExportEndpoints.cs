using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using PerfAnalytics.Data;
using PerfAnalytics.Data.Exports;

namespace PerfAnalytics.Web.Exports;

/// <summary>
/// GET /export/{view}?places=&amp;years=&amp;theme=&amp;format=xlsx|csv: the file of a table view (compare, trend,
/// findings, report), built by the same builders the pages render, so the file holds what is on screen.
/// Links come from <see cref="ExportLinks"/>. Register with <c>app.MapExports();</c>.
/// </summary>
public static class ExportEndpoints
{
    public static IEndpointRouteBuilder MapExports(this IEndpointRouteBuilder app)
    {
        app.MapGet("/export/{view}", async (string view, string? places, string? years, string? theme, string? format,
            long? report, string? severity, string? code, Warehouse warehouse, CancellationToken ct) =>
        {
            try
            {
                if (!Exporter.TryParseFormat(format ?? "xlsx", out var fmt))
                    return Results.BadRequest($"格式“{format}”无法识别：请用 xlsx 或 csv");
                var table = await ExportViews.BuildAsync(warehouse, view, ExportSelection.Places(places), ExportSelection.Years(years),
                    theme, report, severity, code, ct);
                // The exporters write synchronously (Kestrel forbids that on the response), so the file is
                // streamed into a temporary file first, then sent and deleted.
                var file = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16,
                    FileOptions.DeleteOnClose);
                Exporter.Write(table, fmt, file);
                file.Position = 0;
                return Results.File(file, Exporter.ContentType(fmt), Exporter.FileName(table, fmt));
            }
            catch (Exception e) when (e is ExportRequestException or FormatException)
            {
                return Results.BadRequest(e.Message);
            }
        }).WithName("Export");
        return app;
    }
}

using PerfAnalytics.Data.Comparison;
using PerfAnalytics.Data.Queries;

namespace PerfAnalytics.Data.Exports;

/// <summary>
/// The table views by name, as the CLI and the web export endpoints ask for them:
/// compare (对比) and trend (趋势) are the 对比/趋势 page's <see cref="ThemeTable"/> (see <see cref="ThemeTableExport"/>),
/// findings (问题), report (a report's facts). No places or no years chosen means all, as on the pages.
/// </summary>
public static class ExportViews
{
    public static async Task<ExportTable> BuildAsync(Warehouse warehouse, string view, IReadOnlyList<string> places, IReadOnlyList<int> years,
        string? themeText, long? reportId = null, string? severity = null, string? code = null, CancellationToken ct = default)
    {
        switch (view.Trim().ToLowerInvariant())
        {
            case "compare" or "对比":
                return await ThemeTableExport.BuildAsync(warehouse, "对比", ThemeTableExport.ParseTheme(themeText), places, years, ct: ct);
            case "trend" or "趋势":
                if (places.Count == 0) throw new ExportRequestException("趋势需要选择一个地区");
                return await ThemeTableExport.BuildAsync(warehouse, "趋势", ThemeTableExport.ParseTheme(themeText), [places[0]], years, ct: ct);
            case "findings" or "问题":
                if (years.Count > 1) throw new ExportRequestException("问题表按一个年度筛选：请只选一个年度");
                var filter = new FindingFilter(Blank(severity), Blank(code), places.FirstOrDefault(), years.Count == 1 ? years[0] : null);
                return await FindingsTable.BuildAsync(warehouse, filter, ct);
            case "report" or "报告":
                if (reportId is not { } id) throw new ExportRequestException("报告指标表需要报告编号");
                return await ReportFactsTable.BuildAsync(warehouse, id, ct) ?? throw new ExportRequestException($"没有编号为 {id} 的报告");
            default:
                throw new ExportRequestException($"表格“{view}”无法识别：请用 compare、trend、findings 或 report");
        }
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}

/// <summary>A request staff can fix (a missing choice, an unknown theme); the message is for them.</summary>
public sealed class ExportRequestException(string message) : Exception(message);

using PerfAnalytics.Data.Queries;
using PerfAnalytics.Extraction;

namespace PerfAnalytics.Data.Exports;

/// <summary>The filters of the 问题 view (null = any).</summary>
public sealed record FindingFilter(string? Severity = null, string? Code = null, string? Place = null, int? Year = null);

/// <summary>The 问题 table: every finding that passes the filters, as the 问题 page shows it.</summary>
public static class FindingsTable
{
    public static readonly IReadOnlyList<ExportColumn> Columns =
    [
        new("place", "地区", CellFormat.Text),
        new("year", "年度", CellFormat.Year),
        new("doc_kind", "文件类型", CellFormat.Text),
        new("report_id", "报告编号", CellFormat.Year),
        new("severity", "严重程度", CellFormat.Text),
        new("code", "问题类型", CellFormat.Text),
        new("message", "问题说明", CellFormat.Text),
        new("metrics", "涉及指标", CellFormat.Text),
    ];

    public static async Task<ExportTable> BuildAsync(Warehouse warehouse, FindingFilter filter, CancellationToken ct = default) =>
        Build(filter, await Findings.RunAsync(warehouse, filter.Severity, filter.Code, filter.Place, filter.Year, ct));

    public static ExportTable Build(FindingFilter filter, IEnumerable<FindingRow> findings)
    {
        var parts = new[] { filter.Place, filter.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture), SeverityLabel(filter.Severity), filter.Code };
        var chosen = parts.Where(p => !string.IsNullOrEmpty(p)).ToList();
        var title = chosen.Count == 0 ? "问题 · 全部" : "问题 · " + string.Join(" · ", chosen);
        var stem = ExportFileNames.Stem(["问题", .. chosen.Count == 0 ? ["全部"] : chosen]);
        return new ExportTable("问题", title, stem, Columns, findings.Select(Row));
    }

    private static ExportRow Row(FindingRow f) => new(
    [
        ExportCell.Of(f.Jurisdiction),
        ExportCell.Of(f.FiscalYear),
        ExportCell.Of(DocKindLabels.Label(f.DocKind)),
        new ExportCell(f.ReportId, null),
        ExportCell.Of(SeverityLabel(f.Severity)),
        ExportCell.Of(f.Code),
        ExportCell.Of(f.Message),
        ExportCell.Of(MetricNames(f.Metrics)),
    ]);

    public static string? SeverityLabel(string? severity) => severity switch
    {
        Severities.Error => "错误",
        Severities.Warning => "警告",
        Severities.Info => "提示",
        _ => severity,
    };

    /// <summary>budget_total,expenditure_total → 年度预算数、实际支出.</summary>
    private static string MetricNames(string codes) => string.Join('、',
        codes.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(c => MetricCatalogue.Exists(c) ? MetricCatalogue.Get(c).NameZh : c));
}

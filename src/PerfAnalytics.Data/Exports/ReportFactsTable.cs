using PerfAnalytics.Data.Queries;
using PerfAnalytics.Extraction;

namespace PerfAnalytics.Data.Exports;

/// <summary>A report's facts as its page lists them: metric, value, unit, the figure as written, origin, excerpt.</summary>
public static class ReportFactsTable
{
    public static readonly IReadOnlyList<ExportColumn> Columns =
    [
        new("metric", "指标", CellFormat.Text),
        new("value", "数值", CellFormat.Number),
        new("unit", "单位", CellFormat.Text),
        new("source_value", "原文数值", CellFormat.Number),
        new("source_unit", "原文单位", CellFormat.Text),
        new("origin", "来源方式", CellFormat.Text),
        new("excerpt", "原文摘录", CellFormat.Text),
    ];

    /// <summary>The table, or null when there is no report with that id.</summary>
    public static async Task<ExportTable?> BuildAsync(Warehouse warehouse, long reportId, CancellationToken ct = default) =>
        await ReportPage.RunAsync(warehouse, reportId, ct) is { } report ? Build(report) : null;

    public static ExportTable Build(ReportDetail report)
    {
        var h = report.Header;
        var year = h.FiscalYear?.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var kind = DocKindLabels.Label(h.DocKind);
        var title = string.Join(" · ", new[] { "报告", h.Jurisdiction, year is null ? null : year + "年", kind, h.FileName }.Where(p => !string.IsNullOrEmpty(p)));
        var stem = ExportFileNames.Stem("报告", h.Jurisdiction, year, kind, h.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return new ExportTable("报告", title, stem, Columns, report.Facts.Select(f => Row(h, f)));
    }

    private static ExportRow Row(ReportHeader h, ReportFact f)
    {
        var source = new FigureSource(h.Jurisdiction ?? "", h.FiscalYear, h.Id, h.FileName, h.DocKind ?? "", f.MetricCode,
            f.NameZh, f.Value, f.Unit, f.Excerpt ?? "", f.Origin, f.Id, f.Start, f.End);
        return new ExportRow(
        [
            ExportCell.Of(f.NameZh),
            ExportCell.Of(f.Value, source),
            ExportCell.Of(f.Unit),
            ExportCell.Of(f.SourceValue),
            ExportCell.Of(f.SourceUnit),
            ExportCell.Of(Origins.Label(f.Origin)),
            ExportCell.Of(f.Excerpt),
        ]);
    }
}

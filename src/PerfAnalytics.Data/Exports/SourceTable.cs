namespace PerfAnalytics.Data.Exports;

/// <summary>The 来源 table: for every figure of a table, its place, year, report, document kind, metric, value, excerpt and origin.</summary>
public static class SourceTable
{
    public static readonly IReadOnlyList<ExportColumn> Columns =
    [
        new("place", "地区", CellFormat.Text),
        new("year", "年度", CellFormat.Year),
        new("report_id", "报告编号", CellFormat.Year),
        new("file_name", "文件名", CellFormat.Text),
        new("doc_kind", "文件类型", CellFormat.Text),
        new("metric", "指标", CellFormat.Text),
        new("value", "数值", CellFormat.Number),
        new("unit", "单位", CellFormat.Text),
        new("excerpt", "原文摘录", CellFormat.Text),
        new("position", "原文位置（字符）", CellFormat.Text),
        new("origin", "来源方式", CellFormat.Text),
    ];

    public static ExportTable For(ExportTable table) =>
        new(SheetKind, $"来源：{table.Title}", table.FileStem + "_来源", Columns, table.Sources().Select(Row));

    public const string SheetKind = "来源";

    public static ExportRow Row(FigureSource s) => new(
    [
        ExportCell.Of(s.Place),
        ExportCell.Of(s.Year),
        new ExportCell(s.ReportId, null),
        ExportCell.Of(s.FileName),
        ExportCell.Of(DocKindLabels.Label(s.DocKind)),
        ExportCell.Of(s.MetricName),
        new ExportCell(s.Value, null),
        ExportCell.Of(s.Unit),
        ExportCell.Of(s.Excerpt),
        ExportCell.Of(s.Start is { } a && s.End is { } b ? $"{a}-{b}" : null),
        ExportCell.Of(Origins.Label(s.Origin)),
    ]);
}

/// <summary>Chinese names of the five document kinds.</summary>
public static class DocKindLabels
{
    public static string Label(string? kind) => kind switch
    {
        "self_evaluation_report" => "整体支出绩效自评报告",
        "target_table" => "绩效目标表",
        "base_data_table" => "自评基础数据表",
        "budget_statement" => "部门预算",
        "final_accounts_statement" => "部门决算",
        null or "" => "",
        _ => kind,
    };
}

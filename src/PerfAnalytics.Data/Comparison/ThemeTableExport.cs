using PerfAnalytics.Data.Exports;
using PerfAnalytics.Data.Queries;

namespace PerfAnalytics.Data.Comparison;

/// <summary>
/// The 对比 / 趋势 page's <see cref="ThemeTable"/> as an export table, so the file holds exactly the figures on screen:
/// one row per column of the page (a report, or a chosen place and year without one), one column per line of the page
/// (stated figures, computed ratios, text lines). Every stated figure carries its fact's excerpt for the 来源 sheet;
/// a computed one is marked 推算 with the excerpt of the figure a click opens.
/// </summary>
public static class ThemeTableExport
{
    /// <summary>spending, petitions, scores (or 支出结构, 信访量, 自评); spending when empty, as on the page.</summary>
    public static Theme ParseTheme(string? text) => string.IsNullOrWhiteSpace(text)
        ? Theme.Spending
        : ExportThemes.Find(text)?.Code switch
        {
            "spending" => Theme.Spending,
            "petitions" => Theme.Petitions,
            "scores" => Theme.Scores,
            _ => throw new ExportRequestException($"主题“{text}”无法识别：请用 spending（支出结构）、petitions（信访量）或 scores（自评）"),
        };

    /// <summary>
    /// Loads the page's table and the facts behind it, and builds the export. kind: 对比 or 趋势. label: the Chinese name
    /// of a line key (<see cref="ThemeLabels.Zh"/> when not given; the web passes its resources, which agree).
    /// </summary>
    public static async Task<ExportTable> BuildAsync(Warehouse warehouse, string kind, Theme theme, IReadOnlyList<string> places,
        IReadOnlyList<int> years, Func<string, string>? label = null, CancellationToken ct = default)
    {
        label ??= ThemeLabels.Zh;
        var table = await ThemeTable.LoadAsync(warehouse, theme, places, years);
        var shownPlaces = table.Columns.Select(c => c.Place).Distinct().ToList();
        var shownYears = table.Columns.Where(c => c.Year is not null).Select(c => c.Year!.Value).Distinct().Order().ToList();
        var metrics = table.Rows.Select(r => r.TraceMetric).Distinct().ToList();
        var facts = shownPlaces.Count == 0 ? [] : await MetricMatrix.RunAsync(warehouse, shownPlaces, shownYears, metrics, ct);
        var reports = shownPlaces.Count == 0 ? [] : await ReportsOfSelection.RunAsync(warehouse, shownPlaces, shownYears, ct);
        var themeName = ExportThemes.Find(theme.ToString())!.Name;
        var (title, stem) = kind == "趋势"
            ? ($"趋势 · {ExportFileNames.Places(shownPlaces)} · {themeName} · {ExportFileNames.YearsText(shownYears)}",
                ExportFileNames.Stem("趋势", ExportFileNames.Places(shownPlaces), themeName, ExportFileNames.Years(shownYears)))
            : ($"对比 · {themeName} · {ExportFileNames.Places(shownPlaces)} · {ExportFileNames.YearsText(shownYears)}",
                ExportFileNames.Stem("对比", themeName, ExportFileNames.Years(shownYears)));
        return ToExportTable(table, facts, reports, label, kind, title, stem);
    }

    public static ExportTable ToExportTable(ThemeTable table, IEnumerable<MatrixCell> facts, IEnumerable<SelectionReport> reports,
        Func<string, string> label, string kind, string title, string stem)
    {
        var fact = facts.GroupBy(f => (f.ReportId, f.MetricCode)).ToDictionary(g => g.Key, g => g.First());
        var files = reports.ToDictionary(r => r.ReportId, r => r.FileName);
        var columns = new List<ExportColumn>
        {
            new("place", "地区", CellFormat.Text), new("year", "年度", CellFormat.Year),
            new("doc_kind", "文件类型", CellFormat.Text), new("report_id", "报告编号", CellFormat.Year),
        };
        columns.AddRange(table.Rows.Select(r => new ExportColumn(r.Key, ExportThemes.HeaderWithUnit(label(r.Key), r.Unit), ExportThemes.FormatOf(r.Unit))));
        columns.AddRange(table.TextRows.Select(r => new ExportColumn(r.Key, label(r.Key), CellFormat.Text)));
        columns.Add(new("note", "说明", CellFormat.Text));

        IEnumerable<ExportRow> Rows()
        {
            for (var i = 0; i < table.Columns.Count; i++)
            {
                var c = table.Columns[i];
                var cells = new List<ExportCell>
                {
                    ExportCell.Of(c.Place), ExportCell.Of(c.Year), ExportCell.Of(DocKindLabels.Label(c.DocKind)), ExportCell.Of((decimal?)c.ReportId),
                };
                foreach (var row in table.Rows)
                    cells.Add(ExportCell.Of(row.Values[i], row.Values[i] is { } v && c.ReportId is { } id ? Source(c, id, row, v) : null));
                cells.AddRange(table.TextRows.Select(t => ExportCell.Of(t.Values[i])));
                cells.Add(ExportCell.Of(Note(table, i, label)));
                yield return new ExportRow(cells);
            }
        }

        FigureSource? Source(Column c, long reportId, FigureRow row, decimal value)
        {
            if (!fact.TryGetValue((reportId, row.TraceMetric), out var f)) return null;
            var file = files.GetValueOrDefault(reportId, "");
            return row.IsComputed
                ? new FigureSource(c.Place, c.Year, reportId, file, c.DocKind ?? "", row.Key, label(row.Key), value, row.Unit,
                    $"由本表数字计算；依据：{f.Excerpt}", Origins.Derived, f.FactId, f.Start, f.End)
                : new FigureSource(c.Place, c.Year, reportId, file, c.DocKind ?? "", f.MetricCode, label(f.MetricCode), f.Value, f.Unit,
                    f.Excerpt ?? "", f.Origin, f.FactId, f.Start, f.End);
        }
        return new ExportTable(kind, title, stem, columns, Rows());
    }

    /// <summary>Why the page shows gaps in a column, as the page says it (no document; a plan that states no actuals).</summary>
    private static string? Note(ThemeTable table, int column, Func<string, string> label) =>
        table.Rows.Select(r => table.MissingReason(r, column)).FirstOrDefault(k => k is "MissingNoDocument" or "MissingNotActual") is { } key
            ? label(key)
            : null;
}

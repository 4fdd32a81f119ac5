using System.Globalization;
using PerfAnalytics.Extraction;

namespace PerfAnalytics.Data.Exports;

/// <summary>Column widths that fit the header and the figures, counting CJK characters double.</summary>
public static class ColumnWidths
{
    private const double Min = 6, Max = 60, Padding = 2;

    /// <summary>Widths in Excel character units for each column, from the header and a sample of rows.</summary>
    public static double[] Fit(ExportTable table, IEnumerable<ExportRow> sample)
    {
        var widths = table.Columns.Select(c => (double)DisplayWidth(c.Header)).ToArray();
        foreach (var row in sample)
            for (var i = 0; i < widths.Length && i < row.Cells.Count; i++)
                widths[i] = Math.Max(widths[i], DisplayWidth(Shown(row.Cells[i], table.Columns[i].Format)));
        return widths.Select(w => Math.Clamp(w + Padding, Min, Max)).ToArray();
    }

    /// <summary>The text a cell shows, roughly as Excel formats it (used only to measure).</summary>
    private static string Shown(ExportCell cell, CellFormat format)
    {
        if (cell.Number is not { } n) return FirstLine(cell.Text ?? "");
        return format switch
        {
            CellFormat.Year => n.ToString("0", CultureInfo.InvariantCulture),
            CellFormat.Amount => n.ToString("#,##0.00", CultureInfo.InvariantCulture),
            CellFormat.Percent => n.ToString("0.00", CultureInfo.InvariantCulture) + "%",
            CellFormat.Count => n.ToString("#,##0", CultureInfo.InvariantCulture),
            CellFormat.Score => n.ToString("0.00", CultureInfo.InvariantCulture),
            _ => n.ToString(CultureInfo.InvariantCulture),
        };
    }

    private static string FirstLine(string s) => s.IndexOfAny(['\r', '\n']) is var i and >= 0 ? s[..i] : s;

    /// <summary>Display width: East Asian wide and full-width characters count 2, others 1.</summary>
    public static int DisplayWidth(string s) => s.Sum(TextNormalizer.CharWidth);
}

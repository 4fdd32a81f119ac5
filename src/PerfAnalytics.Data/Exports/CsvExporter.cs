using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace PerfAnalytics.Data.Exports;

/// <summary>
/// Writes a table as CSV with CsvHelper: UTF-8 with BOM (Excel and WPS then read Chinese), RFC 4180
/// quoting, CRLF line ends, one header row and nothing above it (the title goes into the file name,
/// so column detection works). Numbers are written as plain invariant figures; a missing figure is
/// an empty field. Text that a spreadsheet would run as a formula is defused.
/// </summary>
public static class CsvExporter
{
    public const string ContentType = "text/csv; charset=utf-8";

    private static readonly CsvConfiguration Config = new(CultureInfo.InvariantCulture)
    {
        NewLine = "\r\n",
        // We defuse formulas ourselves, only in text cells: CsvHelper's own escaping would also turn -43.6 into '-43.6.
        InjectionOptions = InjectionOptions.None,
    };

    public static void Write(ExportTable table, Stream output)
    {
        using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 1 << 16, leaveOpen: true);
        using var csv = new CsvWriter(writer, Config);
        foreach (var column in table.Columns) csv.WriteField(column.Header);
        csv.NextRecord();
        foreach (var row in table.Rows)
        {
            for (var i = 0; i < table.Columns.Count; i++)
            {
                var cell = i < row.Cells.Count ? row.Cells[i] : ExportCell.Empty;
                if (cell.Number is { } n) csv.WriteField(ExportCell.Plain(n));
                else csv.WriteField(cell.Text is { Length: > 0 } text ? Defuse(text) : "");
            }
            csv.NextRecord();
        }
        csv.Flush();
    }

    /// <summary>
    /// A text beginning with = + - @ (or a tab or carriage return) would run as a formula in Excel and WPS:
    /// prefix it with an apostrophe so it stays text (OWASP's advice for CSV injection).
    /// </summary>
    public static string Defuse(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;
}

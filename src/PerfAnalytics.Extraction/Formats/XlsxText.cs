using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace PerfAnalytics.Extraction.Formats;

/// <summary>
/// Excel (.xlsx) text: the visible sheets in workbook order, each row one line with cells separated by tabs
/// (empty cells kept so columns stay aligned, trailing ones dropped), numbers as the sheet shows them.
/// A blank line separates sheets.
/// </summary>
internal static class XlsxText
{
    public static string Read(byte[] content)
    {
        using var doc = SpreadsheetDocument.Open(new MemoryStream(content, writable: false), false);
        var book = doc.WorkbookPart
            ?? throw new UnreadableDocumentException("corrupt", "该 Excel 文件没有工作簿部分，可能已损坏。请重新导出或索取原件。");
        var strings = book.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(Plain).ToArray() ?? [];
        var formats = NumberFormats(book);
        var sb = new StringBuilder();
        foreach (var sheet in book.Workbook?.Sheets?.Elements<Sheet>() ?? [])
        {
            if (sheet.State is not null && sheet.State.Value != SheetStateValues.Visible) continue;
            if (sheet.Id?.Value is not { } id || book.GetPartById(id) is not WorksheetPart part) continue;
            if (sb.Length > 0) sb.Append('\n');
            foreach (var row in part.Worksheet?.Descendants<Row>() ?? [])
                sb.Append(RowText(row, strings, formats)).Append('\n');
        }
        return sb.ToString();
    }

    private static string RowText(Row row, string[] strings, string?[] formats)
    {
        var cells = new List<string>();
        foreach (var cell in row.Elements<Cell>())
        {
            var column = cell.CellReference?.Value is { } r ? ColumnIndex(r) : cells.Count;
            while (cells.Count < column) cells.Add("");
            cells.Add(CellText(cell, strings, formats).Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' '));
        }
        while (cells.Count > 0 && cells[^1].Length == 0) cells.RemoveAt(cells.Count - 1);
        return string.Join('\t', cells);
    }

    private static string CellText(Cell cell, string[] strings, string?[] formats)
    {
        var raw = cell.CellValue?.Text;
        var type = cell.DataType?.Value;
        if (type == CellValues.InlineString) return cell.InlineString is { } inline ? Plain(inline) : "";
        if (raw is null) return "";
        if (type == CellValues.SharedString)
            return int.TryParse(raw, out var i) && i >= 0 && i < strings.Length ? strings[i] : "";
        if (type == CellValues.Boolean) return raw == "1" ? "TRUE" : "FALSE";
        if (type == CellValues.String || type == CellValues.Error) return raw;
        if (!double.TryParse(raw, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var v)) return raw;
        var style = cell.StyleIndex?.Value ?? 0;
        return NumberDisplay.Format(v, style < formats.Length ? formats[style] : null);
    }

    /// <summary>The text of a string item: its runs, without phonetic guides (rPh).</summary>
    private static string Plain(DocumentFormat.OpenXml.OpenXmlElement item) =>
        item.GetFirstChild<Text>()?.Text ?? string.Concat(item.Elements<Run>().Select(r => r.Text?.Text));

    /// <summary>For each cell style index, its number format code.</summary>
    private static string?[] NumberFormats(WorkbookPart book)
    {
        var stylesheet = book.WorkbookStylesPart?.Stylesheet;
        if (stylesheet is null) return [];
        var custom = stylesheet.NumberingFormats?.Elements<NumberingFormat>()
            .Where(f => f.NumberFormatId is not null)
            .GroupBy(f => f.NumberFormatId!.Value)
            .ToDictionary(g => g.Key, g => g.First().FormatCode?.Value) ?? [];
        return stylesheet.CellFormats?.Elements<CellFormat>()
            .Select(xf => xf.NumberFormatId?.Value is { } id ? custom.GetValueOrDefault(id) ?? NumberDisplay.BuiltIn(id) : null)
            .ToArray() ?? [];
    }

    /// <summary>"C12" → 2.</summary>
    internal static int ColumnIndex(string reference)
    {
        var n = 0;
        foreach (var c in reference)
        {
            if (c is < 'A' or > 'Z') break;
            n = n * 26 + (c - 'A' + 1);
        }
        return Math.Max(0, n - 1);
    }
}

using System.Globalization;
using CsvHelper;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Spreadsheet;
using PerfAnalytics.Data.Exports;

namespace PerfAnalytics.Data.Tests.Exports;

/// <summary>A cell read back from an exported file: its number or its text (both null when the cell is empty).</summary>
public sealed record ReadCell(decimal? Number, string? Text, string? NumberFormat)
{
    public static readonly ReadCell Empty = new(null, null, null);
    public bool IsEmpty => Number is null && Text is null;
}

/// <summary>One sheet read back with the Open XML SDK, or a CSV read back with CsvHelper.</summary>
public sealed class ReadSheet
{
    public required IReadOnlyList<IReadOnlyList<ReadCell>> Rows { get; init; }
    public string? Title { get; init; }
    public IReadOnlyList<string> Header { get; init; } = [];
    public bool HeaderFrozen { get; init; }
    /// <summary>The data rows (below the header).</summary>
    public IEnumerable<IReadOnlyList<ReadCell>> Body => Rows;

    public ReadCell Cell(int row, int column) => column < Rows[row].Count ? Rows[row][column] : ReadCell.Empty;
}

public static class ExportedFile
{
    public static byte[] Write(ExportTable table, ExportFormat format)
    {
        using var ms = new MemoryStream();
        Exporter.Write(table, format, ms);
        return ms.ToArray();
    }

    /// <summary>What the Open XML SDK's validator finds wrong with the workbook (Office 2019 rules), as readable lines.</summary>
    public static IReadOnlyList<string> SchemaErrors(byte[] xlsx)
    {
        using var doc = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        return [.. new OpenXmlValidator(FileFormatVersions.Office2019).Validate(doc)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")];
    }

    public static IReadOnlyList<string> SheetNames(byte[] xlsx)
    {
        using var doc = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        return [.. doc.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!)];
    }

    /// <summary>Reads a sheet of an exported workbook: row 1 the title, row 2 the header, the rest data.</summary>
    public static ReadSheet ReadXlsx(byte[] xlsx, string sheetName)
    {
        using var doc = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        var wb = doc.WorkbookPart!;
        var sheet = wb.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheetName);
        var ws = ((WorksheetPart)wb.GetPartById(sheet.Id!)).Worksheet;
        var formats = NumberFormats(wb.WorkbookStylesPart!.Stylesheet);
        var grid = new SortedDictionary<int, SortedDictionary<int, ReadCell>>();
        foreach (var row in ws.Descendants<Row>())
            foreach (var cell in row.Elements<Cell>())
            {
                var (col, r) = Parse(cell.CellReference!.Value!);
                grid.TryAdd(r, []);
                grid[r][col] = Read(cell, formats);
            }
        var pane = ws.Descendants<Pane>().SingleOrDefault();
        var last = grid.Keys.DefaultIfEmpty(2).Max();
        var width = grid.TryGetValue(2, out var header) ? header.Count : 0;
        IReadOnlyList<ReadCell> RowAt(int r) => [.. Enumerable.Range(0, width).Select(c =>
            grid.TryGetValue(r, out var cells) && cells.TryGetValue(c, out var cell) ? cell : ReadCell.Empty)];
        return new ReadSheet
        {
            Title = grid.TryGetValue(1, out var t) ? t[0].Text : null,
            Header = [.. RowAt(2).Select(c => c.Text ?? "")],
            HeaderFrozen = pane is { State.Value: var s, VerticalSplit.Value: 2, TopLeftCell.Value: "A3" } && s == PaneStateValues.Frozen,
            Rows = [.. Enumerable.Range(3, Math.Max(0, last - 2)).Select(RowAt)],
        };
    }

    /// <summary>Reads an exported CSV: the first record is the header.</summary>
    public static ReadSheet ReadCsv(byte[] csv)
    {
        using var reader = new StreamReader(new MemoryStream(csv), detectEncodingFromByteOrderMarks: true);
        using var parser = new CsvParser(reader, CultureInfo.InvariantCulture);
        var records = new List<string[]>();
        while (parser.Read()) records.Add(parser.Record!);
        return new ReadSheet
        {
            Header = records[0],
            Rows = [.. records.Skip(1).Select(r => (IReadOnlyList<ReadCell>)[.. r.Select(f => f.Length == 0
                ? ReadCell.Empty
                : decimal.TryParse(f, NumberStyles.Number, CultureInfo.InvariantCulture, out var d) ? new ReadCell(d, f, null) : new ReadCell(null, f, null))])],
        };
    }

    private static ReadCell Read(Cell cell, IReadOnlyList<string> formats)
    {
        var format = cell.StyleIndex?.Value is { } s ? formats[(int)s] : null;
        if (cell.DataType?.Value == CellValues.InlineString) return new ReadCell(null, cell.InlineString!.InnerText, format);
        if (cell.DataType is not null) throw new InvalidOperationException($"unexpected cell type {cell.DataType.Value} at {cell.CellReference}");
        return cell.CellValue is null ? ReadCell.Empty : new ReadCell(decimal.Parse(cell.CellValue.Text, NumberStyles.Float, CultureInfo.InvariantCulture), null, format);
    }

    /// <summary>The number format code of each cellXfs entry (built-in ones by id).</summary>
    private static List<string> NumberFormats(Stylesheet styles)
    {
        var custom = styles.NumberingFormats?.Elements<NumberingFormat>().ToDictionary(f => f.NumberFormatId!.Value, f => f.FormatCode!.Value!) ?? [];
        string Code(uint id) => custom.TryGetValue(id, out var c) ? c : id switch
        {
            0 => "General", 1 => "0", 2 => "0.00", 3 => "#,##0", 4 => "#,##0.00", 49 => "@", _ => $"builtin {id}",
        };
        return [.. styles.CellFormats!.Elements<DocumentFormat.OpenXml.Spreadsheet.CellFormat>().Select(x => Code(x.NumberFormatId?.Value ?? 0))];
    }

    private static (int Column, int Row) Parse(string reference)
    {
        var letters = new string(reference.TakeWhile(char.IsLetter).ToArray());
        var col = letters.Aggregate(0, (n, ch) => n * 26 + ch - 'A' + 1) - 1;
        return (col, int.Parse(reference[letters.Length..], CultureInfo.InvariantCulture));
    }
}

using System.Globalization;
using System.IO.Packaging;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace PerfAnalytics.Data.Exports;

/// <summary>
/// Writes a table as an XLSX workbook with the Open XML SDK: sheet 1 the table (title row, frozen
/// header, number formats, fitted widths, auto filter), sheet 2 来源 the source of every figure.
/// Rows are streamed with <see cref="OpenXmlWriter"/> into a write-only package, so a large export
/// never holds the workbook in memory.
/// </summary>
public static class XlsxExporter
{
    public const string SourcesSheetName = "来源";
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>Excel's and WPS's rows per sheet.</summary>
    public const int MaxRows = 1_048_576;

    /// <summary>How many rows are looked at to fit the column widths before the rows are written.</summary>
    private const int WidthSampleRows = 500;

    public static void Write(ExportTable table, Stream output)
    {
        // The SDK's SpreadsheetDocument needs a readable package, and a zip opened for update keeps every
        // part in memory until it closes. So the parts go through System.IO.Packaging in write-only mode
        // (a zip written entry by entry) and each part's XML through the SDK's OpenXmlWriter.
        using var package = Package.Open(output, FileMode.Create, FileAccess.Write);
        var workbookUri = new Uri("/xl/workbook.xml", UriKind.Relative);
        package.CreateRelationship(workbookUri, TargetMode.Internal, RelOfficeDocument, "rId1");

        var stylesUri = new Uri("/xl/styles.xml", UriKind.Relative);
        using (var stream = package.CreatePart(stylesUri, TypeStyles, CompressionOption.Normal).GetStream(FileMode.Create, FileAccess.Write))
            XlsxStyles.Stylesheet().Save(stream);

        var sheets = new List<(string Name, SheetExtent Extent)>();
        foreach (var (name, sheetTable) in new[] { (SheetName(table.Kind), table), (SourcesSheetName, SourceTable.For(table)) })
        {
            var uri = new Uri($"/xl/worksheets/sheet{sheets.Count + 1}.xml", UriKind.Relative);
            using var stream = package.CreatePart(uri, TypeWorksheet, CompressionOption.Normal).GetStream(FileMode.Create, FileAccess.Write);
            sheets.Add((name, WriteSheet(stream, sheetTable)));
        }

        // Written last, once the sheets' extents (for the filter ranges) are known: a write-only zip takes entries in order.
        var workbookPart = package.CreatePart(workbookUri, TypeWorkbook, CompressionOption.Normal);
        var definedNames = new DefinedNames();
        var sheetList = new Sheets();
        for (var i = 0; i < sheets.Count; i++)
        {
            var (name, extent) = sheets[i];
            var relId = $"rId{i + 1}";
            workbookPart.CreateRelationship(new Uri($"worksheets/sheet{i + 1}.xml", UriKind.Relative), TargetMode.Internal, RelWorksheet, relId);
            sheetList.Append(new Sheet { Name = name, SheetId = (uint)(i + 1), Id = relId });
            definedNames.Append(new DefinedName($"'{name}'!{extent.FilterRange(absolute: true)}")
            { Name = "_xlnm._FilterDatabase", LocalSheetId = (uint)i, Hidden = true });
        }
        workbookPart.CreateRelationship(new Uri("styles.xml", UriKind.Relative), TargetMode.Internal, RelStyles, $"rId{sheets.Count + 1}");
        using (var stream = workbookPart.GetStream(FileMode.Create, FileAccess.Write))
            new Workbook(sheetList, definedNames).Save(stream);
    }

    private const string RelOfficeDocument = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";
    private const string RelWorksheet = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet";
    private const string RelStyles = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles";
    private const string TypeWorkbook = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
    private const string TypeWorksheet = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
    private const string TypeStyles = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";

    private static string SheetName(string kind) => kind switch { "" => "表", _ => kind };

    /// <summary>The header row and the last row of a written sheet.</summary>
    private sealed record SheetExtent(int Columns, int HeaderRow, int LastRow)
    {
        public string FilterRange(bool absolute = false) => absolute
            ? $"$A${HeaderRow}:${ColumnName(Columns - 1)}${LastRow}"
            : $"A{HeaderRow}:{ColumnName(Columns - 1)}{LastRow}";
    }

    private static SheetExtent WriteSheet(Stream part, ExportTable table)
    {
        var columns = table.Columns;
        var names = Enumerable.Range(0, columns.Count).Select(ColumnName).ToArray();
        using var rows = table.Rows.GetEnumerator();
        var sample = new List<ExportRow>();
        while (sample.Count < WidthSampleRows && rows.MoveNext()) sample.Add(rows.Current);

        using var w = OpenXmlWriter.Create(part);
        w.WriteStartElement(new Worksheet());
        // Printed landscape, all columns on the page width.
        w.WriteElement(new SheetProperties(new PageSetupProperties { FitToPage = true }));
        WriteFrozenHeaderView(w);
        w.WriteStartElement(new Columns());
        var widths = ColumnWidths.Fit(table, sample);
        for (var i = 0; i < columns.Count; i++)
            w.WriteElement(new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = widths[i], CustomWidth = true });
        w.WriteEndElement();

        w.WriteStartElement(new SheetData());
        var cells = new CellWriter(w);
        cells.StartRow(1, height: 24);
        cells.Text(names[0] + "1", table.Title, XlsxStyles.Title);
        w.WriteEndElement();
        cells.StartRow(2);
        for (var i = 0; i < columns.Count; i++) cells.Text(names[i] + "2", columns[i].Header, XlsxStyles.Header);
        w.WriteEndElement();

        var rowNumber = 2;
        foreach (var row in sample.Concat(Rest(rows)))
        {
            if (++rowNumber > MaxRows)
                throw new ExportRequestException($"“{table.Title}”超过 Excel 每表 {MaxRows:N0} 行的上限：请缩小选择，或导出 CSV");
            var r = rowNumber.ToString(CultureInfo.InvariantCulture);
            cells.StartRow(rowNumber);
            for (var i = 0; i < columns.Count; i++)
            {
                var cell = i < row.Cells.Count ? row.Cells[i] : ExportCell.Empty;
                if (cell.Number is { } number) cells.Number(names[i] + r, number, XlsxStyles.For(columns[i].Format));
                else if (!string.IsNullOrEmpty(cell.Text)) cells.Text(names[i] + r, cell.Text, XlsxStyles.For(CellFormat.Text));
                // A missing figure writes no cell at all: the cell stays empty, never 0.
            }
            w.WriteEndElement();
        }
        w.WriteEndElement(); // sheetData

        var extent = new SheetExtent(columns.Count, 2, Math.Max(rowNumber, 2));
        w.WriteElement(new AutoFilter { Reference = extent.FilterRange() });
        if (columns.Count > 1)
            w.WriteElement(new MergeCells(new MergeCell { Reference = $"A1:{names[^1]}1" }) { Count = 1 });
        w.WriteElement(new PageMargins { Left = 0.5, Right = 0.5, Top = 0.75, Bottom = 0.75, Header = 0.3, Footer = 0.3 });
        w.WriteElement(new PageSetup { PaperSize = 9, Orientation = OrientationValues.Landscape, FitToWidth = 1, FitToHeight = 0 });
        w.WriteEndElement(); // worksheet
        w.Close();
        return extent;
    }

    private static IEnumerable<ExportRow> Rest(IEnumerator<ExportRow> rows)
    {
        while (rows.MoveNext()) yield return rows.Current;
    }

    /// <summary>Freezes the title and header rows: the header stays on screen while scrolling.</summary>
    private static void WriteFrozenHeaderView(OpenXmlWriter w) =>
        w.WriteElement(new SheetViews(new SheetView(
            new Pane { VerticalSplit = 2, TopLeftCell = "A3", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
            new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A3", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A3" } })
        { WorkbookViewId = 0 }));

    /// <summary>A1-style column name of a zero-based index: 0 → A, 26 → AA.</summary>
    public static string ColumnName(int index)
    {
        var name = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26) name = (char)('A' + (n - 1) % 26) + name;
        return name;
    }

    /// <summary>Writes cells with reused element templates (the writer only reads their names).</summary>
    private sealed class CellWriter(OpenXmlWriter w)
    {
        private readonly Row row = new();
        private readonly Cell cell = new();
        private readonly CellValue value = new();
        private readonly InlineString inline = new();
        private readonly Text text = new();
        // Attribute arrays reused cell after cell (the writer copies the values out at once).
        private readonly OpenXmlAttribute[] numberAttributes = [new("r", "", ""), new("s", "", "")];
        private readonly OpenXmlAttribute[] textAttributes = [new("r", "", ""), new("s", "", ""), new("t", "", "inlineStr")];
        private static readonly OpenXmlAttribute[] Preserve = [new("xml", "space", "http://www.w3.org/XML/1998/namespace", "preserve")];
        private static readonly string[] Styles = [.. Enumerable.Range(0, 16).Select(i => i.ToString(CultureInfo.InvariantCulture))];

        public void StartRow(int number, double? height = null)
        {
            var attributes = new List<OpenXmlAttribute> { new("r", "", number.ToString(CultureInfo.InvariantCulture)) };
            if (height is { } h)
            {
                attributes.Add(new("ht", "", h.ToString(CultureInfo.InvariantCulture)));
                attributes.Add(new("customHeight", "", "1"));
            }
            w.WriteStartElement(row, attributes);
        }

        public void Number(string reference, decimal number, uint style)
        {
            numberAttributes[0] = new("r", "", reference);
            numberAttributes[1] = new("s", "", Styles[style]);
            w.WriteStartElement(cell, numberAttributes);
            w.WriteStartElement(value);
            w.WriteString(ExportCell.Plain(number));
            w.WriteEndElement();
            w.WriteEndElement();
        }

        public void Text(string reference, string content, uint style)
        {
            textAttributes[0] = new("r", "", reference);
            textAttributes[1] = new("s", "", Styles[style]);
            w.WriteStartElement(cell, textAttributes);
            w.WriteStartElement(inline);
            var safe = XmlSafe(content);
            if (safe.Length > 0 && (char.IsWhiteSpace(safe[0]) || char.IsWhiteSpace(safe[^1])))
                w.WriteStartElement(text, Preserve);
            else
                w.WriteStartElement(text);
            w.WriteString(safe);
            w.WriteEndElement();
            w.WriteEndElement();
            w.WriteEndElement();
        }
    }

    /// <summary>Drops characters XML cannot carry and cuts at Excel's 32,767 characters per cell.</summary>
    internal static string XmlSafe(string s)
    {
        if (s.Length > 32767) s = s[..32767];
        foreach (var c in s)
            if (!XmlAllowed(c)) return new string(s.Where(XmlAllowed).ToArray());
        return s;
    }

    private static bool XmlAllowed(char c) => c is '\t' or '\n' or '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF);
}

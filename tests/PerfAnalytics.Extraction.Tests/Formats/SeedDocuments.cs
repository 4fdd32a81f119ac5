using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;
using S = DocumentFormat.OpenXml.Spreadsheet;
using PerfAnalytics.Extraction;

namespace PerfAnalytics.Extraction.Tests.Formats;

/// <summary>
/// Builds Word and Excel files from a seed's text, the way a bureau would have typed them: the seed's paragraphs
/// as paragraphs, its tab-separated runs as real tables (empty cells after a value merged into it with gridSpan,
/// an empty first cell under a filled one merged with vMerge). Also used by fixtures/make-pdfs.sh.
/// </summary>
public static class SeedDocuments
{
    /// <summary>A block of the seed: a paragraph (one cell) or a table (rows of cells).</summary>
    public sealed record Block(string? Paragraph, List<List<string>>? Rows);

    public static List<Block> Blocks(string seedText)
    {
        var lines = TextNormalizer.Normalize(seedText).Text.Split('\n');
        var tabLines = lines.Where(l => l.Contains('\t')).ToList();
        // Most table lines holding one cell each: a Word table saved as text, cell by cell (seed 002).
        if (tabLines.Count(l => l.StartsWith('\t') && l.IndexOf('\t', 1) < 0) > tabLines.Count / 2) return CellPerLineBlocks(seedText);
        var blocks = new List<Block>();
        List<List<string>>? table = null;
        var paragraph = new List<string>();
        void EndParagraph() { if (paragraph.Count > 0) blocks.Add(new Block(string.Join('\n', paragraph), null)); paragraph.Clear(); }
        foreach (var line in lines)
        {
            if (line.Trim().Length == 0) { EndParagraph(); continue; }
            if (!line.Contains('\t'))
            {
                table = null;
                paragraph.Add(line); // lines without a blank between them: one paragraph with line breaks
                continue;
            }
            EndParagraph();
            if (table is null) blocks.Add(new Block(null, table = []));
            table.Add([.. line.Split('\t').Select(c => c.Trim())]);
        }
        EndParagraph();
        return blocks;
    }

    /// <summary>
    /// A text where every table cell is a line starting with a tab and a blank line ends a row: read from the raw
    /// lines, so empty cells (lines holding only a tab) keep the columns in place.
    /// </summary>
    private static List<Block> CellPerLineBlocks(string seedText)
    {
        var blocks = new List<Block>();
        var prose = new List<string>();
        List<List<string>>? table = null;
        List<string>? row = null;
        void EndRow() { if (row is { Count: > 0 }) table!.Add(row); row = null; }
        void EndProse()
        {
            foreach (var p in TextNormalizer.Normalize(string.Join('\n', prose)).Text.Split("\n\n").Where(p => p.Trim().Length > 0))
                blocks.Add(new Block(p.Trim('\n'), null));
            prose.Clear();
        }
        var raw = seedText.Replace("\r\n", "\n").Split('\n');
        for (var i = 0; i < raw.Length; i++)
        {
            var line = raw[i];
            // A short untabbed line between cells ("\t固定资产", "", "合计", "\t其中") is the second paragraph of the
            // cell before: that row goes on.
            if (table is { Count: > 0 } && row is null && !line.StartsWith('\t') && line.Trim().Length is > 0 and <= 8
                && raw.Skip(i + 1).FirstOrDefault(l => l.Trim().Length > 0)?.StartsWith('\t') == true)
            {
                row = table[^1];
                table.RemoveAt(table.Count - 1);
                row[^1] += TextNormalizer.Normalize(line).Text.Trim();
                continue;
            }
            if (line.StartsWith('\t'))
            {
                if (table is null) { EndProse(); blocks.Add(new Block(null, table = [])); }
                (row ??= []).Add(TextNormalizer.Normalize(line).Text.Trim('\t', ' '));
            }
            else if (line.Trim().Length == 0) EndRow();
            else
            {
                EndRow();
                table = null;
                prose.Add(line);
            }
        }
        EndRow();
        EndProse();
        return blocks;
    }

    public static byte[] Docx(string seedText, string? runningHeader = null)
    {
        using var ms = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(ms, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            var body = new W.Body();
            foreach (var b in Blocks(seedText))
                body.Append(b.Paragraph is not null ? Para(b.Paragraph) : Table(b.Rows!));
            var section = new W.SectionProperties(
                new W.PageSize { Width = 11906, Height = 16838 },
                new W.PageMargin { Top = 1440, Bottom = 1440, Left = 1440, Right = 1440, Header = 720, Footer = 720 });
            if (runningHeader is not null) AddHeaderAndPageNumber(main, section, runningHeader);
            body.Append(section);
            main.Document = new W.Document(body);
            AddDefaultFont(main);
        }
        return ms.ToArray();
    }

    /// <summary>A paragraph: its lines separated by line breaks, 6 pt of space after it.</summary>
    private static W.Paragraph Para(string text)
    {
        var run = new W.Run();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0) run.Append(new W.Break());
            run.Append(new W.Text(lines[i]) { Space = SpaceProcessingModeValues.Preserve });
        }
        return new W.Paragraph(new W.ParagraphProperties(new W.SpacingBetweenLines { After = "120" }), run);
    }

    private static W.Paragraph CellPara(string text) => new(new W.ParagraphProperties(new W.SpacingBetweenLines { After = "0" }),
        new W.Run(new W.Text(text) { Space = SpaceProcessingModeValues.Preserve }));

    private static W.Table Table(List<List<string>> rows)
    {
        var columns = rows.Max(r => r.Count);
        var border = () => new W.TableBorders(
            new W.TopBorder { Val = W.BorderValues.Single, Size = 4 }, new W.BottomBorder { Val = W.BorderValues.Single, Size = 4 },
            new W.LeftBorder { Val = W.BorderValues.Single, Size = 4 }, new W.RightBorder { Val = W.BorderValues.Single, Size = 4 },
            new W.InsideHorizontalBorder { Val = W.BorderValues.Single, Size = 4 }, new W.InsideVerticalBorder { Val = W.BorderValues.Single, Size = 4 });
        var width = 9000 / columns;
        var table = new W.Table(new W.TableProperties(border(), new W.TableLayout { Type = W.TableLayoutValues.Fixed },
            new W.TableWidth { Width = (width * columns).ToString(CultureInfo.InvariantCulture), Type = W.TableWidthUnitValues.Dxa }));
        table.Append(new W.TableGrid(Enumerable.Range(0, columns).Select(_ => new W.GridColumn { Width = width.ToString(CultureInfo.InvariantCulture) })));
        var previousFirstSpan = 0; // span of the row above's first cell, 0 when there is none
        foreach (var r in rows)
        {
            var cells = r.Concat(Enumerable.Repeat("", columns - r.Count)).ToList();
            var row = new W.TableRow(new W.TableRowProperties(new W.CantSplit())); // a row is not broken over two pages
            for (var c = 0; c < cells.Count;)
            {
                var span = 1;
                if (cells[c].Length > 0)
                    while (c + span < cells.Count && cells[c + span].Length == 0) span++;
                var props = new W.TableCellProperties(new W.TableCellWidth { Width = (width * span).ToString(CultureInfo.InvariantCulture), Type = W.TableWidthUnitValues.Dxa });
                if (span > 1) props.Append(new W.GridSpan { Val = span });
                if (c == 0 && cells[0].Length == 0 && previousFirstSpan == 1)
                    props.Append(new W.VerticalMerge { Val = W.MergedCellValues.Continue });
                else if (c == 0 && cells[0].Length > 0 && span == 1)
                    props.Append(new W.VerticalMerge { Val = W.MergedCellValues.Restart });
                if (c == 0) previousFirstSpan = span;
                row.Append(new W.TableCell(props, CellPara(cells[c])));
                c += span;
            }
            table.Append(row);
        }
        return table;
    }

    private static void AddHeaderAndPageNumber(MainDocumentPart main, W.SectionProperties section, string header)
    {
        var headerPart = main.AddNewPart<HeaderPart>();
        headerPart.Header = new W.Header(new W.Paragraph(new W.ParagraphProperties(new W.Justification { Val = W.JustificationValues.Center }),
            new W.Run(new W.Text(header))));
        var footerPart = main.AddNewPart<FooterPart>();
        footerPart.Footer = new W.Footer(new W.Paragraph(new W.ParagraphProperties(new W.Justification { Val = W.JustificationValues.Center }),
            new W.Run(new W.Text("- ") { Space = SpaceProcessingModeValues.Preserve }),
            new W.SimpleField(new W.Run(new W.Text("1"))) { Instruction = " PAGE " },
            new W.Run(new W.Text(" -") { Space = SpaceProcessingModeValues.Preserve })));
        section.Append(new W.HeaderReference { Type = W.HeaderFooterValues.Default, Id = main.GetIdOfPart(headerPart) });
        section.Append(new W.FooterReference { Type = W.HeaderFooterValues.Default, Id = main.GetIdOfPart(footerPart) });
    }

    private static void AddDefaultFont(MainDocumentPart main)
    {
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = new W.Styles(new W.DocDefaults(new W.RunPropertiesDefault(new W.RunPropertiesBaseStyle(
            new W.RunFonts { Ascii = "Noto Sans CJK SC", HighAnsi = "Noto Sans CJK SC", EastAsia = "Noto Sans CJK SC" },
            new W.FontSize { Val = "21" }))));
    }

    /// <summary>An Excel workbook with one sheet per seed: each line a row, tab cells as cells, plain numbers as number cells.</summary>
    public static byte[] Xlsx(params (string Sheet, string SeedText)[] sheets)
    {
        using var ms = new MemoryStream();
        using (var doc = SpreadsheetDocument.Create(ms, SpreadsheetDocumentType.Workbook))
        {
            var book = doc.AddWorkbookPart();
            book.Workbook = new S.Workbook(new S.Sheets());
            var styles = book.AddNewPart<WorkbookStylesPart>();
            // Style 0 General, 1 "0.00", 2 "0%", 3 "#,##0.00".
            styles.Stylesheet = new S.Stylesheet(
                new S.Fonts(new S.Font()), new S.Fills(new S.Fill(new S.PatternFill { PatternType = S.PatternValues.None })),
                new S.Borders(new S.Border()),
                new S.CellFormats(new S.CellFormat { NumberFormatId = 0 }, new S.CellFormat { NumberFormatId = 2, ApplyNumberFormat = true },
                    new S.CellFormat { NumberFormatId = 9, ApplyNumberFormat = true }, new S.CellFormat { NumberFormatId = 4, ApplyNumberFormat = true }));
            uint id = 1;
            foreach (var (name, text) in sheets)
            {
                var part = book.AddNewPart<WorksheetPart>();
                var data = new S.SheetData();
                uint r = 1;
                foreach (var line in TextNormalizer.Normalize(text).Text.Split('\n'))
                {
                    if (line.Trim().Length == 0) continue;
                    var row = new S.Row { RowIndex = r };
                    var cells = SheetCells(line);
                    for (var c = 0; c < cells.Count; c++)
                        if (cells[c].Length > 0) row.Append(Cell(ColumnName(c) + r, cells[c]));
                    data.Append(row);
                    r++;
                }
                part.Worksheet = new S.Worksheet(data);
                book.Workbook.Sheets!.Append(new S.Sheet { Name = name, SheetId = id++, Id = book.GetIdOfPart(part) });
            }
        }
        return ms.ToArray();
    }

    /// <summary>Tab cells as they are; a form line of short space-separated fields ("基本支出 776.8 财政拨款 1133.49") split into cells.</summary>
    private static List<string> SheetCells(string line)
    {
        if (line.Contains('\t')) return [.. line.Split('\t').Select(c => c.Trim())];
        var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return fields.Length > 1 && fields.All(f => f.Length <= 12) ? [.. fields] : [line.Trim()];
    }

    private static S.Cell Cell(string reference, string text)
    {
        var inv = CultureInfo.InvariantCulture;
        if (text.EndsWith('%') && decimal.TryParse(text[..^1], NumberStyles.AllowDecimalPoint, inv, out var pct) && !text[..^1].Contains('.'))
            return new S.Cell { CellReference = reference, CellValue = new S.CellValue((pct / 100).ToString(inv)), StyleIndex = 2 };
        if (decimal.TryParse(text, NumberStyles.AllowDecimalPoint, inv, out var d) && text == d.ToString(inv) && !(text.Length > 1 && text[0] == '0' && text[1] != '.'))
        {
            var twoDecimals = text.Contains('.') && text.Length - text.IndexOf('.') == 3;
            return new S.Cell { CellReference = reference, CellValue = new S.CellValue(d.ToString(inv)), StyleIndex = twoDecimals ? 1u : 0u };
        }
        return new S.Cell { CellReference = reference, DataType = S.CellValues.InlineString, InlineString = new S.InlineString(new S.Text(text)) };
    }

    private static string ColumnName(int index)
    {
        var name = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26) name = (char)('A' + (n - 1) % 26) + name;
        return name;
    }
}

using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PerfAnalytics.Extraction.Formats;

/// <summary>
/// Word (.docx) body text in document order: one line per paragraph followed by a blank line; one line per table row with cells
/// separated by tabs. Merged cells keep the columns aligned: a cell spanning n grid columns (gridSpan) is
/// followed by n-1 empty cells, a vertically merged continuation (vMerge) is an empty cell.
/// Automatic list numbers ("一、", "（二）") are written out. Headers, footers and page numbers live in other parts and are not read.
/// </summary>
internal static class DocxText
{
    public static string Read(byte[] content)
    {
        using var doc = WordprocessingDocument.Open(new MemoryStream(content, writable: false), false);
        var body = doc.MainDocumentPart?.Document?.Body
            ?? throw new UnreadableDocumentException("corrupt", "该 Word 文件没有正文部分，可能已损坏。请重新导出或索取原件。");
        var sb = new StringBuilder();
        WriteBlocks(body.ChildElements, sb, new DocxNumbering(doc.MainDocumentPart!));
        return sb.ToString();
    }

    private static void WriteBlocks(IEnumerable<OpenXmlElement> blocks, StringBuilder sb, DocxNumbering numbering)
    {
        foreach (var block in blocks)
        {
            switch (block)
            {
                case Paragraph p:
                    sb.Append(numbering.Label(p)).Append(ParagraphText(p)).Append("\n\n"); // a blank line ends a paragraph, as in text reports
                    break;
                case Table t:
                    WriteTable(t, sb, numbering);
                    sb.Append('\n');
                    break;
                case SdtBlock sdt when sdt.SdtContentBlock is { } c:
                    WriteBlocks(c.ChildElements, sb, numbering);
                    break;
                case CustomXmlBlock cx:
                    WriteBlocks(cx.ChildElements, sb, numbering);
                    break;
            }
        }
    }

    private static void WriteTable(Table table, StringBuilder sb, DocxNumbering numbering)
    {
        foreach (var row in table.Elements<TableRow>())
        {
            var cells = new List<string>();
            var before = row.TableRowProperties?.GetFirstChild<GridBefore>()?.Val?.Value ?? 0;
            for (var i = 0; i < before; i++) cells.Add("");
            foreach (var cell in RowCells(row))
            {
                var props = cell.TableCellProperties;
                var continued = props?.VerticalMerge is { } vm && (vm.Val is null || vm.Val.Value == MergedCellValues.Continue);
                cells.Add(continued ? "" : CellText(cell, numbering));
                var span = props?.GridSpan?.Val?.Value ?? 1;
                for (var i = 1; i < span; i++) cells.Add("");
            }
            sb.Append(string.Join('\t', cells)).Append('\n');
        }
    }

    /// <summary>The cells of a row, also those wrapped in content controls.</summary>
    private static IEnumerable<TableCell> RowCells(TableRow row) =>
        row.ChildElements.SelectMany(e => e switch
        {
            TableCell c => [c],
            SdtCell s => s.SdtContentCell?.Elements<TableCell>() ?? [],
            _ => Enumerable.Empty<TableCell>(),
        });

    /// <summary>A cell's paragraphs (and nested tables) on one line: tabs and breaks inside become spaces.</summary>
    private static string CellText(TableCell cell, DocxNumbering numbering)
    {
        var sb = new StringBuilder();
        WriteBlocks(cell.ChildElements, sb, numbering);
        var parts = sb.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return string.Join(' ', parts).Replace('\t', ' ');
    }

    private static string ParagraphText(Paragraph p)
    {
        var sb = new StringBuilder();
        foreach (var e in p.Descendants())
        {
            switch (e)
            {
                case Text t when !IsDeleted(t): sb.Append(t.Text); break;
                case TabChar: sb.Append('\t'); break;
                case Break or CarriageReturn: sb.Append('\n'); break;
                case NoBreakHyphen: sb.Append('-'); break;
                case SymbolChar: break;
            }
        }
        return sb.ToString();
    }

    /// <summary>Text in tracked deletions is not part of the document as published.</summary>
    private static bool IsDeleted(Text t) => t.Ancestors<DeletedRun>().Any();
}

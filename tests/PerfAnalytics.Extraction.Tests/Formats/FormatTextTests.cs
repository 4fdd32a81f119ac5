using System.Text.RegularExpressions;
using PerfAnalytics.Extraction;
using PerfAnalytics.Extraction.Formats;
using UglyToad.PdfPig;

namespace PerfAnalytics.Extraction.Tests.Formats;

/// <summary>What the text of each format looks like: reading order, table rows, merged cells, page furniture.</summary>
public class FormatTextTests
{
    private static string SeedNormalised(string seed) => TextNormalizer.Normalize(FormatFiles.SeedText(seed)).Text;

    [Fact]
    public void PdfProseComesOutInReadingOrderWithWrapsUndone()
    {
        var text = FormatFiles.Text(FormatFiles.Fixture("seed-000.pdf"), "seed-000.pdf");
        Assert.Contains("实际支出988.71万元", text);
        Assert.Contains("2024年度预算数1114.15万元，实际支出988.71万元，上年结余0.82万元，2024年实际收入987.89万元。", text);
        Assert.True(text.IndexOf("一、单位基本情况", StringComparison.Ordinal) < text.IndexOf("实际支出988.71万元", StringComparison.Ordinal));
    }

    [Fact]
    public void PdfPageNumbersAndRunningHeadersAreDroppedAfterTheFirstPage()
    {
        var pdf = FormatFiles.Fixture("seed-000.pdf");
        using (var doc = PdfDocument.Open(pdf))
        {
            // The fixture does carry them on every page.
            Assert.True(doc.NumberOfPages > 2);
            Assert.All(doc.GetPages(), p => Assert.Contains("部门整体绩效公开文本", p.Text));
            Assert.Contains($"- {doc.NumberOfPages} -", doc.GetPage(doc.NumberOfPages).Text);
        }
        var text = FormatFiles.Text(pdf, "seed-000.pdf");
        // Kept once, on the first page, where a repeated top line may be the title.
        Assert.Single(Regex.Matches(text, "部门整体绩效公开文本"));
        Assert.StartsWith("部门整体绩效公开文本\n", text);
        Assert.DoesNotMatch(new Regex(@"(?m)^-\s*\d+\s*-$"), text);
    }

    [Fact]
    public void PdfTableRowsComeOutOnOneLineWithCellsAlignedLikeTheSeed()
    {
        var lines = FormatFiles.Lines(FormatFiles.Text(FormatFiles.Fixture("seed-004.pdf"), "seed-004.pdf"));
        var seed = FormatFiles.Lines(SeedNormalised("004"));
        foreach (var key in new[] { "固定资产总额(原值)", "三公经费控制率", "公用经费控制率", "群众上访、信访数量", "单位名称" })
        {
            var expected = seed.Single(l => l.Contains(key, StringComparison.Ordinal));
            Assert.Contains(expected, lines);
        }
    }

    [Fact]
    public void RotatedPdfPagesAreReadUpright()
    {
        var upright = FormatFiles.Text(FormatFiles.Fixture("seed-004.pdf"), "seed-004.pdf");
        var rotated = FormatFiles.Fixture("rotated-004.pdf");
        using (var doc = PdfDocument.Open(rotated))
            Assert.All(doc.GetPages(), p => Assert.Equal(90, p.Rotation.Value));
        Assert.Equal(upright, FormatFiles.Text(rotated, "rotated-004.pdf"));
    }

    [Fact]
    public void WordParagraphsComeOutAsTheSeedParagraphs()
    {
        var text = FormatFiles.Text(SeedDocuments.Docx(FormatFiles.SeedText("000")), "seed-000.docx");
        Assert.Equal(FormatFiles.Lines(SeedNormalised("000")), FormatFiles.Lines(text));
    }

    [Fact]
    public void WordTableRowsWithMergedCellsComeOutLikeTheSeedLines()
    {
        var docx = SeedDocuments.Docx(FormatFiles.SeedText("004"));
        using (var doc = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(docx), false))
        {
            // The fixture really uses merged cells.
            Assert.NotEmpty(doc.MainDocumentPart!.Document!.Descendants<DocumentFormat.OpenXml.Wordprocessing.GridSpan>());
            Assert.NotEmpty(doc.MainDocumentPart!.Document!.Descendants<DocumentFormat.OpenXml.Wordprocessing.VerticalMerge>());
        }
        var text = FormatFiles.Text(docx, "seed-004.docx");
        Assert.Equal(FormatFiles.Lines(SeedNormalised("004")), FormatFiles.Lines(text));
    }

    [Fact]
    public void WordTablePastedCellByCellComesOutAsRows()
    {
        var text = FormatFiles.Text(SeedDocuments.Docx(FormatFiles.SeedText("002")), "seed-002.docx");
        Assert.Contains("人员编制\t12\t实有人数\t10", FormatFiles.Lines(text));
    }

    [Fact]
    public void ExcelRowsComeOutAsTabSeparatedLinesWithNumbersAsShown()
    {
        // Every table row of the seed is a sheet row; the builder stores 46.16, 100% ... as numbers with formats.
        var rows = FormatFiles.Lines(SeedNormalised("004")).Where(l => l.Contains('\t')).ToList();
        var xlsx = SeedDocuments.Xlsx(("004", FormatFiles.SeedText("004")));
        var text = FormatFiles.Lines(FormatFiles.Text(xlsx, "seed-004.xlsx"));
        Assert.All(rows, r => Assert.Contains(r, text));
        Assert.Contains(text, l => l.Contains("\t46.16万元\t") && l.EndsWith("\t90.49%", StringComparison.Ordinal));
        var oldExcel = FormatFiles.Lines(FormatFiles.Text(FormatFiles.Fixture("seed-004.xls"), "seed-004.xls"));
        Assert.All(rows, r => Assert.Contains(r, oldExcel));
    }

    [Fact]
    public void ExcelNumberCellsAreShownWithTheirFormat()
    {
        var xlsx = SeedDocuments.Xlsx(("004", FormatFiles.SeedText("004")));
        using (var doc = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(new MemoryStream(xlsx), false))
        {
            var cells = doc.WorkbookPart!.WorksheetParts.Single().Worksheet!.Descendants<DocumentFormat.OpenXml.Spreadsheet.Cell>().ToList();
            Assert.Contains(cells, c => c.CellValue?.Text == "1" && c.StyleIndex?.Value == 2); // 100% stored as 1 with format 0%
            Assert.Contains(cells, c => c.CellValue?.Text == "4919" && c.DataType is null);
        }
        var text = FormatFiles.Lines(FormatFiles.Text(xlsx, "seed-004.xlsx"));
        Assert.Contains(text, l => l.EndsWith("\t完成率\t100%", StringComparison.Ordinal));
        Assert.Contains(text, l => l.Contains("\t4919\t人次(次)\t", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(776.8, "General", "776.8")]
    [InlineData(1133.49, "0.00", "1133.49")]
    [InlineData(1234.5, "#,##0.00", "1,234.50")]
    [InlineData(0.9856, "0.00%", "98.56%")]
    [InlineData(1, "0%", "100%")]
    [InlineData(776.8, "0.00\"万元\"", "776.80万元")]
    [InlineData(45427, "yyyy\"年\"m\"月\"d\"日\"", "2024年5月15日")]
    [InlineData(45427, "yyyy-mm-dd", "2024-05-15")]
    [InlineData(-12.345, "0.0;[Red]-0.0", "-12.3")]
    public void SpreadsheetNumbersAreShownAsTheirFormatShowsThem(double value, string format, string shown) =>
        Assert.Equal(shown, NumberDisplay.Format(value, format));
}

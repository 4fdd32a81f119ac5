using PerfAnalytics.Extraction;
using PerfAnalytics.Extraction.Formats;

namespace PerfAnalytics.Extraction.Tests.Formats;

/// <summary>Each format variant of a seed gives the same facts as the seed's text file.</summary>
public class FormatEquivalenceTests
{
    public static TheoryData<string> AllSeeds => ["000", "001", "003", "004"];
    public static TheoryData<string> SheetSeeds => ["001", "004"];

    [Theory, MemberData(nameof(AllSeeds))]
    public void WordFileGivesTheSameFactsAsTheSeedText(string seed)
    {
        var docx = SeedDocuments.Docx(FormatFiles.SeedText(seed));
        var result = ReportExtractor.Extract(docx, $"seed-{seed}.docx");
        Assert.Null(result.Error);
        Assert.Equal(MediaTypes.Docx, result.MediaType);
        Assert.Equal(FormatFiles.Facts(ReportExtractor.Extract(FormatFiles.SeedBytes(seed), seed + ".txt")), FormatFiles.Facts(result));
    }

    [Theory, MemberData(nameof(AllSeeds))]
    public void PdfWithTextLayerGivesTheSameFactsAsTheSeedText(string seed)
    {
        var result = ReportExtractor.Extract(FormatFiles.Fixture($"seed-{seed}.pdf"), $"seed-{seed}.pdf");
        Assert.Null(result.Error);
        Assert.Equal(MediaTypes.Pdf, result.MediaType);
        Assert.Equal(FormatFiles.Facts(ReportExtractor.Extract(FormatFiles.SeedBytes(seed), seed + ".txt")), FormatFiles.Facts(result));
    }

    /// <summary>
    /// Seed 002 is a Word form saved as text one cell per line. Rebuilt as a real table (rows on lines), the
    /// extractor does not yet read one fact from it the way it reads the cell-per-line text: the satisfaction rate,
    /// where the row "提高社会公众满意度 | 100%" (a target) wins over "社会公众或服务对象满意度 | … | 98%".
    /// Everything else must match.
    /// </summary>
    private static readonly string[] KnownRowTableGaps = [];

    [Theory]
    [InlineData("docx")]
    [InlineData("pdf")]
    public void CellByCellSeedAsARealTableGivesTheSameFactsButTheKnownRowTableGaps(string format)
    {
        var bytes = format == "docx" ? SeedDocuments.Docx(FormatFiles.SeedText("002")) : FormatFiles.Fixture("seed-002.pdf");
        var result = ReportExtractor.Extract(bytes, "seed-002." + format);
        Assert.Null(result.Error);
        var text = FormatFiles.Facts(ReportExtractor.Extract(FormatFiles.SeedBytes("002"), "002.txt"));
        Assert.Equal(text.Where(f => !KnownRowTableGaps.Any(f.StartsWith)), FormatFiles.Facts(result).Where(f => !KnownRowTableGaps.Any(f.StartsWith)));
        Assert.All(KnownRowTableGaps, f => Assert.Contains(text, t => t.StartsWith(f, StringComparison.Ordinal)));
    }

    [Theory, MemberData(nameof(SheetSeeds))]
    public void ExcelWorkbookGivesTheSameFactsAsTheSeedText(string seed)
    {
        var xlsx = SeedDocuments.Xlsx((seed, FormatFiles.SeedText(seed)));
        var result = ReportExtractor.Extract(xlsx, $"seed-{seed}.xlsx");
        Assert.Null(result.Error);
        Assert.Equal(MediaTypes.Xlsx, result.MediaType);
        Assert.Equal(FormatFiles.Facts(ReportExtractor.Extract(FormatFiles.SeedBytes(seed), seed + ".txt")), FormatFiles.Facts(result));
    }

    [Fact]
    public void OldExcelFileGivesTheSameFactsAsTheSeedText()
    {
        var result = ReportExtractor.Extract(FormatFiles.Fixture("seed-004.xls"), "seed-004.xls");
        Assert.Null(result.Error);
        Assert.Equal(MediaTypes.Xls, result.MediaType);
        Assert.Equal(FormatFiles.Facts(ReportExtractor.Extract(FormatFiles.SeedBytes("004"), "004.txt")), FormatFiles.Facts(result));
    }

    [Theory]
    [InlineData("seed-000.pdf")]
    [InlineData("seed-004.pdf")]
    public void PdfFactsPointIntoTheNormalisedTextTheTextCommandPrints(string fixture)
    {
        var bytes = FormatFiles.Fixture(fixture);
        var result = ReportExtractor.Extract(bytes, fixture);
        Assert.Equal(FormatFiles.Text(bytes, fixture), result.Text);
        Assert.NotEmpty(result.Metrics);
        Assert.All(result.Metrics.Where(m => !m.Derived), m => Assert.Equal(m.Excerpt, result.Text[m.Start..m.End]));
    }

    [Fact]
    public void FormatIsDetectedFromContentNotFromTheFileName()
    {
        var docx = SeedDocuments.Docx(FormatFiles.SeedText("001"));
        Assert.Equal(MediaTypes.Docx, DocumentReader.Read(docx, "report.pdf").MediaType);
        Assert.Equal(MediaTypes.Pdf, DocumentReader.Read(FormatFiles.Fixture("seed-001.pdf"), "report.txt").MediaType);
        Assert.Equal(MediaTypes.Xlsx, DocumentReader.Read(SeedDocuments.Xlsx(("001", FormatFiles.SeedText("001"))), "report.docx").MediaType);
        Assert.Equal(MediaTypes.Xls, DocumentReader.Read(FormatFiles.Fixture("seed-004.xls"), "report.xlsx").MediaType);
        Assert.Equal(MediaTypes.Text, DocumentReader.Read(FormatFiles.SeedBytes("001"), "report.pdf").MediaType);
    }
}

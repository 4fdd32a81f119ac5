using DocumentFormat.OpenXml.Packaging;
using PerfAnalytics.Extraction.Formats;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace PerfAnalytics.Extraction.Tests.Formats;

public class DocxNumberingTests
{
    /// <summary>A report whose headings are Word list paragraphs: the "一、" and "（一）" live in the numbering part.</summary>
    private static byte[] NumberedReport()
    {
        using var ms = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(ms, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            var numbering = main.AddNewPart<NumberingDefinitionsPart>();
            numbering.Numbering = new W.Numbering(
                new W.AbstractNum(
                    new W.Level(new W.StartNumberingValue { Val = 1 }, new W.NumberingFormat { Val = W.NumberFormatValues.ChineseCounting }, new W.LevelText { Val = "%1、" }) { LevelIndex = 0 },
                    new W.Level(new W.StartNumberingValue { Val = 1 }, new W.NumberingFormat { Val = W.NumberFormatValues.ChineseCounting }, new W.LevelText { Val = "（%2）" }) { LevelIndex = 1 },
                    new W.Level(new W.StartNumberingValue { Val = 1 }, new W.NumberingFormat { Val = W.NumberFormatValues.Decimal }, new W.LevelText { Val = "%3." }) { LevelIndex = 2 })
                { AbstractNumberId = 5 },
                new W.NumberingInstance(new W.AbstractNumId { Val = 5 }) { NumberID = 1 });
            W.Paragraph Item(int level, string text) => new(
                new W.ParagraphProperties(new W.NumberingProperties(new W.NumberingLevelReference { Val = level }, new W.NumberingId { Val = 1 })),
                new W.Run(new W.Text(text)));
            main.Document = new W.Document(new W.Body(
                Item(0, "单位基本情况"), Item(1, "机构设置"), Item(1, "人员情况"), new W.Paragraph(new W.Run(new W.Text("核定行政编制21人。"))),
                Item(0, "绩效自评情况"), Item(1, "自评结果"), Item(2, "部门整体支出绩效自评得分为100.80分。"), Item(2, "等次为优。")));
        }
        return ms.ToArray();
    }

    [Fact]
    public void AutomaticListNumbersAreWrittenOutAsWordShowsThem()
    {
        var lines = FormatFiles.Lines(DocumentReader.Read(NumberedReport(), "numbered.docx").Text);
        Assert.Equal(
            ["一、单位基本情况", "（一）机构设置", "（二）人员情况", "核定行政编制21人。", "二、绩效自评情况", "（一）自评结果", "1.部门整体支出绩效自评得分为100.80分。", "2.等次为优。"],
            lines);
    }
}

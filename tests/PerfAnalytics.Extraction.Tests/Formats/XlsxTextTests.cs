using DocumentFormat.OpenXml.Packaging;
using PerfAnalytics.Extraction.Formats;
using S = DocumentFormat.OpenXml.Spreadsheet;

namespace PerfAnalytics.Extraction.Tests.Formats;

public class XlsxTextTests
{
    /// <summary>
    /// A visible sheet with a rich-text shared string carrying a phonetic guide, a gap between cells and a formula
    /// with its cached value; then a hidden sheet.
    /// </summary>
    private static byte[] Workbook()
    {
        using var ms = new MemoryStream();
        using (var doc = SpreadsheetDocument.Create(ms, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook))
        {
            var book = doc.AddWorkbookPart();
            book.Workbook = new S.Workbook(new S.Sheets());
            var strings = book.AddNewPart<SharedStringTablePart>();
            strings.SharedStringTable = new S.SharedStringTable(
                new S.SharedStringItem(new S.Run(new S.Text("实际")), new S.Run(new S.Text("支出")),
                    new S.PhoneticRun(new S.Text("じっさい")) { BaseTextStartIndex = 0, EndingBaseIndex = 1 }),
                new S.SharedStringItem(new S.Text("内部数据")));
            var visible = book.AddNewPart<WorksheetPart>();
            visible.Worksheet = new S.Worksheet(new S.SheetData(
                new S.Row(
                    new S.Cell { CellReference = "A1", DataType = S.CellValues.SharedString, CellValue = new S.CellValue("0") },
                    new S.Cell { CellReference = "C1", CellValue = new S.CellValue("988.71") },
                    new S.Cell { CellReference = "D1", CellFormula = new S.CellFormula("C1/1114.15"), CellValue = new S.CellValue("0.8874") }) { RowIndex = 1 }));
            var hidden = book.AddNewPart<WorksheetPart>();
            hidden.Worksheet = new S.Worksheet(new S.SheetData(new S.Row(
                new S.Cell { CellReference = "A1", DataType = S.CellValues.SharedString, CellValue = new S.CellValue("1") }) { RowIndex = 1 }));
            book.Workbook.Sheets!.Append(
                new S.Sheet { Name = "表1", SheetId = 1, Id = book.GetIdOfPart(visible) },
                new S.Sheet { Name = "隐藏", SheetId = 2, Id = book.GetIdOfPart(hidden), State = S.SheetStateValues.Hidden });
        }
        return ms.ToArray();
    }

    [Fact]
    public void RichTextCellsGapsAndFormulasComeOutAsShownAndHiddenSheetsAreLeftOut()
    {
        var text = DocumentReader.Read(Workbook(), "book.xlsx").Text;
        Assert.Equal("实际支出\t\t988.71\t0.8874\n", text);
    }
}

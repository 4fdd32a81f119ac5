using PerfAnalytics.Extraction.Formats;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace PerfAnalytics.Extraction.Tests.Formats;

/// <summary>PDF layout on small pages drawn in the test: ruled grids, merged cells, frames, borderless columns.</summary>
public class PdfLayoutTests
{
    private static string Read(Action<PdfPageBuilder, PdfDocumentBuilder.AddedFont> draw)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(PageSize.A4);
        // Enough prose for a page with a text layer.
        page.AddText("Annual report of the petition bureau, self evaluation.", 10, new PdfPoint(72, 780), font);
        draw(page, font);
        return DocumentReader.Read(builder.Build(), "drawn.pdf").Text;
    }

    /// <summary>A grid with rules at the given x and y; each cell's text is drawn at its top left.</summary>
    private static void Grid(PdfPageBuilder page, double[] xs, double[] ys)
    {
        foreach (var y in ys) page.DrawLine(new PdfPoint(xs[0], y), new PdfPoint(xs[^1], y), 0.5);
        foreach (var x in xs) page.DrawLine(new PdfPoint(x, ys[^1]), new PdfPoint(x, ys[0]), 0.5);
    }

    [Fact]
    public void RuledTableRowsComeOutOnOneLineWithTabs()
    {
        var text = Read((page, font) =>
        {
            Grid(page, [72, 200, 300, 400], [700, 680, 660]);
            page.AddText("Item", 10, new PdfPoint(76, 686), font);
            page.AddText("Budget", 10, new PdfPoint(204, 686), font);
            page.AddText("Spent", 10, new PdfPoint(304, 686), font);
            page.AddText("Basic", 10, new PdfPoint(76, 666), font);
            page.AddText("741.16", 10, new PdfPoint(204, 666), font);
            page.AddText("739.00", 10, new PdfPoint(304, 666), font);
        });
        Assert.Contains("Item\tBudget\tSpent\n", text);
        Assert.Contains("Basic\t741.16\t739.00\n", text);
    }

    [Fact]
    public void CellSpanningTwoColumnsIsFollowedByAnEmptyCell()
    {
        var text = Read((page, font) =>
        {
            // Row 1 spans columns 2 and 3: no vertical rule at x=300 in its band.
            foreach (var y in new double[] { 700, 680, 660 }) page.DrawLine(new PdfPoint(72, y), new PdfPoint(400, y), 0.5);
            foreach (var x in new double[] { 72, 200, 400 }) page.DrawLine(new PdfPoint(x, 660), new PdfPoint(x, 700), 0.5);
            page.DrawLine(new PdfPoint(300, 660), new PdfPoint(300, 680), 0.5);
            page.AddText("Unit", 10, new PdfPoint(76, 686), font);
            page.AddText("Petition Bureau", 10, new PdfPoint(204, 686), font);
            page.AddText("Staff", 10, new PdfPoint(76, 666), font);
            page.AddText("21", 10, new PdfPoint(204, 666), font);
            page.AddText("10", 10, new PdfPoint(304, 666), font);
        });
        Assert.Contains("Unit\tPetition Bureau\t\n", text);
        Assert.Contains("Staff\t21\t10\n", text);
    }

    [Fact]
    public void FrameRoundThePageIsNotATable()
    {
        var text = Read((page, font) =>
        {
            page.DrawRectangle(new PdfPoint(50, 50), 495, 750, 1);
            page.AddText("Budget 1114.15", 10, new PdfPoint(72, 700), font);
            page.AddText("Spent 988.71", 10, new PdfPoint(72, 640), font);
        });
        Assert.Contains("Budget 1114.15\n", text);
        Assert.Contains("Spent 988.71\n", text);
    }

    [Fact]
    public void BorderlessColumnsAreSeparatedByTabs()
    {
        var text = Read((page, font) =>
        {
            page.AddText("Basic", 10, new PdfPoint(72, 700), font);
            page.AddText("741.16", 10, new PdfPoint(250, 700), font);
            page.AddText("75.02%", 10, new PdfPoint(400, 700), font);
        });
        Assert.Contains("Basic\t741.16\t75.02%\n", text);
    }
}

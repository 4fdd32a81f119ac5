using PerfAnalytics.Data.Queries;
using PerfAnalytics.Web.Components.Reports;

namespace PerfAnalytics.Web.Tests.Components;

public class TextSegmentsTests
{
    private const string Text = "年度预算数1114.15万元，实际支出988.71万元。<b>";

    private static ReportFact Fact(long id, string code, int start, int end, string? parts = null) =>
        new() { Id = id, MetricCode = code, Start = start, End = end, Parts = parts };

    [Fact]
    public void TheSegmentsPutTogetherGiveBackTheWholeText()
    {
        var segments = TextSegments.Build(Text, [Fact(1, "budget_total", 5, 12), Fact(2, "expenditure_total", 19, 25)], _ => false);

        Assert.Equal(Text, string.Concat(segments.Select(s => s.Text)));
        Assert.Equal(["1114.15", "988.71"], segments.Where(s => s.FactId is not null).Select(s => s.Text));
    }

    [Fact]
    public void OnlyTheChosenFactIsMarkedSelected()
    {
        var segments = TextSegments.Build(Text, [Fact(1, "budget_total", 5, 12), Fact(2, "expenditure_total", 19, 25)], f => f.Id == 2);

        Assert.Equal("988.71", segments.Single(s => s.Selected).Text);
    }

    [Fact]
    public void OverlappingSpansDoNotDuplicateText()
    {
        var segments = TextSegments.Build(Text, [Fact(1, "budget_total", 0, 12), Fact(2, "budget_basic", 5, 14)], _ => false);

        Assert.Equal(Text, string.Concat(segments.Select(s => s.Text)));
        Assert.Single(segments, s => s.FactId is not null);
    }

    [Fact]
    public void AFigureAddedUpFromSeveralPlacesHighlightsEachPart()
    {
        var parts = """[{"Start":5,"End":12,"Excerpt":"1114.15"},{"Start":19,"End":25,"Excerpt":"988.71"}]""";

        var segments = TextSegments.Build(Text, [Fact(3, "personnel_expenditure", 5, 25, parts)], _ => true);

        Assert.Equal(["1114.15", "988.71"], segments.Where(s => s.Selected).Select(s => s.Text));
    }

    [Fact]
    public void SpansOutsideTheTextAreIgnored()
    {
        var segments = TextSegments.Build(Text, [Fact(1, "budget_total", 30, 400)], _ => false);

        Assert.Equal([Text], segments.Select(s => s.Text));
    }
}

using System.Text.Json.Nodes;
using PerfAnalytics.Web.Charts;

namespace PerfAnalytics.Web.Tests.Components;

public class ChartOptionsTests
{
    private static readonly ChartLook Look = new("zh-cn", Animations: false, NoDataText: "暂无数据");

    private static ChartSeries Series(string name, params decimal?[] values) =>
        new(name, [.. values.Select((v, i) => new ChartPoint($"P{i}", v, ReportId: v is null ? null : 100 + i, Metric: "budget_total"))]);

    [Fact]
    public void StackedSharesKeepTheirOwnPercentagesOnAnAxisEndingAtOneHundred()
    {
        var json = JsonNode.Parse(ChartOptions.StackedBars([Series("人员经费占比", 70.77m), Series("公用经费占比", 4.2m)], "%", asShares: true, Look).ToJson())!;

        Assert.True(json["chart"]!["stacked"]!.GetValue<bool>());
        Assert.Null(json["chart"]!["stackType"]); // not ApexCharts' 100% stacking: a lone part would show as 100%
        Assert.Equal(100, json["yaxis"]![0]!["max"]!.GetValue<decimal>());
        Assert.Equal("pct", json["yaxis"]![0]!["labels"]!["formatter"]!.GetValue<string>());
        Assert.Equal(70.77m, json["series"]![0]!["data"]![0]!["y"]!.GetValue<decimal>());
    }

    [Fact]
    public void AChartWithoutAnyStatedFigureHasNoSeriesSoTheNoDataTextShows()
    {
        var options = ChartOptions.GroupedBars([Series("来信", null, null), Series("来访", (decimal?)null)], "件", ChartOptions.Count, Look);

        Assert.Empty(options.Series);
        Assert.Equal("暂无数据", options.NoData!.Text);
    }

    [Fact]
    public void SharedTooltipsTurnIntersectOffAsApexChartsRequires()
    {
        var json = JsonNode.Parse(ChartOptions.GroupedBars([Series("预算数", 1m)], "万元", ChartOptions.Money, Look).ToJson())!;

        Assert.True(json["tooltip"]!["shared"]!.GetValue<bool>());
        Assert.False(json["tooltip"]!["intersect"]!.GetValue<bool>());
    }

    [Fact]
    public void StackedBarsInMoneyHaveNoStackTypeAndMoneyLabels()
    {
        var json = JsonNode.Parse(ChartOptions.StackedBars([Series("人员经费", 699.68m)], "万元", asShares: false, Look).ToJson())!;

        Assert.Null(json["chart"]!["stackType"]);
        Assert.Equal("wan", json["yaxis"]![0]!["labels"]!["formatter"]!.GetValue<string>());
    }

    [Fact]
    public void AMissingFigureIsWrittenAsNullNotZero()
    {
        var json = JsonNode.Parse(ChartOptions.GroupedBars([Series("预算数", 1114.15m, null)], "万元", ChartOptions.Money, Look).ToJson())!;
        var data = json["series"]![0]!["data"]!.AsArray();

        Assert.Equal(1114.15m, data[0]!["y"]!.GetValue<decimal>());
        Assert.True(data[1]!.AsObject().ContainsKey("y"));
        Assert.Null(data[1]!["y"]);
        Assert.Null(data[1]!["reportId"]);
        Assert.Equal(100, data[0]!["reportId"]!.GetValue<long>());
    }

    [Fact]
    public void BarsWithRatePutTheRateLineOnItsOwnAxis()
    {
        var options = ChartOptions.BarsWithRate([Series("预算数", 1114.15m), Series("实际支出", 988.71m)], Series("执行率", 88.74m), "万元", "%", Look);
        var json = JsonNode.Parse(options.ToJson())!;

        Assert.Equal(["column", "column", "line"], json["series"]!.AsArray().Select(s => s!["type"]!.GetValue<string>()));
        var rateAxis = json["yaxis"]!.AsArray().Single(a => a!["opposite"]?.GetValue<bool>() == true)!;
        Assert.Equal("执行率", rateAxis["seriesName"]!.GetValue<string>());
        Assert.Equal("pct", rateAxis["labels"]!["formatter"]!.GetValue<string>());
        Assert.Equal([2], json["dataLabels"]!["enabledOnSeries"]!.AsArray().Select(n => n!.GetValue<int>()));
    }

    [Fact]
    public void TheLookSetsLocaleAndAnimation()
    {
        var json = JsonNode.Parse(ChartOptions.ScoreBars([Series("自评得分", 98.5m)], "分", Look).ToJson())!;

        Assert.Equal("zh-cn", json["chart"]!["defaultLocale"]!.GetValue<string>());
        Assert.False(json["chart"]!["animations"]!["enabled"]!.GetValue<bool>());
        Assert.Equal("暂无数据", json["noData"]!["text"]!.GetValue<string>());
    }

    [Fact]
    public void EnglishCultureKeepsApexChartsOwnEnglishTexts()
    {
        var look = ChartLook.For(new System.Globalization.CultureInfo("en"), animations: true, "No data");

        Assert.Equal("en", look.Locale);
        Assert.Equal("zh-cn", ChartLook.For(new System.Globalization.CultureInfo("zh-CN"), true, "").Locale);
    }

    [Fact]
    public void ScoreBarsLieOverTheFourGradeBandsAndLeaveRoomAboveOneHundred()
    {
        var options = ChartOptions.ScoreBars([Series("自评得分", 100.8m, 98.5m)], "分", Look);

        Assert.Equal([(0m, 60m), (60m, 80m), (80m, 90m), (90m, 110m)], options.Annotations!.Yaxis.Select(a => (a.Y, a.Y2)));
        Assert.StartsWith("优", options.Annotations.Yaxis[3].Label.Text);
        Assert.Equal(110m, options.Yaxis[0].Max); // 100.8 stays visible
    }
}

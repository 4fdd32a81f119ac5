using Bunit;
using PerfAnalytics.Data.Queries;
using PerfAnalytics.Web.Components.Reports;

namespace PerfAnalytics.Web.Tests.Components;

public class CorrectionFormTests(SeedWarehouse seeds) : IClassFixture<SeedWarehouse>
{
    private async Task<ReportFact> FactAsync(string metric)
    {
        var detail = await ReportPage.RunAsync(seeds.Warehouse, await seeds.Warehouse.ReportIdAsync("临湘市", 2024));
        return detail!.Facts.Single(f => f.MetricCode == metric);
    }

    [Fact]
    public async Task ACorrectionWithoutValueReasonOrNameIsRefusedAndNothingIsStored()
    {
        var fact = await FactAsync("actual_staff");
        await using var ctx = Contexts.Create(seeds.Warehouse);
        var corrected = false;

        var cut = ctx.Render<CorrectionForm>(p => p.Add(f => f.Fact, fact).Add(f => f.OnCorrected, () => corrected = true));
        await cut.Find("[data-testid=save-correction]").ClickAsync(new());

        cut.WaitForAssertion(() =>
        {
            Assert.Contains("请填写新数值", cut.Markup);
            Assert.Contains("请填写更正理由", cut.Markup);
            Assert.Contains("请填写更正人", cut.Markup);
        });
        Assert.False(corrected);
        Assert.Equal(fact.Value, (await FactAsync("actual_staff")).Value);
    }

    [Fact]
    public async Task AValueWithoutAReasonIsRefused()
    {
        var fact = await FactAsync("authorized_staff");
        await using var ctx = Contexts.Create(seeds.Warehouse);

        var cut = ctx.Render<CorrectionForm>(p => p.Add(f => f.Fact, fact));
        cut.Find("input[data-testid=new-value]").Change("13");
        cut.Find("input[data-testid=user]").Change("王科员");
        await cut.Find("[data-testid=save-correction]").ClickAsync(new());

        cut.WaitForAssertion(() => Assert.Contains("请填写更正理由", cut.Markup));
        Assert.DoesNotContain("请填写更正人", cut.Markup);
        Assert.Equal(12m, (await FactAsync("authorized_staff")).Value);
    }

    [Fact]
    public async Task ACompleteCorrectionIsStoredWithItsReasonAndName()
    {
        var fact = await FactAsync("petition_persons");
        await using var ctx = Contexts.Create(seeds.Warehouse);
        var corrected = false;

        var cut = ctx.Render<CorrectionForm>(p => p.Add(f => f.Fact, fact).Add(f => f.OnCorrected, () => corrected = true));
        cut.Find("input[data-testid=new-value]").Change("654");
        cut.Find("textarea[data-testid=reason]").Change("原文第二段为654人次");
        cut.Find("input[data-testid=user]").Change("王科员");
        await cut.Find("[data-testid=save-correction]").ClickAsync(new());

        cut.WaitForAssertion(() => Assert.True(corrected));
        var after = await FactAsync("petition_persons");
        Assert.Equal(654m, after.Value);
        Assert.Equal("corrected", after.Origin);
        var detail = await ReportPage.RunAsync(seeds.Warehouse, await seeds.Warehouse.ReportIdAsync("临湘市", 2024));
        var correction = Assert.Single(detail!.Corrections, c => c.FactId == fact.Id);
        Assert.Equal(("原文第二段为654人次", "王科员", 653m), (correction.Reason, correction.CorrectedBy, correction.OldValue!.Value));
    }

    [Fact]
    public async Task WhatWasTypedSurvivesARenderOfThePageForTheSameFigure()
    {
        var fact = await FactAsync("actual_staff");
        await using var ctx = Contexts.Create(seeds.Warehouse);

        var cut = ctx.Render<CorrectionForm>(p => p.Add(f => f.Fact, fact));
        cut.Find("textarea[data-testid=reason]").Change("核对原文");
        cut.Render(p => p.Add(f => f.Fact, fact));

        Assert.Equal("核对原文", cut.Find("textarea[data-testid=reason]").GetAttribute("value") ?? cut.Find("textarea[data-testid=reason]").TextContent);
    }
}

using Bunit;
using PerfAnalytics.Data.Queries;
using PerfAnalytics.Web.Charts;
using PerfAnalytics.Web.Components;
using PerfAnalytics.Data.Comparison;
using PerfAnalytics.Web.Components.Comparison;

namespace PerfAnalytics.Web.Tests.Components;

/// <summary>The comparison's table and charts, drawn from the seed warehouse.</summary>
public class ThemeTests(SeedWarehouse seeds) : IClassFixture<SeedWarehouse>
{
    private static readonly ChartLook Look = new("zh-cn", false, "暂无数据");

    private async Task<ThemeTable> SpendingAsync(string[] places, int[] years)
    {
        var filter = new ReportFilter(places, years);
        var columns = ThemeTable.ColumnsFor(await ReportList.RunAsync(seeds.Warehouse, 0, 1000), places, years);
        return ThemeTable.Spending(columns, await SpendingStructure.RunAsync(seeds.Warehouse, filter),
            await Scores.RunAsync(seeds.Warehouse, filter), await StaffRatios.RunAsync(seeds.Warehouse, filter));
    }

    [Fact]
    public async Task ATargetTableYearHasNoActualsAndAYearWithoutDocumentsSaysSo()
    {
        var table = await SpendingAsync(["湛江市"], [2022, 2023, 2024]);

        Assert.Equal([2022, 2023, 2024], table.Columns.Select(c => c.Year));
        var spending = table.Row("expenditure_total");
        Assert.Equal([null, null, 988.71m], spending.Values);
        Assert.Equal("MissingNoDocument", table.MissingReason(spending, 0));
        Assert.Equal("MissingNotActual", table.MissingReason(spending, 1));
        Assert.Null(table.MissingReason(spending, 2));
        Assert.Equal([null, 1133.49m, 1114.15m], table.Row("budget_total").Values);
    }

    [Fact]
    public async Task TheBudgetChartCarriesSeedFiguresTheComputedRateAndGapsForMissingOnes()
    {
        var table = await SpendingAsync(["湛江市"], [2023, 2024]);

        var budget = ThemeCharts.For(table, Look, k => k).Single(c => c.Name == "budget").Options;

        Assert.Equal(["湛江市 2023", "湛江市 2024"], budget.Series[0].Data.Select(p => p.X));
        Assert.Equal([1133.49m, 1114.15m], budget.Series[0].Data.Select(p => p.Y));
        Assert.Equal([null, 988.71m], budget.Series[1].Data.Select(p => p.Y));
        Assert.Equal([null, 88.74m], budget.Series[2].Data.Select(p => p.Y));
        Assert.Equal("expenditure_total", budget.Series[2].Data[1].Metric);
        Assert.Equal(await seeds.Warehouse.ReportIdAsync("湛江市", 2024), budget.Series[1].Data[1].ReportId);
    }

    [Fact]
    public async Task TheStructureChartsStackStaffRunningAndProjectCostsInMoneyAndShares()
    {
        var table = await SpendingAsync(["湛江市", "临湘市"], [2024]);

        var charts = ThemeCharts.For(table, Look, k => k);
        var money = charts.Single(c => c.Name == "structure").Options;
        var shares = charts.Single(c => c.Name == "shares").Options;

        Assert.Equal(["personnel_expenditure", "public_expenditure", "project_expenditure"], money.Series.Select(s => s.Name));
        Assert.Equal([120.36m, 699.68m], money.Series[0].Data.Select(p => p.Y)); // 临湘市, 湛江市
        Assert.Equal([null, 246.73m], money.Series[2].Data.Select(p => p.Y));   // 临湘市 states no project spending
        Assert.Equal(["SharePersonnel", "SharePublic", "ShareProject"], shares.Series.Select(s => s.Name));
        Assert.Equal([55.95m, 70.77m], shares.Series[0].Data.Select(p => p.Y)); // of each place's stated spending
        Assert.Equal([null, 24.95m], shares.Series[2].Data.Select(p => p.Y));
    }

    [Fact]
    public void CategoriesStayDistinctWhenAPlaceHasSeveralDocumentsForAYear()
    {
        Column[] columns = [new(1, "湛江市", 2020, "base_data_table"), new(2, "湛江市", 2020, "base_data_table"),
                            new(3, "湛江市", 2023, "target_table"), new(4, "湛江市", 2023, "self_evaluation_report")];

        var categories = ThemeCharts.Categories(columns, k => k.Replace("KindShort_", ""));

        Assert.Equal(["湛江市 2020 base_data_table #1", "湛江市 2020 base_data_table #2", "湛江市 2023 target_table", "湛江市 2023 self_evaluation_report"], categories);
    }

    [Fact]
    public async Task ThePageTableShowsMissingFiguresAsADashWithTheReason()
    {
        await using var ctx = Contexts.Create(seeds.Warehouse);

        var cut = ctx.Render<ThemeView>(p => p
            .Add(v => v.Theme, Theme.Spending)
            .Add(v => v.Places, ["湛江市"])
            .Add(v => v.Years, [2023, 2024]));

        cut.WaitForAssertion(() =>
        {
            var cells = cut.FindAll("td[data-metric='expenditure_total']").Select(td => td.TextContent.Trim()).ToList();
            Assert.StartsWith("—", cells[0]);
            Assert.Contains("目标/预算文件，无实际数", cells[0]);
            Assert.Equal("988.71", cells[1]);
        });
        Assert.Equal(4, cut.FindComponents<ApexChart>().Count);
        Assert.Contains(cut.FindAll("td[data-metric='expenditure_total'] a"), a => a.GetAttribute("href")!.EndsWith("?metric=expenditure_total"));
    }

    [Fact]
    public async Task ScoresShowTheGradeBandOfEachScore()
    {
        await using var ctx = Contexts.Create(seeds.Warehouse);

        var cut = ctx.Render<ThemeView>(p => p.Add(v => v.Theme, Theme.Scores).Add(v => v.Places, ["临湘市", "湛江市"]).Add(v => v.Years, [2024]));

        cut.WaitForAssertion(() =>
            Assert.Equal(["优", "优"], cut.FindAll("td[data-metric='GradeBand']").Select(td => td.TextContent.Trim())));
        Assert.Equal(["98.5", "100.8"], cut.FindAll("td[data-metric='self_score']").Select(td => td.TextContent.Trim()));
    }
}

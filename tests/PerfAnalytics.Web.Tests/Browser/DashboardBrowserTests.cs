using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace PerfAnalytics.Web.Tests.Browser;

[Collection(BrowserCollection.Name)]
public class DashboardBrowserTests(BrowserHost host, ITestOutputHelper output)
{
    private async Task<DashboardPages> OpenAsync()
    {
        var page = await host.NewPageAsync();
        page.Console += (_, message) => { if (message.Type is "error" or "warning") output.WriteLine($"browser {message.Type}: {message.Text}"); };
        page.PageError += (_, error) => output.WriteLine($"page error: {error}");
        return new DashboardPages(page, host);
    }

    [BrowserFact]
    public async Task CompareDrawsTheChartsWithTheSeedFigures()
    {
        var ui = await OpenAsync();

        await ui.OpenCompareAsync("?place=湛江市&place=临湘市&year=2024");

        var budget = await ui.ChartTextAsync("budget");
        Assert.Contains("湛江市 2024", budget);
        Assert.Contains("临湘市 2024", budget);
        Assert.Contains("预算与实际支出", await ui.Page.InnerTextAsync(".mud-main-content"));
        var structure = await ui.ChartTextAsync("structure");
        Assert.Contains("699.68", structure);   // 湛江市 staff costs, as a data label
        Assert.Contains("120.36", structure);   // 临湘市 staff costs
        await ui.ScreenshotAsync("compare-spending");
    }

    [BrowserFact]
    public async Task ChangingAFilterChangesTheChartAndTheUrl()
    {
        var ui = await OpenAsync();
        await ui.OpenCompareAsync("?place=湛江市&year=2024");
        Assert.DoesNotContain("湛江市 2023", await ui.ChartTextAsync("budget"));

        await ui.ToggleYearAsync(2023);

        await ui.Page.WaitForURLAsync(new Regex("year=2023"), new() { WaitUntil = WaitUntilState.Commit });
        await Assertions.Expect(ui.Page.Locator("[data-chart='budget'] svg").First).ToContainTextAsync("湛江市 2023");
        Assert.Contains("1,133.49", await ui.Page.InnerTextAsync("[data-testid=theme-table]"));

        await ui.ChooseThemeAsync("信访量");
        await ui.Page.WaitForURLAsync(new Regex("theme=petitions"), new() { WaitUntil = WaitUntilState.Commit });
        await ui.ChartAsync("channels");
        await ui.ScreenshotAsync("compare-petitions");
    }

    [BrowserFact]
    public async Task ClickingABarOpensTheReportWithThatFigureHighlightedInView()
    {
        var ui = await OpenAsync();
        await ui.OpenCompareAsync("?place=湛江市&year=2024");

        await ui.ClickFirstBarAsync("budget");

        await ui.Page.WaitForURLAsync(new Regex(@"/reports/\d+\?metric=budget_total"), new() { WaitUntil = WaitUntilState.Commit });
        var mark = ui.Page.Locator("mark.fact.selected").First;
        await Assertions.Expect(mark).ToHaveTextAsync(new Regex("1114\\.15"));
        await Assertions.Expect(mark).ToBeInViewportAsync();
        Assert.Contains("年度预算数", await ui.Page.InnerTextAsync("[data-testid=selected-fact]"));
        await ui.ScreenshotAsync("report-highlighted");
    }

    [BrowserFact]
    public async Task StaffCorrectAFigureWithAReasonAndSeeItMarkedCorrected()
    {
        var ui = await OpenAsync();
        var report = await host.Warehouse.ReportIdAsync("广州市海珠区", 2023);
        await ui.OpenAsync($"/reports/{report}?metric=petition_letters");
        var form = ui.Page.Locator("[data-testid=selected-fact]");

        await form.Locator("[data-testid=save-correction]").ClickAsync();
        await Assertions.Expect(form).ToContainTextAsync("请填写更正理由");

        await form.Locator("input[data-testid=new-value]").FillAsync("809");
        await form.Locator("textarea[data-testid=reason]").FillAsync("复核原文来信数");
        await form.Locator("input[data-testid=user]").FillAsync("王科员");
        await form.Locator("input[data-testid=user]").PressAsync("Tab");
        await form.Locator("[data-testid=save-correction]").ClickAsync();

        await Assertions.Expect(form).ToContainTextAsync("已更正");
        await Assertions.Expect(form).ToContainTextAsync("809");
        await Assertions.Expect(form).Not.ToContainTextAsync("请填写");
        await ui.ScreenshotAsync("report-corrected");
    }

    [BrowserFact]
    public async Task UploadingAFileTwiceImportsItOnceAndSaysAlreadyImported()
    {
        var seed = Path.Combine(AppContext.BaseDirectory, "seeds", "004_374fef14236f5300.txt");
        var copy = Path.Combine(Path.GetTempPath(), $"湛江市基础数据表-副本-{Guid.NewGuid():N}.txt");
        await File.WriteAllTextAsync(copy, await File.ReadAllTextAsync(seed) + "\n（浏览器测试上传的副本）\n");
        var ui = await OpenAsync();
        await ui.OpenAsync("/import");

        await ui.UploadAsync(copy);
        var rows = ui.Page.Locator("[data-testid=upload-results] tbody tr");
        await Assertions.Expect(rows.First).ToHaveAttributeAsync("data-status", "Imported");
        await Assertions.Expect(rows.First).ToContainTextAsync("已导入");

        await ui.UploadAsync(copy);
        await Assertions.Expect(rows).ToHaveCountAsync(2);
        await Assertions.Expect(rows.First).ToHaveAttributeAsync("data-status", "Duplicate");
        await Assertions.Expect(rows.First).ToContainTextAsync("已导入过");
        await ui.ScreenshotAsync("import");
        File.Delete(copy);
    }

    [BrowserFact]
    public async Task EveryPageRendersChineseAndIsSavedAsAScreenshot()
    {
        var ui = await OpenAsync();
        var report = await host.Warehouse.ReportIdAsync("湛江市", 2024);
        var pages = new (string Name, string Url, string Heading)[]
        {
            ("overview", "/", "总览"),
            ("compare-scores", "/compare?theme=scores", "对比"),
            ("trend", "/trend?place=湛江市&theme=spending", "趋势"),
            ("reports", "/reports", "报告"),
            ("report", $"/reports/{report}?metric=expenditure_total", "湛江市信访局"),
            ("findings", "/findings", "问题"),
            ("import-empty", "/import", "导入"),
        };
        foreach (var (name, url, heading) in pages)
        {
            await ui.OpenAsync(url);
            await Assertions.Expect(ui.Page.Locator("h1")).ToContainTextAsync(heading);
            if (url.StartsWith("/compare") || url.StartsWith("/trend")) await ui.Page.Locator("[data-chart-drawn]").First.WaitForAsync();
            await ui.ScreenshotAsync(name);
        }
        output.WriteLine($"screenshots: {host.Screenshots}");
    }

    [BrowserFact]
    public async Task TheLanguageSwitchShowsThePageInEnglishAndKeepsTheFilters()
    {
        var ui = await OpenAsync();
        await ui.OpenCompareAsync("?place=湛江市&year=2024");

        await ui.Page.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();

        await Assertions.Expect(ui.Page.Locator("h1")).ToHaveTextAsync("Compare");
        Assert.Contains("place=", ui.Page.Url);
        await ui.ChartAsync("budget");
        Assert.Contains("Budget vs actual", await ui.Page.InnerTextAsync(".mud-main-content"));
        await ui.ScreenshotAsync("compare-english");
    }
}

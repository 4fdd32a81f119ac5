using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace PerfAnalytics.Web.Tests.Browser;

/// <summary>Page object of the dashboard: what staff do, by intent.</summary>
public sealed class DashboardPages(IPage page, BrowserHost host)
{
    public IPage Page => page;

    public async Task OpenAsync(string pathAndQuery)
    {
        await page.GotoAsync(host.BaseUrl + pathAndQuery);
        await page.Locator("[data-interactive=true]").WaitForAsync(); // the circuit is up, events are wired
    }

    /// <summary>Opens 对比 and waits until its first chart is drawn.</summary>
    public async Task OpenCompareAsync(string query = "")
    {
        await OpenAsync("/compare" + query);
        await ChartAsync("budget");
    }

    /// <summary>The SVG of a chart, once ApexCharts has drawn it.</summary>
    public async Task<ILocator> ChartAsync(string name)
    {
        var chart = page.Locator($"[data-chart='{name}'][data-chart-drawn]");
        await chart.Locator("svg").First.WaitForAsync();
        return chart;
    }

    public async Task<string> ChartTextAsync(string name) => await (await ChartAsync(name)).Locator("svg").First.TextContentAsync() ?? "";

    /// <summary>Ticks a year in the 年度 multi-select.</summary>
    public async Task ToggleYearAsync(int year)
    {
        var had = new Regex($"[?&]year={year}(&|$)").IsMatch(page.Url);
        await page.Locator("[data-testid=years]").Locator("xpath=ancestor::div[contains(@class,'mud-select')][1]").ClickAsync();
        var item = page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasTextRegex = new Regex($"^\\s*{year}\\s*$") });
        await item.WaitForAsync();
        await page.Locator(".mud-popover-open").EvaluateAsync("e => Promise.all(e.getAnimations({ subtree: true }).map(a => a.finished))"); // opened, not mid-transition
        await item.ClickAsync();
        // The tick is done when the URL says so; only then close the list (Escape before the server has handled the
        // click could drop it). A click the page did not register at all is clicked once more.
        if (!await UrlTogglesAsync(year, had, 5_000))
        {
            await item.ClickAsync();
            await UrlTogglesAsync(year, had, 15_000);
        }
        await page.Keyboard.PressAsync("Escape");
        // Closed for good: an open list's overlay would take the next click on the page.
        await page.Locator(".mud-popover-open").WaitForAsync(new() { State = WaitForSelectorState.Detached });
        await page.Locator(".mud-overlay").WaitForAsync(new() { State = WaitForSelectorState.Detached });
    }

    private async Task<bool> UrlTogglesAsync(int year, bool had, float timeout)
    {
        try
        {
            await page.WaitForFunctionAsync("([y, had]) => new URLSearchParams(location.search).getAll('year').includes(String(y)) !== had",
                new object[] { year, had }, new() { Timeout = timeout });
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    /// <summary>Chooses a theme; done when the URL carries it (a click lost to a re-render is made once more).</summary>
    public async Task ChooseThemeAsync(string label)
    {
        var button = page.Locator("[data-testid=theme]").GetByText(label, new() { Exact = true });
        var before = page.Url;
        await button.ClickAsync();
        if (await UrlChangesAsync(before, 5_000)) return;
        await button.ClickAsync();
        await UrlChangesAsync(before, 15_000);
    }

    private async Task<bool> UrlChangesAsync(string before, float timeout)
    {
        try
        {
            await page.WaitForFunctionAsync("b => location.href !== b", before, new() { Timeout = timeout });
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    /// <summary>Clicks the first drawn bar of a chart.</summary>
    public async Task ClickFirstBarAsync(string chart) =>
        await (await ChartAsync(chart)).Locator("path.apexcharts-bar-area").First.ClickAsync();

    public async Task UploadAsync(string file) => await page.Locator("input[type=file]").Last.SetInputFilesAsync(file);

    public async Task ScreenshotAsync(string name) =>
        await page.ScreenshotAsync(new() { Path = Path.Combine(host.Screenshots, $"{name}.png"), FullPage = true });
}

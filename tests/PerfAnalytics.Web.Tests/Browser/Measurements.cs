using System.Diagnostics;
using System.Globalization;
using Xunit.Abstractions;

namespace PerfAnalytics.Web.Tests.Browser;

/// <summary>Figures for docs/dashboard.md, printed and written to screenshots/measurements.txt; never asserted.</summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Measurement")]
public class Measurements(BrowserHost host, ITestOutputHelper output)
{
    private void Print(string line)
    {
        output.WriteLine(line);
        File.AppendAllText(Path.Combine(host.Screenshots, "measurements.txt"), $"{DateTime.UtcNow:O} {line}\n");
    }

    [BrowserFact]
    public async Task MeasureTimeToFirstChartOnCompare()
    {
        var page = await host.NewPageAsync();
        var ui = new DashboardPages(page, host);
        await ui.OpenCompareAsync(); // warm: JIT, first circuit, library download
        var runs = new List<(double Wall, double Browser)>();
        for (var i = 0; i < 5; i++)
        {
            var clock = Stopwatch.StartNew();
            await page.GotoAsync(host.BaseUrl + "/compare");
            await page.Locator("[data-chart-drawn]").First.WaitForAsync();
            var wall = clock.Elapsed.TotalMilliseconds;
            var drawn = await page.EvaluateAsync<double>(
                "() => Math.min(...[...document.querySelectorAll('[data-chart-drawn]')].map(e => Number(e.dataset.chartDrawn)))");
            runs.Add((wall, drawn));
        }
        var median = runs.OrderBy(r => r.Browser).ElementAt(runs.Count / 2);
        Print(string.Create(CultureInfo.InvariantCulture,
            $"对比 first chart drawn: median {median.Browser:0} ms after navigation start (browser clock), {median.Wall:0} ms wall; runs {string.Join(", ", runs.Select(r => $"{r.Browser:0}"))} ms"));
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task MeasureServerMemoryPerOpenCircuit()
    {
        const int circuits = 50;
        var (heapBefore, setBefore) = Memory();
        var pages = new List<Microsoft.Playwright.IPage>();
        for (var i = 0; i < circuits; i++)
        {
            var page = await host.NewPageAsync();
            await page.GotoAsync(host.BaseUrl + "/compare");
            await page.Locator("[data-chart-drawn]").First.WaitForAsync(new() { Timeout = 60_000 });
            pages.Add(page);
        }
        var (heapAfter, setAfter) = Memory();
        Print(string.Create(CultureInfo.InvariantCulture,
            $"{circuits} open circuits on 对比: GC heap {heapBefore / 1048576.0:0.0} → {heapAfter / 1048576.0:0.0} MB " +
            $"({(heapAfter - heapBefore) / 1024.0 / circuits:0} KB per circuit); working set {setBefore / 1048576.0:0} → {setAfter / 1048576.0:0} MB " +
            $"({(setAfter - setBefore) / 1024.0 / circuits:0} KB per circuit; includes the Playwright client)"));
        foreach (var page in pages) await page.Context.CloseAsync();
    }

    private static (long Heap, long WorkingSet) Memory()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        using var process = Process.GetCurrentProcess();
        return (GC.GetTotalMemory(forceFullCollection: true), process.WorkingSet64);
    }
}

using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.Extensions.DependencyInjection;
using PerfAnalytics.Data;
using PerfAnalytics.Data.Ingest;

namespace PerfAnalytics.Web.Tests.Pages;

/// <summary>The pages over HTTP, prerendered on the server from the seed warehouse.</summary>
public class PageTests(PageTests.Host host) : IClassFixture<PageTests.Host>
{
    public sealed class Host : DashboardFactory
    {
        public Warehouse Warehouse => Services.GetRequiredService<Warehouse>();
    }

    private readonly HttpClient _client = host.CreateClient();

    [Fact]
    public async Task OverviewShowsEveryPlaceYearAndKindOfTheSeeds()
    {
        var html = await _client.GetDecodedAsync("/");

        Assert.Contains("总览", html);
        foreach (var place in new[] { "湛江市", "临湘市", "广州市海珠区" }) Assert.Contains(place, html);
        foreach (var year in new[] { "2020", "2023", "2024" }) Assert.Contains($"data-year=\"{year}\"", html);
        Assert.Contains("绩效目标表", html);
        Assert.Contains("自评基础数据表", html);
    }

    [Fact]
    public async Task CompareShowsTheSeedFiguresOfTheChosenPlacesAndTheComputedExecutionRate()
    {
        var html = await _client.GetDecodedAsync("/compare?place=湛江市&place=临湘市&year=2024&theme=spending");

        Assert.Contains("1,114.15", html);   // 湛江市 2024 budget
        Assert.Contains("988.71", html);     // 湛江市 2024 spending
        Assert.Contains("88.74", html);      // 988.71 ÷ 1114.15
        Assert.Contains("215.13", html);     // 临湘市 2024 spending
        Assert.DoesNotContain("广州市海珠区 2023", html);
    }

    [Fact]
    public async Task CompareShowsMissingFiguresAsMissingWithTheReasonNeverAsZero()
    {
        var html = await _client.GetDecodedAsync("/compare?place=湛江市&year=2022&year=2023&theme=spending");
        var document = new HtmlParser().ParseDocument(html);
        string[] Cells(string metric) => [.. document.QuerySelectorAll($"td[data-metric='{metric}']").Select(td => System.Text.RegularExpressions.Regex.Replace(td.TextContent, @"\s+", " ").Trim())];

        // Columns: 湛江市 2022 (no document), 湛江市 2023 (a target table).
        Assert.Equal(["— 无该年度文件", "1,133.49"], Cells("budget_total"));
        Assert.Equal(["— 无该年度文件", "— 目标/预算文件，无实际数"], Cells("expenditure_total"));
        Assert.Equal(["— 无该年度文件", "— 目标/预算文件，无实际数"], Cells("ExecutionRateComputed"));
        Assert.Equal(["— 无该年度文件", "776.8"], Cells("budget_basic"));
    }

    [Fact]
    public async Task ComparePetitionsShowsChannelsAndPerPostFigures()
    {
        var html = await _client.GetDecodedAsync("/compare?theme=petitions");

        Assert.Contains("4,935", html);   // 海珠区 online
        Assert.Contains("572", html);     // 临湘市 batches
        Assert.Contains("47.67", html);   // 临湘市 572 batches ÷ 12 posts
    }

    [Fact]
    public async Task CompareScoresShowGradeBandsAndTheReportedGrade()
    {
        var html = await _client.GetDecodedAsync("/compare?theme=scores&year=2024");

        Assert.Contains("100.8", html);
        Assert.Contains("98.5", html);
        Assert.Contains("自评等级（报告所述）", html);
        Assert.Contains("得分所在等级区间", html);
    }

    [Fact]
    public async Task AReportPageHighlightsTheChosenFigureInItsSourceText()
    {
        var id = await host.Warehouse.ReportIdAsync("湛江市", 2024);

        var html = await _client.GetDecodedAsync($"/reports/{id}?metric=budget_total");

        Assert.Matches("<mark class=\"fact selected\"[^>]*data-metric=\"budget_total\"[^>]*>[^<]*1114\\.15", html);
        Assert.Contains("<mark class=\"fact\"", html);
    }

    [Fact]
    public async Task AReportPageEncodesTheDocumentTextInsteadOfTurningItIntoMarkup()
    {
        var text = "湛江市信访局2024年度部门整体支出绩效自评报告\n<script>alert('x')</script> 年度预算数1114.15万元。\n";
        var outcome = await new Ingestor(host.Warehouse, "test").IngestAsync(System.Text.Encoding.UTF8.GetBytes(text), "markup.txt");
        Assert.NotNull(outcome.ReportId);

        var raw = await (await _client.GetAsync($"/reports/{outcome.ReportId}")).Content.ReadAsStringAsync();

        Assert.DoesNotContain("<script>alert", raw);
        Assert.Contains("&lt;script&gt;", raw);
    }

    [Fact]
    public async Task FindingsFilterBySeverityAndPlace()
    {
        var all = await _client.GetDecodedAsync("/findings");
        var errors = await _client.GetDecodedAsync("/findings?severity=error&place=湛江市");

        Assert.Contains("临湘市", all);
        Assert.Contains("结余与收支不符", all);
        Assert.Contains("得分超过满分", errors);
        Assert.DoesNotContain("<td class=\"mud-table-cell\">临湘市</td>", errors);
        Assert.DoesNotContain(">警告<", errors);
    }

    [Fact]
    public async Task TheCultureCookieSwitchesTheInterfaceToEnglish()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/compare");
        request.Headers.Add("Cookie", ".AspNetCore.Culture=c%3Den%7Cuic%3Den");

        var html = WebUtility.HtmlDecode(await (await _client.SendAsync(request)).Content.ReadAsStringAsync());

        Assert.Contains("Compare", html);
        Assert.Contains("Spending", html);
        Assert.DoesNotContain(">对比<", html);
    }

    [Fact]
    public async Task TheLanguageSwitchSetsTheCookieAndOnlyRedirectsWithinTheSite()
    {
        var client = host.CreateClient(new() { AllowAutoRedirect = false });

        var ok = await client.GetAsync("/culture?name=en&redirect=%2Fcompare%3Ftheme%3Dscores");
        var evil = await client.GetAsync("/culture?name=en&redirect=%2F%2Fevil.example");

        Assert.Equal("/compare?theme=scores", ok.Headers.Location?.OriginalString);
        Assert.Contains(ok.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Culture=c%3Den%7Cuic%3Den"));
        Assert.Equal("/", evil.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("/compare?place=湛江市&year=2024&theme=petitions", "export-csv", "text/csv")]
    [InlineData("/trend?place=临湘市&theme=scores", "export-xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")]
    [InlineData("/findings?severity=warning", "export-csv", "text/csv")]
    public async Task ExportButtonsDownloadTheViewWithItsFilters(string page, string button, string contentType)
    {
        var document = new HtmlParser().ParseDocument(await _client.GetDecodedAsync(page));
        var href = document.QuerySelector($"a[data-testid={button}]")?.GetAttribute("href");
        Assert.NotNull(href);
        Assert.True(document.QuerySelector($"a[data-testid={button}]")!.HasAttribute("download"));

        var file = await _client.GetAsync(href);

        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.StartsWith(contentType, file.Content.Headers.ContentType!.ToString());
        Assert.True((await file.Content.ReadAsByteArrayAsync()).Length > 100);
        if (page.Contains("place=")) Assert.Contains(Uri.EscapeDataString(page.Contains("临湘市") ? "临湘市" : "湛江市"), href);
    }

    [Fact]
    public async Task EveryPageAnswers()
    {
        foreach (var url in new[] { "/", "/compare", "/trend", "/reports", "/findings", "/import", "/trend?place=湛江市&theme=petitions" })
            Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync(url)).StatusCode);
    }
}

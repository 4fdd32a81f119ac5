using System.Globalization;
using System.Net;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using PerfAnalytics.Data.Exports;
using PerfAnalytics.Data.Queries;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using PerfAnalytics.Data.Comparison;
using PerfAnalytics.Web.Tests.Pages;

namespace PerfAnalytics.Web.Tests.Exports;

/// <summary>The download endpoint (/export/{view}) over the seed warehouse: the file holds the page's table.</summary>
public class ExportEndpointTests(PageTests.Host host) : IClassFixture<PageTests.Host>
{
    private readonly HttpClient _client = host.CreateClient();

    [Fact]
    public async Task CompareDownloadHoldsEveryFigureOfThePageTableAndTheExcerptOfEachStatedOne()
    {
        string[] places = ["湛江市", "临湘市"];
        var response = await _client.GetAsync(ExportLinks.Compare(places, [2023, 2024], ExportThemes.Spending, ExportFormat.Xlsx));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(XlsxExporter.ContentType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("对比_支出结构_2023-2024.xlsx", response.Content.Headers.ContentDisposition?.FileNameStar);

        var page = await ThemeTable.LoadAsync(host.Warehouse, Theme.Spending, places, [2023, 2024]);
        var sheets = Read(await response.Content.ReadAsByteArrayAsync());
        var table = sheets["对比"];
        Assert.Equal(page.Columns.Count, table.Count - 2);
        var (figures, empty) = (0, 0);
        for (var i = 0; i < page.Columns.Count; i++)
        {
            var row = table[i + 3];
            Assert.Equal(page.Columns[i].Place, row.GetValueOrDefault(0));
            for (var r = 0; r < page.Rows.Count; r++)
            {
                var shown = page.Rows[r].Values[i];
                var cell = row.GetValueOrDefault(4 + r);
                Assert.Equal(shown, cell is null ? null : decimal.Parse(cell, NumberStyles.Float, CultureInfo.InvariantCulture));
                if (shown is null) empty++; else figures++;
            }
        }
        Assert.True(figures > 0 && empty > 0);

        var facts = await MetricMatrix.RunAsync(host.Warehouse, places, [2023, 2024], page.Rows.Select(r => r.TraceMetric).Distinct().ToList());
        var sources = sheets["来源"].Values.Skip(2).Where(s => s.GetValueOrDefault(10) == "抽取").ToList();
        Assert.NotEmpty(sources);
        foreach (var s in sources)
        {
            var fact = facts.Single(f => f.ReportId == long.Parse(s[2], CultureInfo.InvariantCulture) && f.Excerpt == s[8]);
            Assert.Equal(fact.Value, decimal.Parse(s[6], NumberStyles.Float, CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public async Task CsvDownloadIsUtf8WithBomAndStartsWithTheHeader()
    {
        var response = await _client.GetAsync(ExportLinks.Compare(["临湘市"], [2024], ExportThemes.Petitions, ExportFormat.Csv));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        Assert.StartsWith("地区,年度,文件类型,报告编号,", Encoding.UTF8.GetString(bytes[3..]));
        Assert.Equal("对比_信访量_2024.csv", response.Content.Headers.ContentDisposition?.FileNameStar);
    }

    [Fact]
    public async Task AnUnknownThemeIsRefusedWithAMessageForStaff()
    {
        var response = await _client.GetAsync("/export/compare?theme=budget&format=xlsx");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("主题“budget”无法识别", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task TheCliExportOfCompareAndTrendIsTheFileTheWebDownloadsForTheSameSelection()
    {
        string[] places = ["湛江市", "临湘市"];
        int[] years = [2023, 2024];
        foreach (var theme in ExportThemes.All)
            foreach (var (view, chosen) in new[] { ("compare", places), ("trend", places[..1]) })
            {
                string Link(ExportFormat f) => view == "compare" ? ExportLinks.Compare(chosen, years, theme, f) : ExportLinks.Trend(chosen[0], years, theme, f);
                var web = await _client.GetAsync(Link(ExportFormat.Csv));
                Assert.Equal(HttpStatusCode.OK, web.StatusCode);
                // ExportViews is what `perfanalytics export` writes (the Data tests check the CLI's file against it).
                var cli = await ExportViews.BuildAsync(host.Warehouse, view, chosen, years, theme.Code);
                Assert.Equal(await web.Content.ReadAsByteArrayAsync(), Write(cli, ExportFormat.Csv));
                Assert.Equal(web.Content.Headers.ContentDisposition?.FileNameStar, Exporter.FileName(cli, ExportFormat.Csv));

                var webXlsx = Read(await (await _client.GetAsync(Link(ExportFormat.Xlsx))).Content.ReadAsByteArrayAsync());
                var cliXlsx = Read(Write(cli, ExportFormat.Xlsx));
                Assert.Equal(webXlsx.Keys, cliXlsx.Keys);
                foreach (var (sheet, rows) in webXlsx)
                    Assert.Equal(rows.Select(r => (r.Key, string.Join('|', r.Value.OrderBy(c => c.Key).Select(c => $"{c.Key}={c.Value}")))),
                        cliXlsx[sheet].Select(r => (r.Key, string.Join('|', r.Value.OrderBy(c => c.Key).Select(c => $"{c.Key}={c.Value}")))));
                Assert.True(cliXlsx["来源"].Count > 2, $"{view} {theme.Code}: the 来源 sheet lists the figures");
            }
    }

    [Fact]
    public void TheChineseLabelsOfExportsAreThePagesChineseResources()
    {
        var localizer = host.Services.GetRequiredService<IStringLocalizer<SharedResource>>();
        var culture = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");
        try
        {
            Assert.NotEmpty(ThemeLabels.Keys);
            foreach (var key in ThemeLabels.Keys)
            {
                var shown = localizer[key];
                Assert.False(shown.ResourceNotFound, $"{key} is missing from SharedResource.resx");
                Assert.Equal(shown.Value, ThemeLabels.Zh(key));
            }
        }
        finally
        {
            CultureInfo.CurrentUICulture = culture;
        }
    }

    private static byte[] Write(ExportTable table, ExportFormat format)
    {
        using var ms = new MemoryStream();
        Exporter.Write(table, format, ms);
        return ms.ToArray();
    }

    /// <summary>Every sheet as rows (1-based) of cells (0-based column → text of the value).</summary>
    private static Dictionary<string, SortedDictionary<int, Dictionary<int, string>>> Read(byte[] xlsx)
    {
        using var doc = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        var result = new Dictionary<string, SortedDictionary<int, Dictionary<int, string>>>();
        foreach (var sheet in doc.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>())
        {
            var rows = new SortedDictionary<int, Dictionary<int, string>>();
            foreach (var cell in ((WorksheetPart)doc.WorkbookPart.GetPartById(sheet.Id!)).Worksheet.Descendants<Cell>())
            {
                var reference = cell.CellReference!.Value!;
                var letters = new string([.. reference.TakeWhile(char.IsLetter)]);
                var column = letters.Aggregate(0, (n, c) => n * 26 + c - 'A' + 1) - 1;
                var row = int.Parse(reference[letters.Length..], CultureInfo.InvariantCulture);
                if (!rows.TryGetValue(row, out var cells)) rows[row] = cells = [];
                cells[column] = cell.DataType?.Value == CellValues.InlineString ? cell.InlineString!.InnerText : cell.CellValue!.Text;
            }
            result[sheet.Name!.Value!] = rows;
        }
        return result;
    }
}

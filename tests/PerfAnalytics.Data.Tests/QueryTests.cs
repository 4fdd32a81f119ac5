using PerfAnalytics.Data.Ingest;
using PerfAnalytics.Data.Queries;

namespace PerfAnalytics.Data.Tests;

/// <summary>
/// The dashboard's queries over the five seeds as a careful reader reads them (expected.json): each query must give
/// back those figures, with missing ones missing. Written once, run per engine.
/// </summary>
public abstract class QueryTests<TEngine> : IAsyncLifetime where TEngine : IWarehouseEngine, new()
{
    private readonly TEngine engine = new();
    private Warehouse w = null!;
    private IReadOnlyDictionary<string, long> reportIds = null!;

    public async Task InitializeAsync()
    {
        w = engine.CreateEmpty();
        reportIds = await Seeds.IngestCarefulReadingsAsync(w);
    }

    public Task DisposeAsync()
    {
        engine.Dispose();
        return Task.CompletedTask;
    }

    private static ExpectedReport Seed(string jurisdiction, int year) =>
        Seeds.Expected.Single(e => e.Jurisdiction == jurisdiction && e.FiscalYear == year);

    private static decimal? Stated(ExpectedReport e, string code) => e.Metrics.TryGetValue(code, out var v) ? v : null;

    [EngineFact]
    public async Task MatrixGivesEveryStatedFigureWithItsReportExcerptAndOffsets()
    {
        string[] metrics = ["budget_total", "expenditure_total", "authorized_staff", "self_score", "petition_persons", "public_expenditure"];
        var cells = await MetricMatrix.RunAsync(w, ["湛江市", "临湘市"], [2020, 2023, 2024], metrics);

        var expected = Seeds.Expected.Where(e => e.Jurisdiction is "湛江市" or "临湘市")
            .SelectMany(e => e.Metrics.Where(m => metrics.Contains(m.Key)).Select(m => (e.Jurisdiction, e.FiscalYear!.Value, m.Key, m.Value, reportIds[e.File])))
            .OrderBy(x => x.Item1, StringComparer.Ordinal).ThenBy(x => x.Item2).ThenBy(x => x.Key, StringComparer.Ordinal);
        Assert.Equal(expected, cells.Select(c => ((string?)c.Jurisdiction, c.FiscalYear, c.MetricCode, c.Value, c.ReportId))
            .OrderBy(x => x.Item1, StringComparer.Ordinal).ThenBy(x => x.FiscalYear).ThenBy(x => x.MetricCode, StringComparer.Ordinal));

        foreach (var cell in cells.Where(c => c.Origin == "extracted"))
        {
            var page = (await ReportPage.RunAsync(w, cell.ReportId))!;
            Assert.Equal(cell.Excerpt, page.Header.Text[cell.Start!.Value..cell.End!.Value]);
        }
    }

    [EngineFact]
    public async Task MatrixLeavesAFigureAReportDoesNotStateMissing()
    {
        var e = Seed("湛江市", 2020);
        Assert.Null(Stated(e, "expenditure_total"));
        var cells = await MetricMatrix.RunAsync(w, ["湛江市"], [2020], ["expenditure_total", "petition_persons"]);
        var cell = Assert.Single(cells);
        Assert.Equal(("petition_persons", Stated(e, "petition_persons")), (cell.MetricCode, (decimal?)cell.Value));
    }

    [EngineFact]
    public async Task SpendingStructureGivesEachReportsMoneyAndNullForWhatItDoesNotState()
    {
        var rows = await SpendingStructure.RunAsync(w, new ReportFilter(["湛江市", "临湘市", "广州市海珠区"], [2023, 2024]));
        Assert.Equal(4, rows.Count);
        foreach (var row in rows)
        {
            var e = Seeds.Expected.Single(x => reportIds[x.File] == row.ReportId);
            Assert.Equal((e.Jurisdiction, e.FiscalYear, e.DocKind), (row.Jurisdiction, row.FiscalYear, row.DocKind));
            Assert.Equal(Stated(e, "budget_total"), row.BudgetTotal);
            Assert.Equal(Stated(e, "expenditure_total"), row.ExpenditureTotal);
            Assert.Equal(Stated(e, "basic_expenditure"), row.BasicExpenditure);
            Assert.Equal(Stated(e, "personnel_expenditure"), row.PersonnelExpenditure);
            Assert.Equal(Stated(e, "public_expenditure"), row.PublicExpenditure);
            Assert.Equal(Stated(e, "project_expenditure"), row.ProjectExpenditure);
            Assert.Equal(Stated(e, "three_public_expenditure"), row.ThreePublicExpenditure);
            Assert.Equal(Stated(e, "other_revenue"), row.OtherRevenue);
        }
        var zhanjiang = rows.Single(r => r.Jurisdiction == "湛江市" && r.FiscalYear == 2024);
        var z = Seed("湛江市", 2024);
        Assert.Equal(Math.Round(z.Metrics["personnel_expenditure"] * 100 / z.Metrics["expenditure_total"], 2), zhanjiang.ShareOfExpenditure(zhanjiang.PersonnelExpenditure));
        Assert.Null(rows.Single(r => r.DocKind == "target_table").ShareOfExpenditure(776.8m));
    }

    [EngineFact]
    public async Task PetitionChannelsGiveTheSeedCountsChannelsAndChanges()
    {
        var rows = await PetitionChannels.RunAsync(w, ReportFilter.All);
        foreach (var e in Seeds.Expected)
        {
            var row = rows.SingleOrDefault(r => r.ReportId == reportIds[e.File]);
            if (!e.Metrics.Keys.Any(k => k.StartsWith("petition_", StringComparison.Ordinal)))
            {
                Assert.Null(row);
                continue;
            }
            Assert.NotNull(row);
            Assert.Equal(
                (Stated(e, "petition_batches"), Stated(e, "petition_persons"), Stated(e, "petition_items"), Stated(e, "petition_letters"),
                 Stated(e, "petition_visits"), Stated(e, "petition_online"), Stated(e, "petition_replies"), Stated(e, "petition_yoy_change"),
                 Stated(e, "petition_batches_yoy_change"), Stated(e, "petition_persons_yoy_change")),
                (row.Batches, row.Persons, row.Items, row.Letters, row.Visits, row.Online, row.Replies, row.YoyChange, row.BatchesYoyChange, row.PersonsYoyChange));
        }
    }

    [EngineFact]
    public async Task ScoresGiveTheSelfScoresSubScoresAndGrades()
    {
        var rows = await Scores.RunAsync(w, ReportFilter.All);
        var withScores = Seeds.Expected.Where(e => e.SelfGrade is not null || e.Metrics.ContainsKey("self_score") || e.Metrics.ContainsKey("budget_execution_rate")).ToList();
        Assert.Equal(withScores.Select(e => reportIds[e.File]).Order(), rows.Select(r => r.ReportId).Order());
        foreach (var e in withScores)
        {
            var row = rows.Single(r => r.ReportId == reportIds[e.File]);
            Assert.Equal((e.SelfGrade, Stated(e, "self_score"), Stated(e, "score_duty_performance"), Stated(e, "score_management_efficiency"), Stated(e, "budget_execution_rate")),
                (row.SelfGrade, row.SelfScore, row.DutyPerformance, row.ManagementEfficiency, row.BudgetExecutionRate));
        }
    }

    [EngineFact]
    public async Task StaffRatiosDivideByAuthorisedPostsAndStayNullWhenAPartIsMissing()
    {
        var rows = await StaffRatios.RunAsync(w, ReportFilter.All);
        var z = Seed("湛江市", 2024);
        var zr = rows.Single(r => r.ReportId == reportIds[z.File]);
        Assert.Equal(Math.Round(z.Metrics["expenditure_total"] / z.Metrics["authorized_staff"], 2), zr.ExpenditurePerPost);
        Assert.Null(zr.PetitionPersonsPerPost); // 湛江 2024 states no petition count

        var l = Seed("临湘市", 2024);
        var lr = rows.Single(r => r.ReportId == reportIds[l.File]);
        Assert.Equal(Math.Round(l.Metrics["petition_persons"] / l.Metrics["authorized_staff"], 2), lr.PetitionPersonsPerPost);
        Assert.Equal(Math.Round(l.Metrics["petition_batches"] / l.Metrics["authorized_staff"], 2), lr.PetitionBatchesPerPost);

        var h = Seed("广州市海珠区", 2023); // spending and petitions stated, posts not
        var hr = rows.Single(r => r.ReportId == reportIds[h.File]);
        Assert.Equal((h.Metrics["petition_items"], (decimal?)null, (decimal?)null), (hr.PetitionItems!.Value, hr.AuthorizedStaff, hr.PetitionItemsPerPost));
    }

    [EngineFact]
    public async Task FindingsCanBeFilteredByPlaceYearSeverityAndCode()
    {
        var all = await Findings.RunAsync(w);
        Assert.Equal(Seeds.Expected.Sum(e => e.Findings.Count), all.Count);

        var z = Seed("湛江市", 2024);
        var zhanjiang2024 = await Findings.RunAsync(w, place: "湛江市", year: 2024);
        Assert.Equal(z.Findings, zhanjiang2024.Select(f => f.Message));
        Assert.All(zhanjiang2024, f => Assert.Equal(reportIds[z.File], f.ReportId));

        Assert.Equal(all.Count, (await Findings.RunAsync(w, severity: "warning", code: "reviewer_note")).Count);
        Assert.Empty(await Findings.RunAsync(w, severity: "error"));
        Assert.Empty(await Findings.RunAsync(w, place: "湛江市", year: 2019));
    }

    [EngineFact]
    public async Task ReportPageHasTheTextAndEveryFactTaskIndicatorAndFinding()
    {
        var e = Seed("湛江市", 2023);
        var page = await ReportPage.RunAsync(w, reportIds[e.File]);
        Assert.NotNull(page);
        Assert.Equal((e.Jurisdiction, e.Province, e.Agency, e.DocKind), (page.Header.Jurisdiction, page.Header.Province, page.Header.Agency, page.Header.DocKind));
        Assert.Equal(e.File, page.Header.FileName);
        Assert.Equal(e.Metrics.OrderBy(m => m.Key, StringComparer.Ordinal), page.Facts.Select(f => KeyValuePair.Create(f.MetricCode, f.Value)).OrderBy(m => m.Key, StringComparer.Ordinal));
        Assert.All(page.Facts.Where(f => f.Origin == "extracted"), f => Assert.Equal(f.Excerpt, page.Header.Text[f.Start!.Value..f.End!.Value]));
        Assert.Equal(e.Tasks.Select(t => (t.Name, t.Amount)), page.Tasks.Select(t => (t.Name, t.Amount)));
        Assert.Equal(e.Indicators.Select(i => (i.Level1, i.Name, i.Target)), page.Indicators.Select(i => (i.Level1, i.Name, i.Target)));
        Assert.Equal(e.Findings, page.Findings.Select(f => f.Message));
        Assert.Null(await ReportPage.RunAsync(w, 987654));
    }

    [EngineFact]
    public async Task CoverageListsWhichDocumentKindsEachPlaceHasForWhichYears()
    {
        var rows = await Coverage.RunAsync(w);
        Assert.Equal(
            Seeds.Expected.GroupBy(e => (e.Jurisdiction, e.FiscalYear, e.DocKind)).Select(g => (g.Key.Jurisdiction, g.Key.FiscalYear, g.Key.DocKind, g.Count())).Order(),
            rows.Select(r => (r.Jurisdiction, r.FiscalYear, r.DocKind, r.Reports)).Order());
    }

    [EngineFact]
    public async Task ReportListAndPlacesAndYearsShowWhatWasImported()
    {
        var list = await ReportList.RunAsync(w);
        Assert.Equal(reportIds.Values.OrderDescending(), list.Select(r => r.Id));
        Assert.All(list, r => Assert.Equal(Seeds.Expected.Single(e => e.File == r.FileName).Metrics.Count, r.Facts));
        Assert.Equal(2, (await ReportList.RunAsync(w, skip: 1, take: 2)).Count);

        var choices = await PlacesAndYears.RunAsync(w);
        Assert.Equal(Seeds.Expected.Select(e => e.Jurisdiction!).Distinct().Order(StringComparer.Ordinal), choices.Places.Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal(Seeds.Expected.Select(e => e.FiscalYear!.Value).Distinct().Order(), choices.Years);
        Assert.Equal(3, choices.Places.Single(p => p.Name == "湛江市").Reports);
    }
}

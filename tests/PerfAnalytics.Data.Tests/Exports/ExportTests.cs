using System.CommandLine;
using System.Text;
using PerfAnalytics.Cli;
using PerfAnalytics.Data.Comparison;
using PerfAnalytics.Data.Exports;
using PerfAnalytics.Data.Ingest;
using PerfAnalytics.Data.Queries;
using PerfAnalytics.Extraction;

namespace PerfAnalytics.Data.Tests.Exports;

/// <summary>
/// Exports of the seed warehouse, read back with the Open XML SDK and CsvHelper and compared cell by cell
/// with the warehouse queries. 对比 and 趋势 are the page's ThemeTable (one row per report, or per chosen place and
/// year without one), as the CLI writes them. Written once, run per engine.
/// </summary>
public abstract class ExportTests<TEngine> : IAsyncLifetime where TEngine : IWarehouseEngine, new()
{
    private readonly TEngine engine = new();
    private Warehouse w = null!;
    private IReadOnlyDictionary<string, long> reportIds = null!;

    /// <summary>The seed places, and one with no report at all.</summary>
    private static readonly string[] Places = ["湛江市", "临湘市", "广州市海珠区", "岳阳市"];
    private static readonly int[] Years = [2020, 2023, 2024];

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

    [EngineFact]
    public async Task ComparisonXlsxHoldsTheMatrixFiguresAsNumbersAndLeavesMissingFiguresEmpty()
    {
        foreach (var theme in ExportThemes.All)
        {
            var table = await Compare(Places, Years, theme);
            var sheet = ExportedFile.ReadXlsx(ExportedFile.Write(table, ExportFormat.Xlsx), "对比");
            await AssertHoldsMatrix(sheet, table, theme);
            foreach (var row in sheet.Body)
                for (var c = 0; c < table.Columns.Count; c++)
                    if (row[c].Number is not null)
                        Assert.Equal(XlsxStyles.FormatCode(table.Columns[c].Format), row[c].NumberFormat);
        }
    }

    [EngineFact]
    public async Task ComparisonCsvIsAPlainTableWithBomThatHoldsTheMatrixFigures()
    {
        foreach (var theme in ExportThemes.All)
        {
            var table = await Compare(Places, Years, theme);
            var bytes = ExportedFile.Write(table, ExportFormat.Csv);
            Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
            var firstLine = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n")[0];
            Assert.Equal(string.Join(',', table.Columns.Select(c => c.Header)), firstLine);
            await AssertHoldsMatrix(ExportedFile.ReadCsv(bytes), table, theme);
        }
    }

    private Task<ExportTable> Compare(IReadOnlyList<string> places, IReadOnlyList<int> years, ExportTheme theme) =>
        ExportViews.BuildAsync(w, "compare", places, years, theme.Code);

    /// <summary>
    /// Every row is a column of the page's table, and every chosen place and year has one. A stated line's cell equals the
    /// warehouse matrix figure of its report, or is empty when there is none; a computed line's cell is the page's figure.
    /// </summary>
    private async Task AssertHoldsMatrix(ReadSheet sheet, ExportTable table, ExportTheme theme)
    {
        var page = await ThemeTable.LoadAsync(w, ThemeTableExport.ParseTheme(theme.Code), Places, Years);
        var matrix = await MetricMatrix.RunAsync(w, Places, Years, [.. page.Rows.Select(r => r.TraceMetric).Distinct()]);
        Assert.Equal(table.Columns.Select(c => c.Header), sheet.Header);
        Assert.Equal(page.Columns.Count, sheet.Rows.Count);
        foreach (var place in Places)
            foreach (var year in Years)
                Assert.Contains(sheet.Body, r => r[0].Text == place && r[1].Number == year);
        var stated = page.Rows.Where(r => !r.IsComputed).ToList();
        var (filled, empty, computed) = (0, 0, 0);
        var body = sheet.Body.ToList();
        for (var i = 0; i < body.Count; i++)
        {
            var row = body[i];
            Assert.Equal((page.Columns[i].Place, (decimal?)page.Columns[i].Year), (row[0].Text, row[1].Number));
            var reportId = (long?)row[table.ColumnIndex("report_id")].Number;
            Assert.Equal(page.Columns[i].ReportId, reportId);
            foreach (var line in page.Rows)
            {
                var cell = row[table.ColumnIndex(line.Key)];
                if (line.IsComputed)
                {
                    Assert.Equal(line.Values[i], cell.Number);
                    if (cell.Number is not null) computed++;
                    continue;
                }
                var fact = reportId is { } id ? matrix.SingleOrDefault(m => m.ReportId == id && m.MetricCode == line.TraceMetric) : null;
                Assert.Equal(fact?.Value, cell.Number);
                if (fact is null) { Assert.True(cell.IsEmpty, $"{row[0].Text} {row[1].Number} {line.Key} should be empty"); empty++; }
                else filled++;
            }
        }
        Assert.True(filled > 0 && empty > 0, $"{theme.Code}: {filled} figures, {empty} empty cells");
        Assert.Equal(matrix.Count(m => stated.Any(l => l.TraceMetric == m.MetricCode)), filled);
        if (theme != ExportThemes.Scores) Assert.True(computed > 0, $"{theme.Code}: no computed figure");
    }

    [EngineFact]
    public async Task SourcesSheetListsEveryFigureWithTheExcerptReportAndOriginOfItsFact()
    {
        var table = await Compare(Places, Years, ExportThemes.Petitions);
        var lines = (await ThemeTable.LoadAsync(w, Theme.Petitions, Places, Years)).Rows;
        var xlsx = ExportedFile.Write(table, ExportFormat.Xlsx);
        Assert.Equal(["对比", "来源"], ExportedFile.SheetNames(xlsx));
        var figures = ExportedFile.ReadXlsx(xlsx, "对比").Body.Sum(r => table.Columns.Select((c, i) => (c, i))
            .Count(x => lines.Any(l => l.Key == x.c.Key) && r[x.i].Number is not null));
        var sources = ExportedFile.ReadXlsx(xlsx, "来源");
        Assert.Equal(SourceTable.Columns.Select(c => c.Header), sources.Header);
        Assert.Equal(figures, sources.Rows.Count);
        var computedNames = lines.Where(l => l.IsComputed).Select(l => ThemeLabels.Zh(l.Key)).ToList();
        Assert.Contains(sources.Body, r => computedNames.Contains(r[5].Text!));
        foreach (var row in sources.Body)
        {
            var page = (await ReportPage.RunAsync(w, (long)row[2].Number!.Value))!;
            if (computedNames.Contains(row[5].Text!))
            {
                // A computed figure: 推算, with the excerpt of the stated figure it is computed from.
                const string prefix = "由本表数字计算；依据：";
                Assert.Equal(Origins.Label(Origins.Derived), row[10].Text);
                Assert.StartsWith(prefix, row[8].Text);
                Assert.Contains(page.Facts, f => f.Excerpt == row[8].Text![prefix.Length..]);
                continue;
            }
            var fact = page.Facts.Single(f => f.NameZh == row[5].Text);
            Assert.Equal((IEnumerable<string?>)[page.Header.Jurisdiction, page.Header.FileName, DocKindLabels.Label(page.Header.DocKind), fact.Unit, fact.Excerpt, Origins.Label(fact.Origin)],
                (IEnumerable<string?>)[row[0].Text, row[3].Text, row[4].Text, row[7].Text, row[8].Text, row[10].Text]);
            Assert.Equal((page.Header.FiscalYear, fact.Value), ((int?)row[1].Number, row[6].Number));
            if (fact.Origin == Origins.Extracted)
            {
                var span = row[9].Text!.Split('-').Select(int.Parse).ToArray();
                Assert.Equal(fact.Excerpt, page.Header.Text[span[0]..span[1]]);
            }
        }
    }

    [EngineFact]
    public async Task XlsxWorkbookIsValidAgainstTheOpenXmlSchema()
    {
        foreach (var theme in ExportThemes.All)
        {
            var table = await Compare(Places, Years, theme);
            Assert.Empty(ExportedFile.SchemaErrors(ExportedFile.Write(table, ExportFormat.Xlsx)));
        }
    }

    [EngineFact]
    public async Task XlsxNamesTheSelectionInItsTitleRowAndFreezesTheHeader()
    {
        var table = await Compare(["湛江市", "临湘市"], [2023, 2024], ExportThemes.Spending);
        var sheet = ExportedFile.ReadXlsx(ExportedFile.Write(table, ExportFormat.Xlsx), "对比");
        Assert.True(sheet.HeaderFrozen);
        Assert.Equal("对比 · 支出结构 · 临湘市、湛江市 · 2023-2024年", sheet.Title); // places in the page's order
        Assert.Contains("实际支出（万元）", sheet.Header);
        Assert.Contains("预算执行率（报告所述，%）", sheet.Header);
        Assert.Contains("预算执行率（实际支出÷预算，%）", sheet.Header);
        Assert.Contains("每编制支出（万元/编制）", sheet.Header);
        Assert.Equal("对比_支出结构_2023-2024.xlsx", Exporter.FileName(table, ExportFormat.Xlsx));
        var petitions = (await Compare(["湛江市"], [2024], ExportThemes.Petitions)).Columns.Select(c => c.Header).ToList();
        Assert.Contains("信访总量（批次，批）", petitions);
        Assert.Contains("信访总量（人次）", petitions);
    }

    [EngineFact]
    public async Task ARowSaysWhenAPlaceHasNoReportForTheYearOrOnlyATargetTable()
    {
        var table = await Compare(["湛江市", "岳阳市"], [2023], ExportThemes.Spending);
        var sheet = ExportedFile.ReadCsv(ExportedFile.Write(table, ExportFormat.Csv));
        var note = table.ColumnIndex("note");
        var target = Seeds.Expected.Single(e => e.Jurisdiction == "湛江市" && e.FiscalYear == 2023);
        Assert.Equal(DocKinds.TargetTable, target.DocKind);
        Assert.Equal(2, sheet.Rows.Count);
        var planRow = sheet.Body.Single(r => r[0].Text == "湛江市");
        Assert.Equal(target.Metrics["budget_total"], planRow[table.ColumnIndex("budget_total")].Number);
        Assert.Equal("绩效目标表", planRow[table.ColumnIndex("doc_kind")].Text);
        Assert.Equal("目标/预算文件，无实际数", planRow[note].Text);
        var none = sheet.Body.Single(r => r[0].Text == "岳阳市");
        Assert.Equal("无该年度文件", none[note].Text);
        Assert.True(none[table.ColumnIndex("report_id")].IsEmpty);
        Assert.All(table.Columns.Where(c => c.Format != CellFormat.Text && c.Key != "year"), c => Assert.True(none[table.ColumnIndex(c.Key)].IsEmpty, c.Key));
    }

    [EngineFact]
    public async Task WhenATargetTableAndASelfEvaluationOfOneYearBothStateAFigureEachIsShownInItsOwnRowFromItsOwnReport()
    {
        // A variant: the 2023 target table of 湛江市, filed again for 2024 (other bytes, so not a duplicate).
        var plan = Seeds.Expected.Single(e => e.Jurisdiction == "湛江市" && e.DocKind == DocKinds.TargetTable);
        var actual = Seeds.Expected.Single(e => e.Jurisdiction == "湛江市" && e.FiscalYear == 2024);
        var reading = Seeds.CarefulReading(plan);
        var variant = reading with { File = "variant_target_2024.txt", Identity = reading.Identity with { FiscalYear = 2024 } };
        var planId = (await new Ingestor(w, "test").IngestExtractedAsync([.. Seeds.Bytes(plan.File), (byte)'\n'], variant)).ReportId!.Value;
        Assert.NotEqual(plan.Metrics["budget_total"], actual.Metrics["budget_total"]);

        var table = await Compare(["湛江市"], [2024], ExportThemes.Spending);
        var rows = table.Rows.ToList();
        Assert.Equal(2, rows.Count);
        var (budget, note, id) = (table.ColumnIndex("budget_total"), table.ColumnIndex("note"), table.ColumnIndex("report_id"));
        var selfEvaluation = rows.Single(r => r[id].Number == reportIds[actual.File]);
        Assert.Equal(actual.Metrics["budget_total"], selfEvaluation[budget].Number);
        Assert.Equal(reportIds[actual.File], selfEvaluation[budget].Source!.ReportId);
        Assert.Null(selfEvaluation[note].Text);
        var target = rows.Single(r => r[id].Number == planId);
        Assert.Equal(plan.Metrics["budget_total"], target[budget].Number);
        Assert.Equal(planId, target[budget].Source!.ReportId);
        Assert.Equal("目标/预算文件，无实际数", target[note].Text);
    }

    [EngineFact]
    public async Task CsvQuotesCommasQuotesAndLineBreaksAndDefusesFormulasButNotNegativeFigures()
    {
        // A variant of seed 000 whose first excerpt holds a formula, a comma, quotes and a line break.
        var seed = Seeds.Expected.Single(e => e.Jurisdiction == "湛江市" && e.FiscalYear == 2024);
        var reading = Seeds.CarefulReading(seed);
        const string tricky = "=HYPERLINK(\"x\"),湛江市\n\"信访\"";
        var facts = reading.Metrics.Select((f, i) => i == 0 ? f with { Excerpt = tricky } : f).ToList();
        var id = (await new Ingestor(w, "test").IngestExtractedAsync([.. Seeds.Bytes(seed.File), (byte)' '],
            reading with { File = "variant_tricky.txt", Metrics = facts })).ReportId!.Value;

        var table = (await ReportFactsTable.BuildAsync(w, id))!;
        var bytes = ExportedFile.Write(table, ExportFormat.Csv);
        var csv = ExportedFile.ReadCsv(bytes);
        var excerpt = table.ColumnIndex("excerpt");
        Assert.Contains(csv.Body, r => r[excerpt].Text == "'" + tricky);
        Assert.Contains("\"'=HYPERLINK(\"\"x\"\"),湛江市\n\"\"信访\"\"\"", Encoding.UTF8.GetString(bytes));

        var yoy = csv.Body.Single(r => r[0].Text == MetricCatalogue.Get("petition_yoy_change").NameZh);
        Assert.Equal(seed.Metrics["petition_yoy_change"], yoy[table.ColumnIndex("value")].Number);
        Assert.StartsWith("-", yoy[table.ColumnIndex("value")].Text);

        // In XLSX the same text is a text cell: it cannot run, so it is kept as written.
        var xlsx = ExportedFile.ReadXlsx(ExportedFile.Write(table, ExportFormat.Xlsx), "报告");
        Assert.Contains(xlsx.Body, r => r[excerpt].Text == tricky);
    }

    [EngineFact]
    public async Task ExportCommandWritesTheViewIntoTheOutFolderUnderANameThatSaysWhatAndWhen()
    {
        var root = new RootCommand();
        WarehouseCommands.Add(root);
        ExportCommands.Add(root);
        var dir = Directory.CreateTempSubdirectory("perfanalytics-export-cli-").FullName;
        try
        {
            var code = await root.Parse(["export", "--warehouse", w.ConnectionString, "--places", "湛江市,临湘市", "--years", "2023-2024",
                "--theme", "petitions", "--format", "csv", "--out", dir + Path.DirectorySeparatorChar]).InvokeAsync();
            Assert.Equal(0, code);
            var table = await Compare(["湛江市", "临湘市"], [2023, 2024], ExportThemes.Petitions);
            Assert.Equal(ExportedFile.Write(table, ExportFormat.Csv), File.ReadAllBytes(Path.Combine(dir, "对比_信访量_2023-2024.csv")));
            Assert.Equal(CsvOf(SourceTable.For(table)), File.ReadAllBytes(Path.Combine(dir, "对比_信访量_2023-2024_来源.csv")));

            var unknownTheme = await root.Parse(["export", "--warehouse", w.ConnectionString, "--places", "湛江市", "--years", "2024",
                "--theme", "budget", "--out", dir + Path.DirectorySeparatorChar]).InvokeAsync();
            Assert.Equal(2, unknownTheme);
            Assert.Equal(2, Directory.GetFiles(dir).Length);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static byte[] CsvOf(ExportTable table)
    {
        using var ms = new MemoryStream();
        CsvExporter.Write(table, ms);
        return ms.ToArray();
    }

    [EngineFact]
    public async Task ComparisonWithoutPlacesOrYearsCoversEveryPlaceAndYearOfTheWarehouse()
    {
        var all = await PlacesAndYears.RunAsync(w);
        var reports = await ReportList.RunAsync(w, 0, 10_000);
        var table = await ExportViews.BuildAsync(w, "compare", [], [], "scores");
        // As on the page: one row per report of the warehouse, so every place and year with a document.
        Assert.Equal(
            reports.Where(r => r.Jurisdiction is not null).OrderBy(r => r.Jurisdiction, StringComparer.Ordinal).ThenBy(r => r.FiscalYear).ThenBy(r => r.Id)
                .Select(r => (r.Jurisdiction!, (decimal?)r.FiscalYear, (decimal?)r.Id)),
            table.Rows.Select(r => (r[0].Text!, r[1].Number, r[table.ColumnIndex("report_id")].Number)));
        Assert.Equal(all.Places.Select(p => p.Name).Order(StringComparer.Ordinal), table.Rows.Select(r => r[0].Text!).Distinct());
        Assert.Equal(all.Years.Order(), table.Rows.Select(r => (int)r[1].Number!.Value).Distinct().Order());
        Assert.Equal(3, all.Places.Count);
    }

    [EngineFact]
    public async Task ReportFactsExportListsEveryFactOfTheReportPage()
    {
        var seed = Seeds.Expected.Single(e => e.Jurisdiction == "临湘市");
        var page = (await ReportPage.RunAsync(w, reportIds[seed.File]))!;
        var table = (await ReportFactsTable.BuildAsync(w, reportIds[seed.File]))!;
        var sheet = ExportedFile.ReadXlsx(ExportedFile.Write(table, ExportFormat.Xlsx), "报告");
        Assert.Equal(page.Facts.Select(f => (f.NameZh, (decimal?)f.Value, f.Unit, f.Excerpt)),
            sheet.Body.Select(r => (r[0].Text!, r[1].Number, r[2].Text!, r[6].Text)));
        Assert.Equal(seed.Metrics.Count, sheet.Rows.Count);
        Assert.StartsWith("报告_临湘市_2024_整体支出绩效自评报告_", Exporter.FileName(table, ExportFormat.Csv));
    }

    [EngineFact]
    public async Task FindingsExportHoldsTheFindingsThatPassTheFilters()
    {
        var all = await Findings.RunAsync(w);
        var filter = new FindingFilter(Place: "湛江市", Year: 2024);
        var filtered = await Findings.RunAsync(w, place: "湛江市", year: 2024);
        Assert.True(filtered.Count > 0 && filtered.Count < all.Count);
        var table = await FindingsTable.BuildAsync(w, filter);
        var sheet = ExportedFile.ReadCsv(ExportedFile.Write(table, ExportFormat.Csv));
        Assert.Equal(filtered.Select(f => (f.Jurisdiction, (decimal?)f.FiscalYear, f.Message)),
            sheet.Body.Select(r => (r[0].Text, r[1].Number, r[table.ColumnIndex("message")].Text ?? "")));
        Assert.Equal("问题_湛江市_2024.csv", Exporter.FileName(table, ExportFormat.Csv));
    }
}

public sealed class SqliteExportTests : ExportTests<SqliteEngine>;

[RequiresEnvironment(SqlServerEngine.Variable, "SQL Server tests need a connection string in PERFANALYTICS_TEST_SQLSERVER")]
public sealed class SqlServerExportTests : ExportTests<SqlServerEngine>;

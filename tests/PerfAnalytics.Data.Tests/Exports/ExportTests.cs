using System.CommandLine;
using System.Text;
using PerfAnalytics.Cli;
using PerfAnalytics.Data.Exports;
using PerfAnalytics.Data.Ingest;
using PerfAnalytics.Data.Queries;
using PerfAnalytics.Extraction;

namespace PerfAnalytics.Data.Tests.Exports;

/// <summary>
/// Exports of the seed warehouse, read back with the Open XML SDK and CsvHelper and compared cell by cell
/// with the warehouse queries. Written once, run per engine.
/// </summary>
public abstract class ExportTests<TEngine> : IAsyncLifetime where TEngine : IWarehouseEngine, new()
{
    private readonly TEngine engine = new();
    private Warehouse w = null!;
    private readonly Dictionary<string, long> reportIds = [];

    /// <summary>The seed places, and one with no report at all.</summary>
    private static readonly string[] Places = ["湛江市", "临湘市", "广州市海珠区", "岳阳市"];
    private static readonly int[] Years = [2020, 2023, 2024];

    public async Task InitializeAsync()
    {
        w = engine.CreateEmpty();
        WarehouseMigrator.Migrate(w);
        var ingestor = new Ingestor(w, "test");
        foreach (var e in Seeds.Expected)
            reportIds[e.File] = (await ingestor.IngestExtractedAsync(Seeds.Bytes(e.File), Seeds.CarefulReading(e))).ReportId!.Value;
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
            var table = await ComparisonTable.CompareAsync(w, Places, Years, theme);
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
            var table = await ComparisonTable.CompareAsync(w, Places, Years, theme);
            var bytes = ExportedFile.Write(table, ExportFormat.Csv);
            Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
            var firstLine = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n")[0];
            Assert.Equal(string.Join(',', table.Columns.Select(c => c.Header)), firstLine);
            await AssertHoldsMatrix(ExportedFile.ReadCsv(bytes), table, theme);
        }
    }

    /// <summary>Every metric cell equals the warehouse matrix figure of its place and year, or is empty when there is none.</summary>
    private async Task AssertHoldsMatrix(ReadSheet sheet, ExportTable table, ExportTheme theme)
    {
        var matrix = await MetricMatrix.RunAsync(w, Places, Years, theme.MetricCodes);
        Assert.Equal(table.Columns.Select(c => c.Header), sheet.Header);
        Assert.Equal(Places.Length * Years.Length, sheet.Rows.Count);
        var (filled, empty) = (0, 0);
        foreach (var row in sheet.Body)
        {
            var (place, year) = (row[0].Text, (int)row[1].Number!.Value);
            foreach (var code in theme.MetricCodes)
            {
                var cell = row[table.ColumnIndex(code)];
                var stated = matrix.SingleOrDefault(m => m.Jurisdiction == place && m.FiscalYear == year && m.MetricCode == code);
                Assert.Equal(stated?.Value, cell.Number);
                if (stated is null) { Assert.True(cell.IsEmpty, $"{place} {year} {code} should be empty"); empty++; }
                else filled++;
            }
        }
        Assert.True(filled > 0 && empty > 0, $"{theme.Code}: {filled} figures, {empty} empty cells");
        Assert.Equal(matrix.Count, filled);
    }

    [EngineFact]
    public async Task SourcesSheetListsEveryFigureWithTheExcerptReportAndOriginOfItsFact()
    {
        var table = await ComparisonTable.CompareAsync(w, Places, Years, ExportThemes.Petitions);
        var xlsx = ExportedFile.Write(table, ExportFormat.Xlsx);
        Assert.Equal(["对比", "来源"], ExportedFile.SheetNames(xlsx));
        var figures = ExportedFile.ReadXlsx(xlsx, "对比").Body.Sum(r => table.Columns.Select((c, i) => (c, i))
            .Count(x => ExportThemes.Petitions.MetricCodes.Contains(x.c.Key) && r[x.i].Number is not null));
        var sources = ExportedFile.ReadXlsx(xlsx, "来源");
        Assert.Equal(SourceTable.Columns.Select(c => c.Header), sources.Header);
        Assert.Equal(figures, sources.Rows.Count);
        foreach (var row in sources.Body)
        {
            var page = (await ReportPage.RunAsync(w, (long)row[2].Number!.Value))!;
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
            var table = await ComparisonTable.CompareAsync(w, Places, Years, theme);
            Assert.Empty(ExportedFile.SchemaErrors(ExportedFile.Write(table, ExportFormat.Xlsx)));
        }
    }

    [EngineFact]
    public async Task XlsxNamesTheSelectionInItsTitleRowAndFreezesTheHeader()
    {
        var table = await ComparisonTable.CompareAsync(w, ["湛江市", "临湘市"], [2023, 2024], ExportThemes.Spending);
        var sheet = ExportedFile.ReadXlsx(ExportedFile.Write(table, ExportFormat.Xlsx), "对比");
        Assert.True(sheet.HeaderFrozen);
        Assert.Equal("对比 · 支出结构 · 湛江市、临湘市 · 2023-2024年", sheet.Title);
        Assert.Contains("实际支出（万元）", sheet.Header);
        Assert.Contains("预算执行率（%）", sheet.Header);
        Assert.Equal("对比_支出结构_2023-2024.xlsx", Exporter.FileName(table, ExportFormat.Xlsx));
        var petitions = ComparisonTable.Columns(ExportThemes.Petitions).Select(c => c.Header).ToList();
        Assert.Contains("信访总量（批次，批）", petitions);
        Assert.Contains("信访总量（人次）", petitions);
    }

    [EngineFact]
    public async Task ARowSaysWhenAPlaceHasNoReportForTheYearOrOnlyATargetTable()
    {
        var table = await ComparisonTable.CompareAsync(w, ["湛江市", "岳阳市"], [2023], ExportThemes.Spending);
        var sheet = ExportedFile.ReadCsv(ExportedFile.Write(table, ExportFormat.Csv));
        var note = table.ColumnIndex(ComparisonTable.NoteKey);
        var target = Seeds.Expected.Single(e => e.Jurisdiction == "湛江市" && e.FiscalYear == 2023);
        Assert.Equal(DocKinds.TargetTable, target.DocKind);
        Assert.Equal(target.Metrics["budget_total"], sheet.Cell(0, table.ColumnIndex("budget_total")).Number);
        Assert.Contains("绩效目标表", sheet.Cell(0, note).Text);
        Assert.Equal("无该年度文件", sheet.Cell(1, note).Text);
        Assert.All(ExportThemes.Spending.MetricCodes, code => Assert.True(sheet.Cell(1, table.ColumnIndex(code)).IsEmpty));
    }

    [EngineFact]
    public async Task WhenATargetTableAndASelfEvaluationOfOneYearBothStateAFigureTheSelfEvaluationsIsShown()
    {
        // A variant: the 2023 target table of 湛江市, filed again for 2024 (other bytes, so not a duplicate).
        var plan = Seeds.Expected.Single(e => e.Jurisdiction == "湛江市" && e.DocKind == DocKinds.TargetTable);
        var actual = Seeds.Expected.Single(e => e.Jurisdiction == "湛江市" && e.FiscalYear == 2024);
        var reading = Seeds.CarefulReading(plan);
        var variant = reading with { File = "variant_target_2024.txt", Identity = reading.Identity with { FiscalYear = 2024 } };
        var planId = (await new Ingestor(w, "test").IngestExtractedAsync([.. Seeds.Bytes(plan.File), (byte)'\n'], variant)).ReportId!.Value;
        Assert.NotEqual(plan.Metrics["budget_total"], actual.Metrics["budget_total"]);

        var table = await ComparisonTable.CompareAsync(w, ["湛江市"], [2024], ExportThemes.Spending);
        var row = Assert.Single(table.Rows);
        var budget = row[table.ColumnIndex("budget_total")];
        Assert.Equal(actual.Metrics["budget_total"], budget.Number);
        Assert.Equal(reportIds[actual.File], budget.Source!.ReportId);
        Assert.NotEqual(planId, budget.Source.ReportId);
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
            var table = await ComparisonTable.CompareAsync(w, ["湛江市", "临湘市"], [2023, 2024], ExportThemes.Petitions);
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
        var table = await ExportViews.BuildAsync(w, "compare", [], [], "scores");
        Assert.Equal(
            all.Places.SelectMany(p => all.Years.Select(y => (p.Name, (decimal?)y))),
            table.Rows.Select(r => (r[0].Text!, r[1].Number)));
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

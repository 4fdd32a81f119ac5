using Dapper;
using PerfAnalytics.Data.Ingest;
using PerfAnalytics.Data.Queries;
using PerfAnalytics.Extraction;

namespace PerfAnalytics.Data.Tests;

/// <summary>Migrations, ingest, duplicates, faults, failures, corrections and re-extraction: written once, run per engine.</summary>
public abstract class WarehouseTests<TEngine> : IDisposable where TEngine : IWarehouseEngine, new()
{
    private readonly TEngine engine = new();

    public void Dispose()
    {
        engine.Dispose();
        GC.SuppressFinalize(this);
    }

    private Warehouse NewWarehouse()
    {
        var w = engine.CreateEmpty();
        WarehouseMigrator.Migrate(w);
        return w;
    }

    [EngineFact]
    public async Task MigratingCreatesTheSchemaAndWritesTheWholeMetricCatalogue()
    {
        var w = NewWarehouse();
        await using var c = await w.OpenAsync();
        var metrics = (await c.QueryAsync<(string Code, string Unit, string NameZh)>("SELECT code, unit, name_zh FROM metric ORDER BY code")).ToList();
        Assert.Equal(MetricCatalogue.All.Select(m => (m.Code, m.Unit, m.NameZh)).OrderBy(m => m.Code, StringComparer.Ordinal),
            metrics.OrderBy(m => m.Code, StringComparer.Ordinal));
        foreach (var table in new[] { "jurisdiction", "agency", "source_document", "report", "fact", "correction", "task", "indicator", "finding" })
            Assert.Equal(0, await Snapshot.CountAsync(w, table));
    }

    [EngineFact]
    public async Task MigratingAgainAppliesNothingAndKeepsTheData()
    {
        var w = NewWarehouse();
        await new Ingestor(w, "test").IngestExtractedAsync(Seeds.Bytes(Seeds.Expected[0].File), Seeds.CarefulReading(Seeds.Expected[0]));
        var before = await Snapshot.TakeAsync(w);
        Assert.Empty(WarehouseMigrator.Migrate(w));
        Assert.Equal(before, await Snapshot.TakeAsync(w));
    }

    [EngineFact]
    public async Task IngestingTheSeedsStoresWhatTheExtractorProduced()
    {
        var w = NewWarehouse();
        var ingestor = new Ingestor(w, "测试员");
        foreach (var path in Seeds.Files)
        {
            var bytes = await File.ReadAllBytesAsync(path);
            var extracted = ReportExtractor.Extract(bytes, Path.GetFileName(path));
            var outcome = await ingestor.IngestFileAsync(path);
            Assert.Equal(IngestStatus.Imported, outcome.Status);

            var page = await ReportPage.RunAsync(w, outcome.ReportId!.Value);
            Assert.NotNull(page);
            Assert.Equal(extracted.Text, page.Header.Text);
            Assert.Equal(extracted.Sha256, page.Header.Sha256);
            Assert.Equal("测试员", page.Header.ImportedBy);
            Assert.Equal(extracted.Identity.Jurisdiction, page.Header.Jurisdiction);
            Assert.Equal(extracted.Identity.FiscalYear, page.Header.FiscalYear);
            Assert.Equal(extracted.Identity.DocKind, page.Header.DocKind);
            Assert.Equal(extracted.Identity.SelfGrade, page.Header.SelfGrade);
            Assert.Equal(extracted.Identity.ReportDate?.ToDateTime(TimeOnly.MinValue), page.Header.ReportDate);
            Assert.Equal(
                extracted.Metrics.Select(f => (f.Code, f.Value, f.Unit, f.Excerpt, (int?)f.Start, (int?)f.End, f.Derived ? "derived" : "extracted")).OrderBy(f => f.Code),
                page.Facts.Select(f => (f.MetricCode, f.Value, f.Unit, f.Excerpt ?? "", f.Start, f.End, f.Origin)).OrderBy(f => f.MetricCode));
            Assert.Equal(extracted.Tasks.Select(t => (t.Name, t.Amount)), page.Tasks.Select(t => (t.Name, t.Amount)));
            Assert.Equal(extracted.Indicators.Select(i => (i.Name, i.Target, i.Actual)), page.Indicators.Select(i => (i.Name, i.Target, i.Actual)));
            Assert.Equal(extracted.Findings.Select(f => (f.Code, f.Severity, f.Message)), page.Findings.Select(f => (f.Code, f.Severity, f.Message)));
            await using var c = await w.OpenAsync();
            Assert.Equal(bytes, await c.ExecuteScalarAsync<byte[]>("SELECT content FROM source_document WHERE id = @id", new { id = outcome.SourceDocumentId }));
        }
        Assert.Equal(Seeds.Files.Count, await Snapshot.CountAsync(w, "report"));
    }

    [EngineFact]
    public async Task IngestedSeedsHoldTheFiguresACarefulReaderTakesOut()
    {
        var w = NewWarehouse();
        var ingestor = new Ingestor(w, "test");
        foreach (var path in Seeds.Files) await ingestor.IngestFileAsync(path);
        foreach (var e in Seeds.Expected)
        {
            var cells = await MetricMatrix.RunAsync(w, [e.Jurisdiction!], [e.FiscalYear!.Value], e.Metrics.Keys);
            var ofThisReport = cells.Where(c => c.DocKind == e.DocKind).ToList();
            Assert.Equal(e.Metrics.OrderBy(m => m.Key, StringComparer.Ordinal),
                ofThisReport.Select(c => KeyValuePair.Create(c.MetricCode, c.Value)).OrderBy(m => m.Key, StringComparer.Ordinal));
            var page = (await ReportPage.RunAsync(w, ofThisReport[0].ReportId))!;
            Assert.Equal((e.File, e.Province, e.AdminLevel, e.Agency, e.SelfGrade),
                (page.Header.FileName, page.Header.Province, page.Header.AdminLevel, page.Header.Agency, page.Header.SelfGrade));
        }
    }

    [EngineFact]
    public async Task IngestingTheSameBytesAgainIsReportedAsDuplicateAndChangesNothing()
    {
        var w = NewWarehouse();
        var ingestor = new Ingestor(w, "test");
        foreach (var path in Seeds.Files) await ingestor.IngestFileAsync(path);
        var before = await Snapshot.TakeAsync(w);

        foreach (var path in Seeds.Files)
        {
            // Same bytes under another name are still the same document.
            var again = await ingestor.IngestAsync(await File.ReadAllBytesAsync(path), "副本_" + Path.GetFileName(path));
            Assert.Equal(IngestStatus.Duplicate, again.Status);
        }
        var e = Seeds.Expected[2];
        Assert.Equal(IngestStatus.Duplicate, (await ingestor.IngestExtractedAsync(Seeds.Bytes(e.File), Seeds.CarefulReading(e))).Status);
        Assert.Equal(before, await Snapshot.TakeAsync(w));
    }

    [EngineFact]
    public async Task AFaultAtAnyPointOfIngestLeavesTheWarehouseExactlyAsItWas()
    {
        var w = NewWarehouse();
        await new Ingestor(w, "test").IngestExtractedAsync(Seeds.Bytes(Seeds.Expected[0].File), Seeds.CarefulReading(Seeds.Expected[0]));
        var before = await Snapshot.TakeAsync(w);
        var e = Seeds.Expected[1]; // the target table: facts, tasks, indicators and findings
        foreach (var point in new[] { "source_document", "report", "facts", "indicators", "findings" })
        {
            var faulty = new Ingestor(w, "test") { FaultPoint = p => { if (p == point) throw new InvalidOperationException("injected at " + p); } };
            var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => faulty.IngestExtractedAsync(Seeds.Bytes(e.File), Seeds.CarefulReading(e)));
            Assert.Equal("injected at " + point, ex.Message);
            Assert.Equal(before, await Snapshot.TakeAsync(w));
        }
        // And without the fault the same file goes in whole.
        var ok = await new Ingestor(w, "test").IngestExtractedAsync(Seeds.Bytes(e.File), Seeds.CarefulReading(e));
        Assert.Equal(IngestStatus.Imported, ok.Status);
        Assert.Equal(e.Tasks.Count, (await ReportPage.RunAsync(w, ok.ReportId!.Value))!.Tasks.Count);
    }

    [EngineFact]
    public async Task AFactRowTheDatabaseRefusesLeavesTheWarehouseExactlyAsItWas()
    {
        var w = NewWarehouse();
        var before = await Snapshot.TakeAsync(w);
        var e = Seeds.Expected[3];
        var reading = Seeds.CarefulReading(e);
        var bad = reading with { Metrics = [.. reading.Metrics, reading.Metrics[0] with { Code = "not_in_the_catalogue" }] };
        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => new Ingestor(w, "test").IngestExtractedAsync(Seeds.Bytes(e.File), bad));
        Assert.Equal(before, await Snapshot.TakeAsync(w));
    }

    [EngineFact]
    public async Task AFileThatCannotBeReadIsKeptWithItsErrorAndNoReport()
    {
        var w = NewWarehouse();
        // A damaged file: binary bytes that are no known format and no text.
        var bytes = Enumerable.Range(0, 4096).Select(i => (byte)(i * 7 % 256)).ToArray();
        var outcome = await new Ingestor(w, "test").IngestAsync(bytes, "报告.xyz");
        Assert.Equal(IngestStatus.Failed, outcome.Status);
        var expectedError = ReportExtractor.Extract(bytes, "报告.xyz").Error;
        Assert.NotNull(expectedError);
        Assert.Equal(expectedError, outcome.Message);

        var failed = Assert.Single(await ReportList.FailedAsync(w));
        Assert.Equal(("报告.xyz", expectedError), (failed.FileName, failed.Error));
        Assert.Equal(0, await Snapshot.CountAsync(w, "report"));
        Assert.Equal(0, await Snapshot.CountAsync(w, "fact"));
        await using var c = await w.OpenAsync();
        Assert.Equal(bytes, await c.ExecuteScalarAsync<byte[]>("SELECT content FROM source_document WHERE id = @id", new { id = failed.Id }));
        Assert.Equal(IngestStatus.Duplicate, (await new Ingestor(w, "test").IngestAsync(bytes, "报告.xyz")).Status);
    }

    [EngineFact]
    public async Task OnlyDocumentsWithoutAReportOrReadByAnotherExtractorBuildAreStale()
    {
        var w = NewWarehouse();
        var ingestor = new Ingestor(w, "test");
        var read = await ingestor.IngestFileAsync(Seeds.Files[0]);
        var failed = await ingestor.IngestAsync([.. Enumerable.Range(0, 512).Select(i => (byte)(i * 5 % 256))], "坏文件.bin");
        Assert.Equal([failed.SourceDocumentId!.Value], await ingestor.DocumentsToReextractAsync(all: false));
        Assert.Equal([read.SourceDocumentId!.Value, failed.SourceDocumentId.Value], await ingestor.DocumentsToReextractAsync(all: true));

        await using (var c = await w.OpenAsync())
            await c.ExecuteAsync("UPDATE report SET extractor_version = 'an older build' WHERE id = @id", new { id = read.ReportId });
        Assert.Equal([read.SourceDocumentId.Value, failed.SourceDocumentId.Value], await ingestor.DocumentsToReextractAsync(all: false));
    }

    [EngineFact]
    public async Task ACorrectionIsAuditedAndTheFactShowsOriginCorrected()
    {
        var w = NewWarehouse();
        var e = Seeds.Expected[0];
        var report = await new Ingestor(w, "test").IngestExtractedAsync(Seeds.Bytes(e.File), Seeds.CarefulReading(e));
        var fact = (await ReportPage.RunAsync(w, report.ReportId!.Value))!.Facts.Single(f => f.MetricCode == "personnel_expenditure");
        var started = DateTime.UtcNow.AddSeconds(-1);

        await new Corrections(w).SetValueAsync(fact.Id, 629.74m, "只取工资福利支出，核对原文", "张三");

        var page = (await ReportPage.RunAsync(w, report.ReportId.Value))!;
        var after = page.Facts.Single(f => f.Id == fact.Id);
        Assert.Equal((629.74m, "corrected", fact.Excerpt), (after.Value, after.Origin, after.Excerpt));
        var audit = Assert.Single(page.Corrections);
        Assert.Equal((fact.Id, "personnel_expenditure", (decimal?)e.Metrics["personnel_expenditure"], 629.74m, "只取工资福利支出，核对原文", "张三"),
            (audit.FactId, audit.MetricCode, audit.OldValue, audit.NewValue, audit.Reason, audit.CorrectedBy));
        Assert.InRange(audit.CorrectedAt, started, DateTime.UtcNow.AddSeconds(1));
        await Assert.ThrowsAsync<ArgumentException>(() => new Corrections(w).SetValueAsync(fact.Id, 1m, " ", "张三"));
    }

    [EngineFact]
    public async Task AddingAMissingFactIsAuditedWithNoOldValue()
    {
        var w = NewWarehouse();
        var e = Seeds.Expected[0];
        Assert.False(e.Metrics.ContainsKey("petition_items"));
        var report = await new Ingestor(w, "test").IngestExtractedAsync(Seeds.Bytes(e.File), Seeds.CarefulReading(e));

        var factId = await new Corrections(w).AddFactAsync(report.ReportId!.Value, "petition_items", 3090m, "原文第三段", "李四");

        var page = (await ReportPage.RunAsync(w, report.ReportId.Value))!;
        var fact = page.Facts.Single(f => f.Id == factId);
        Assert.Equal(("petition_items", 3090m, "件", "corrected"), (fact.MetricCode, fact.Value, fact.Unit, fact.Origin));
        var audit = Assert.Single(page.Corrections);
        Assert.Equal((factId, (decimal?)null, 3090m, "李四"), (audit.FactId, audit.OldValue, audit.NewValue, audit.CorrectedBy));
    }

    [EngineFact]
    public async Task CorrectionsSurviveReextractionAndOtherFactsBecomeTheExtractorsCurrentOutput()
    {
        var w = NewWarehouse();
        var e = Seeds.Expected[0];
        var reading = Seeds.CarefulReading(e);
        var report = await new Ingestor(w, "test").IngestExtractedAsync(Seeds.Bytes(e.File), reading);
        var reportId = report.ReportId!.Value;
        var budget = (await ReportPage.RunAsync(w, reportId))!.Facts.Single(f => f.MetricCode == "budget_total");
        var corrections = new Corrections(w);
        await corrections.SetValueAsync(budget.Id, 1115m, "复核", "张三");
        await corrections.AddFactAsync(reportId, "petition_items", 3090m, "补录", "李四");
        var auditBefore = (await ReportPage.RunAsync(w, reportId))!.Corrections;

        var again = await new Ingestor(w, "test").ReextractAsync(report.SourceDocumentId!.Value);

        Assert.Equal((IngestStatus.Reextracted, reportId), (again.Status, again.ReportId));
        var page = (await ReportPage.RunAsync(w, reportId))!;
        Assert.Equal(auditBefore, page.Corrections);
        Assert.Equal((1115m, "corrected"), page.Facts.Where(f => f.MetricCode == "budget_total").Select(f => (f.Value, f.Origin)).Single());
        Assert.Equal((3090m, "corrected"), page.Facts.Where(f => f.MetricCode == "petition_items").Select(f => (f.Value, f.Origin)).Single());
        var current = ReportExtractor.Extract(Seeds.Bytes(e.File), e.File);
        Assert.Equal(
            current.Metrics.Where(f => f.Code is not ("budget_total" or "petition_items")).Select(f => (f.Code, f.Value)).OrderBy(f => f.Code),
            page.Facts.Where(f => f.Origin != "corrected").Select(f => (f.MetricCode, f.Value)).OrderBy(f => f.MetricCode));
        Assert.Equal(current.Findings.Count, page.Findings.Count);
        Assert.Equal(Ingestor.ExtractorVersion, page.Header.ExtractorVersion);
    }
}

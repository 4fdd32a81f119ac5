using System.Data.Common;
using System.Reflection;
using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;
using Dapper;
using PerfAnalytics.Extraction;
using static PerfAnalytics.Data.Ingest.IngestSql;

namespace PerfAnalytics.Data.Ingest;

/// <summary>
/// A file becomes one source document and one report with its facts, tasks, indicators and findings, in one
/// transaction. The same bytes again change nothing; a file that fails extraction is kept with its error.
/// </summary>
public sealed class Ingestor(Warehouse warehouse, string user)
{
    private static readonly JsonSerializerOptions PartsJson = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The extractor build written on each report, so stale reports can be extracted again.</summary>
    public static string ExtractorVersion { get; } =
        typeof(ReportExtractor).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(ReportExtractor).Assembly.GetName().Version?.ToString() ?? "0";

    /// <summary>Tests only: called at named points inside the write transaction, to inject a fault.</summary>
    internal Action<string>? FaultPoint { get; init; }

    public async Task<IngestOutcome> IngestFileAsync(string path, CancellationToken ct = default)
    {
        var bytes = await File.ReadAllBytesAsync(path, ct);
        return await IngestAsync(bytes, Path.GetFileName(path), ct);
    }

    public async Task<IngestOutcome> IngestAsync(byte[] content, string fileName, CancellationToken ct = default)
    {
        var sha = Sha256(content);
        await using (var c = await warehouse.OpenAsync(ct))
        {
            var existing = await c.ExecuteScalarAsync<long?>(FindDocumentSql, new { sha });
            if (existing is not null)
                return new IngestOutcome(fileName, IngestStatus.Duplicate, existing, null, 0, "相同内容的文件已导入 (same SHA-256 already imported)");
        }
        return await IngestExtractedAsync(content, Extract(content, fileName), ct);
    }

    /// <summary>Writes an extraction result made elsewhere (the benchmark's generator, or a re-run of the extractor).</summary>
    public async Task<IngestOutcome> IngestExtractedAsync(byte[] content, ExtractionResult result, CancellationToken ct = default)
    {
        var sha = Sha256(content);
        await using var c = await warehouse.OpenAsync(ct);
        await using var tx = await c.BeginTransactionAsync(ct);
        var existing = await c.ExecuteScalarAsync<long?>(FindDocumentSql, new { sha }, tx);
        if (existing is not null)
            return new IngestOutcome(result.File, IngestStatus.Duplicate, existing, null, 0, "相同内容的文件已导入 (same SHA-256 already imported)");

        var documentId = await c.ExecuteScalarAsync<long>(InsertDocumentSql + warehouse.Dialect.SelectLastIdSql, new
        {
            sha, fileName = result.File, mediaType = result.MediaType, content, text = result.Text, error = result.Error,
            at = DateTime.UtcNow, user,
        }, tx);
        Fault("source_document");
        if (!result.Succeeded)
        {
            await tx.CommitAsync(ct);
            return new IngestOutcome(result.File, IngestStatus.Failed, documentId, null, 0, result.Error);
        }
        var reportId = await WriteReportAsync(c, tx, documentId, null, result);
        await tx.CommitAsync(ct);
        return new IngestOutcome(result.File, IngestStatus.Imported, documentId, reportId, result.Metrics.Count, null);
    }

    /// <summary>
    /// Runs the extractor again on a stored document: extracted and derived facts, tasks, indicators and findings
    /// are replaced; corrected facts keep the staff's value. A failing extraction changes nothing.
    /// </summary>
    public async Task<IngestOutcome> ReextractAsync(long sourceDocumentId, CancellationToken ct = default)
    {
        await using var c = await warehouse.OpenAsync(ct);
        var doc = await c.QuerySingleAsync<(string FileName, byte[] Content)>(LoadDocumentSql, new { documentId = sourceDocumentId });
        var result = Extract(doc.Content, doc.FileName);
        if (!result.Succeeded)
            return new IngestOutcome(doc.FileName, IngestStatus.Failed, sourceDocumentId, null, 0, result.Error);

        await using var tx = await c.BeginTransactionAsync(ct);
        await c.ExecuteAsync(UpdateDocumentTextSql, new { mediaType = result.MediaType, text = result.Text, error = (string?)null, documentId = sourceDocumentId }, tx);
        var reportId = await c.ExecuteScalarAsync<long?>(FindReportSql, new { documentId = sourceDocumentId }, tx);
        reportId = await WriteReportAsync(c, tx, sourceDocumentId, reportId, result);
        await tx.CommitAsync(ct);
        return new IngestOutcome(doc.FileName, IngestStatus.Reextracted, sourceDocumentId, reportId, result.Metrics.Count, null);
    }

    private const string StaleDocumentsSql = """
        SELECT d.id FROM source_document d LEFT JOIN report r ON r.source_document_id = d.id
        WHERE @all = 1 OR r.id IS NULL OR r.extractor_version <> @version
        ORDER BY d.id;
        """;

    /// <summary>Stored documents to extract again: those without a report or read by another extractor build (or all).</summary>
    public async Task<IReadOnlyList<long>> DocumentsToReextractAsync(bool all, CancellationToken ct = default)
    {
        await using var c = await warehouse.OpenAsync(ct);
        return [.. await c.QueryAsync<long>(StaleDocumentsSql, new { all, version = ExtractorVersion })];
    }

    private async Task<long> WriteReportAsync(DbConnection c, DbTransaction tx, long documentId, long? reportId, ExtractionResult r)
    {
        var id = r.Identity;
        var jurisdictionId = await JurisdictionAsync(c, tx, id);
        long? agencyId = null;
        if (id.Agency is not null)
            agencyId = await c.ExecuteScalarAsync<long?>(FindAgencySql, new { name = id.Agency }, tx)
                ?? await c.ExecuteScalarAsync<long>(InsertAgencySql + warehouse.Dialect.SelectLastIdSql, new { name = id.Agency, jurisdictionId }, tx);
        var report = new
        {
            documentId, agencyId, jurisdictionId, fiscalYear = id.FiscalYear, docKind = id.DocKind,
            reportDate = id.ReportDate?.ToDateTime(TimeOnly.MinValue), selfGrade = id.SelfGrade,
            version = ExtractorVersion, at = DateTime.UtcNow, reportId,
        };
        var corrected = new HashSet<string>();
        if (reportId is null)
            reportId = await c.ExecuteScalarAsync<long>(InsertReportSql + warehouse.Dialect.SelectLastIdSql, report, tx);
        else
        {
            await c.ExecuteAsync(UpdateReportSql, report, tx);
            corrected.UnionWith(await c.QueryAsync<string>(CorrectedCodesSql, new { reportId }, tx));
            await c.ExecuteAsync(DeleteUncorrectedFactsSql, new { reportId }, tx);
            await c.ExecuteAsync(DeleteReportListsSql, new { reportId }, tx);
        }
        Fault("report");

        var facts = r.Metrics.Select(f => new
        {
            ReportId = reportId, f.Code, f.Value, f.Unit, SourceValue = (decimal?)f.SourceValue, SourceUnit = (string?)f.SourceUnit,
            f.Excerpt, Start = (int?)f.Start, End = (int?)f.End, Origin = f.Derived ? "derived" : "extracted",
            Parts = f.Parts is null ? null : JsonSerializer.Serialize(f.Parts, PartsJson),
        }).ToList();
        await c.ExecuteAsync(InsertFactSql, facts.Where(f => !corrected.Contains(f.Code)), tx);
        await c.ExecuteAsync(RefreshCorrectedFactSql, facts.Where(f => corrected.Contains(f.Code)), tx);
        Fault("facts");
        await c.ExecuteAsync(InsertTaskSql, r.Tasks.Select((t, i) => new { ReportId = reportId, Ordinal = i, t.Name, t.Amount, t.Excerpt, t.Start, t.End }), tx);
        await c.ExecuteAsync(InsertIndicatorSql, r.Indicators.Select((x, i) => new
        {
            ReportId = reportId, Ordinal = i, x.Level1, x.Level2, x.Name, x.Target, x.Actual, x.TargetValue, x.TargetUnit,
            x.ActualValue, x.ActualUnit, Start = (int?)x.Start, End = (int?)x.End,
        }), tx);
        Fault("indicators");
        await c.ExecuteAsync(InsertFindingSql, r.Findings.Select((x, i) => new
        {
            ReportId = reportId, Ordinal = i, x.Code, x.Severity, x.Message, Metrics = string.Join(",", x.Metrics),
        }), tx);
        Fault("findings");
        return reportId.Value;
    }

    private async Task<long?> JurisdictionAsync(DbConnection c, DbTransaction tx, ReportIdentity id)
    {
        if (id.Jurisdiction is null) return null;
        var p = new { name = id.Jurisdiction, code = id.JurisdictionCode, province = id.Province, level = id.AdminLevel };
        var existing = await c.ExecuteScalarAsync<long?>(FindJurisdictionSql, p, tx);
        if (existing is null)
            return await c.ExecuteScalarAsync<long>(InsertJurisdictionSql + warehouse.Dialect.SelectLastIdSql, p, tx);
        await c.ExecuteAsync(FillJurisdictionSql, new { p.code, p.province, p.level, id = existing }, tx);
        return existing;
    }

    private void Fault(string point) => FaultPoint?.Invoke(point);

    private static ExtractionResult Extract(byte[] content, string fileName)
    {
        try
        {
            return ReportExtractor.Extract(content, fileName);
        }
        catch (Exception e)
        {
            // An extractor bug is an extraction failure of this file: keep the file and say why.
            return ReportExtractor.Failed(fileName, Sha256(content), "", "", $"抽取出错：{e.GetType().Name}: {e.Message}");
        }
    }

    public static string Sha256(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));
}

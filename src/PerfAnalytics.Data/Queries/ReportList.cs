using Dapper;

namespace PerfAnalytics.Data.Queries;

public sealed record ReportSummary
{
    public long Id { get; init; }
    public long SourceDocumentId { get; init; }
    public string FileName { get; init; } = "";
    public string? Jurisdiction { get; init; }
    public string? Province { get; init; }
    public string? Agency { get; init; }
    public int? FiscalYear { get; init; }
    public string? DocKind { get; init; }
    public DateTime? ReportDate { get; init; }
    public string? SelfGrade { get; init; }
    public int Facts { get; init; }
    public int Findings { get; init; }
    public DateTime ImportedAt { get; init; }
    public string ExtractorVersion { get; init; } = "";
}

/// <summary>A file that could not be read: kept with its error, no report.</summary>
public sealed record FailedDocument
{
    public long Id { get; init; }
    public string FileName { get; init; } = "";
    public string Sha256 { get; init; } = "";
    public string Error { get; init; } = "";
    public DateTime ImportedAt { get; init; }
    public string ImportedBy { get; init; } = "";
}

/// <summary>The reports in the warehouse, newest first, a page at a time; and the files that failed.</summary>
public static class ReportList
{
    /// <summary>The shared part; ordering and paging are in <see cref="SqlDialect.ReportListPageSql"/>.</summary>
    public const string SelectSql = """
        SELECT r.id AS Id, d.id AS SourceDocumentId, d.file_name AS FileName, j.name AS Jurisdiction, j.province AS Province,
               a.name AS Agency, r.fiscal_year AS FiscalYear, r.doc_kind AS DocKind, r.report_date AS ReportDate,
               r.self_grade AS SelfGrade,
               (SELECT COUNT(*) FROM fact f WHERE f.report_id = r.id) AS Facts,
               (SELECT COUNT(*) FROM finding fi WHERE fi.report_id = r.id) AS Findings,
               d.imported_at AS ImportedAt, r.extractor_version AS ExtractorVersion
        FROM report r
        JOIN source_document d ON d.id = r.source_document_id
        LEFT JOIN jurisdiction j ON j.id = r.jurisdiction_id
        LEFT JOIN agency a ON a.id = r.agency_id
        """;

    public static async Task<IReadOnlyList<ReportSummary>> RunAsync(Warehouse warehouse, int skip = 0, int take = 100, CancellationToken ct = default)
    {
        await using var c = await warehouse.OpenAsync(ct);
        return [.. await c.QueryAsync<ReportSummary>(warehouse.Dialect.ReportListPageSql, new { skip, take })];
    }

    public const string FailedSql = """
        SELECT id AS Id, file_name AS FileName, sha256 AS Sha256, error AS Error, imported_at AS ImportedAt, imported_by AS ImportedBy
        FROM source_document WHERE error IS NOT NULL ORDER BY id DESC;
        """;

    public static async Task<IReadOnlyList<FailedDocument>> FailedAsync(Warehouse warehouse, CancellationToken ct = default)
    {
        await using var c = await warehouse.OpenAsync(ct);
        return [.. await c.QueryAsync<FailedDocument>(FailedSql)];
    }
}

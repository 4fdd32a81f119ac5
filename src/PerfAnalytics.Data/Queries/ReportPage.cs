using Dapper;

namespace PerfAnalytics.Data.Queries;

public sealed record ReportHeader
{
    public long Id { get; init; }
    public long SourceDocumentId { get; init; }
    public string FileName { get; init; } = "";
    public string Sha256 { get; init; } = "";
    public string MediaType { get; init; } = "";
    public string Text { get; init; } = "";
    public DateTime ImportedAt { get; init; }
    public string ImportedBy { get; init; } = "";
    public string? Jurisdiction { get; init; }
    public string? JurisdictionCode { get; init; }
    public string? Province { get; init; }
    public string? AdminLevel { get; init; }
    public string? Agency { get; init; }
    public int? FiscalYear { get; init; }
    public string? DocKind { get; init; }
    public DateTime? ReportDate { get; init; }
    public string? SelfGrade { get; init; }
    public string ExtractorVersion { get; init; } = "";
}

/// <summary>A fact with its catalogue names and its place in the text ([Start, End) of <see cref="ReportHeader.Text"/>).</summary>
public sealed record ReportFact
{
    public long Id { get; init; }
    public string MetricCode { get; init; } = "";
    public string MetricGroup { get; init; } = "";
    public string NameZh { get; init; } = "";
    public decimal Value { get; init; }
    public string Unit { get; init; } = "";
    public decimal? SourceValue { get; init; }
    public string? SourceUnit { get; init; }
    public string? Excerpt { get; init; }
    public int? Start { get; init; }
    public int? End { get; init; }
    public string Origin { get; init; } = "";
    /// <summary>JSON array of {Start, End, Excerpt} for a figure added up from several places, else null.</summary>
    public string? Parts { get; init; }
}

public sealed record ReportTask
{
    public string Name { get; init; } = "";
    public decimal? Amount { get; init; }
    public string? Excerpt { get; init; }
    public int? Start { get; init; }
    public int? End { get; init; }
}

public sealed record ReportIndicator
{
    public string Level1 { get; init; } = "";
    public string Level2 { get; init; } = "";
    public string Name { get; init; } = "";
    public string? Target { get; init; }
    public string? Actual { get; init; }
    public decimal? TargetValue { get; init; }
    public string? TargetUnit { get; init; }
    public decimal? ActualValue { get; init; }
    public string? ActualUnit { get; init; }
    public int? Start { get; init; }
    public int? End { get; init; }
}

public sealed record ReportFinding
{
    public string Code { get; init; } = "";
    public string Severity { get; init; } = "";
    public string Message { get; init; } = "";
    public string Metrics { get; init; } = "";
}

public sealed record CorrectionRow
{
    public long Id { get; init; }
    public long FactId { get; init; }
    public string MetricCode { get; init; } = "";
    public decimal? OldValue { get; init; }
    public decimal NewValue { get; init; }
    public string Reason { get; init; } = "";
    public string CorrectedBy { get; init; } = "";
    public DateTime CorrectedAt { get; init; }
}

/// <summary>Everything about one report for its page.</summary>
public sealed record ReportDetail(
    ReportHeader Header,
    IReadOnlyList<ReportFact> Facts,
    IReadOnlyList<ReportTask> Tasks,
    IReadOnlyList<ReportIndicator> Indicators,
    IReadOnlyList<ReportFinding> Findings,
    IReadOnlyList<CorrectionRow> Corrections);

/// <summary>One report with its text, facts (excerpts and offsets), tasks, indicators, findings and corrections.</summary>
public static class ReportPage
{
    public const string Sql = """
        SELECT r.id AS Id, d.id AS SourceDocumentId, d.file_name AS FileName, d.sha256 AS Sha256, d.media_type AS MediaType,
               d.normalized_text AS Text, d.imported_at AS ImportedAt, d.imported_by AS ImportedBy,
               j.name AS Jurisdiction, j.code AS JurisdictionCode, j.province AS Province, j.admin_level AS AdminLevel,
               a.name AS Agency, r.fiscal_year AS FiscalYear, r.doc_kind AS DocKind, r.report_date AS ReportDate,
               r.self_grade AS SelfGrade, r.extractor_version AS ExtractorVersion
        FROM report r
        JOIN source_document d ON d.id = r.source_document_id
        LEFT JOIN jurisdiction j ON j.id = r.jurisdiction_id
        LEFT JOIN agency a ON a.id = r.agency_id
        WHERE r.id = @reportId;

        SELECT f.id AS Id, f.metric_code AS MetricCode, m.metric_group AS MetricGroup, m.name_zh AS NameZh, f.value AS Value,
               f.unit AS Unit, f.source_value AS SourceValue, f.source_unit AS SourceUnit, f.excerpt AS Excerpt,
               f.start_offset AS Start, f.end_offset AS "End", f.origin AS Origin, f.parts AS Parts
        FROM fact f JOIN metric m ON m.code = f.metric_code
        WHERE f.report_id = @reportId
        ORDER BY f.start_offset, f.metric_code;

        SELECT name AS Name, amount AS Amount, excerpt AS Excerpt, start_offset AS Start, end_offset AS "End"
        FROM task WHERE report_id = @reportId ORDER BY ordinal;

        SELECT level1 AS Level1, level2 AS Level2, name AS Name, target AS Target, actual AS Actual,
               target_value AS TargetValue, target_unit AS TargetUnit, actual_value AS ActualValue, actual_unit AS ActualUnit,
               start_offset AS Start, end_offset AS "End"
        FROM indicator WHERE report_id = @reportId ORDER BY ordinal;

        SELECT code AS Code, severity AS Severity, message AS Message, metrics AS Metrics
        FROM finding WHERE report_id = @reportId ORDER BY ordinal;

        SELECT id AS Id, fact_id AS FactId, metric_code AS MetricCode, old_value AS OldValue, new_value AS NewValue,
               reason AS Reason, corrected_by AS CorrectedBy, corrected_at AS CorrectedAt
        FROM correction WHERE report_id = @reportId ORDER BY id;
        """;

    /// <summary>The report, or null when there is no report with that id.</summary>
    public static async Task<ReportDetail?> RunAsync(Warehouse warehouse, long reportId, CancellationToken ct = default)
    {
        await using var c = await warehouse.OpenAsync(ct);
        await using var grid = await c.QueryMultipleAsync(Sql, new { reportId });
        var header = await grid.ReadSingleOrDefaultAsync<ReportHeader>();
        if (header is null) return null;
        return new ReportDetail(header,
            [.. await grid.ReadAsync<ReportFact>()],
            [.. await grid.ReadAsync<ReportTask>()],
            [.. await grid.ReadAsync<ReportIndicator>()],
            [.. await grid.ReadAsync<ReportFinding>()],
            [.. await grid.ReadAsync<CorrectionRow>()]);
    }
}

using Dapper;

namespace PerfAnalytics.Data.Queries;

/// <summary>A consistency problem found in one report.</summary>
public sealed record FindingRow
{
    public long Id { get; init; }
    public long ReportId { get; init; }
    public string? Jurisdiction { get; init; }
    public int? FiscalYear { get; init; }
    public string? DocKind { get; init; }
    public string Code { get; init; } = "";
    public string Severity { get; init; } = "";
    public string Message { get; init; } = "";
    /// <summary>Comma-separated metric codes the finding is about.</summary>
    public string Metrics { get; init; } = "";
}

/// <summary>Findings, filtered by any of severity, code, place and year (null = any).</summary>
public static class Findings
{
    public const string Sql = """
        SELECT fi.id AS Id, r.id AS ReportId, j.name AS Jurisdiction, r.fiscal_year AS FiscalYear, r.doc_kind AS DocKind,
               fi.code AS Code, fi.severity AS Severity, fi.message AS Message, fi.metrics AS Metrics
        FROM finding fi
        JOIN report r ON r.id = fi.report_id
        LEFT JOIN jurisdiction j ON j.id = r.jurisdiction_id
        WHERE (@severity IS NULL OR fi.severity = @severity)
          AND (@code IS NULL OR fi.code = @code)
          AND (@place IS NULL OR j.name = @place)
          AND (@year IS NULL OR r.fiscal_year = @year)
        ORDER BY j.name, r.fiscal_year, r.id, fi.ordinal;
        """;

    public static async Task<IReadOnlyList<FindingRow>> RunAsync(Warehouse warehouse, string? severity = null, string? code = null,
        string? place = null, int? year = null, CancellationToken ct = default)
    {
        await using var c = await warehouse.OpenAsync(ct);
        return [.. await c.QueryAsync<FindingRow>(Sql, new { severity, code, place, year })];
    }
}

using Dapper;

namespace PerfAnalytics.Data.Queries;

/// <summary>One stated figure of the matrix, with where it came from. A figure not stated has no cell.</summary>
public sealed record MatrixCell
{
    public long JurisdictionId { get; init; }
    public string Jurisdiction { get; init; } = "";
    public int FiscalYear { get; init; }
    public string MetricCode { get; init; } = "";
    public decimal Value { get; init; }
    public string Unit { get; init; } = "";
    public string Origin { get; init; } = "";
    public long ReportId { get; init; }
    public string? DocKind { get; init; }
    public long FactId { get; init; }
    public string? Excerpt { get; init; }
    public int? Start { get; init; }
    public int? End { get; init; }
}

/// <summary>
/// The comparison: chosen places × years × metrics, one row per stated figure. The joins are written as CROSS JOIN
/// with the conditions in WHERE (the same inner join on both engines) because SQLite then keeps this order:
/// places by name, their reports by (jurisdiction, year), their facts by (report, metric). Left to itself, without
/// statistics, SQLite would scan the facts of each metric over the whole warehouse.
/// </summary>
public static class MetricMatrix
{
    public const string Sql = """
        SELECT j.id AS JurisdictionId, j.name AS Jurisdiction, r.fiscal_year AS FiscalYear, f.metric_code AS MetricCode,
               f.value AS Value, f.unit AS Unit, f.origin AS Origin, r.id AS ReportId, r.doc_kind AS DocKind,
               f.id AS FactId, f.excerpt AS Excerpt, f.start_offset AS Start, f.end_offset AS "End"
        FROM jurisdiction j CROSS JOIN report r CROSS JOIN fact f
        WHERE r.jurisdiction_id = j.id AND f.report_id = r.id
          AND j.name IN @places AND r.fiscal_year IN @years AND f.metric_code IN @metrics
        ORDER BY j.name, r.fiscal_year, f.metric_code, r.id;
        """;

    public static async Task<IReadOnlyList<MatrixCell>> RunAsync(Warehouse warehouse, IEnumerable<string> places,
        IEnumerable<int> years, IEnumerable<string> metrics, CancellationToken ct = default)
    {
        await using var c = await warehouse.OpenAsync(ct);
        return [.. await c.QueryAsync<MatrixCell>(Sql, new { places = places.ToArray(), years = years.ToArray(), metrics = metrics.ToArray() })];
    }
}

using Dapper;

namespace PerfAnalytics.Data.Queries;

/// <summary>How many reports of one kind a place has for one year.</summary>
public sealed record CoverageRow
{
    public string? Jurisdiction { get; init; }
    public string? Province { get; init; }
    public string? AdminLevel { get; init; }
    public int? FiscalYear { get; init; }
    public string? DocKind { get; init; }
    public int Reports { get; init; }
}

/// <summary>Coverage: which place has which document kinds for which years.</summary>
public static class Coverage
{
    public const string Sql = """
        SELECT j.name AS Jurisdiction, j.province AS Province, j.admin_level AS AdminLevel, r.fiscal_year AS FiscalYear,
               r.doc_kind AS DocKind, COUNT(*) AS Reports
        FROM report r
        LEFT JOIN jurisdiction j ON j.id = r.jurisdiction_id
        GROUP BY j.name, j.province, j.admin_level, r.fiscal_year, r.doc_kind
        ORDER BY j.province, j.name, r.fiscal_year, r.doc_kind;
        """;

    public static async Task<IReadOnlyList<CoverageRow>> RunAsync(Warehouse warehouse, CancellationToken ct = default)
    {
        await using var c = await warehouse.OpenAsync(ct);
        return [.. await c.QueryAsync<CoverageRow>(Sql)];
    }
}

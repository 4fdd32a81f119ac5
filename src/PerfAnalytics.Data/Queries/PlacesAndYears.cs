using Dapper;

namespace PerfAnalytics.Data.Queries;

public sealed record PlaceRow
{
    public long Id { get; init; }
    public string Name { get; init; } = "";
    public string? Code { get; init; }
    public string? Province { get; init; }
    public string? AdminLevel { get; init; }
    public int Reports { get; init; }
}

public sealed record PlacesAndYearsResult(IReadOnlyList<PlaceRow> Places, IReadOnlyList<int> Years);

/// <summary>The places that have reports, and the fiscal years present: the choices of the comparison page.</summary>
public static class PlacesAndYears
{
    public const string Sql = """
        SELECT j.id AS Id, j.name AS Name, j.code AS Code, j.province AS Province, j.admin_level AS AdminLevel, COUNT(r.id) AS Reports
        FROM jurisdiction j JOIN report r ON r.jurisdiction_id = j.id
        GROUP BY j.id, j.name, j.code, j.province, j.admin_level
        ORDER BY j.province, j.name;

        SELECT DISTINCT fiscal_year FROM report WHERE fiscal_year IS NOT NULL ORDER BY fiscal_year;
        """;

    public static async Task<PlacesAndYearsResult> RunAsync(Warehouse warehouse, CancellationToken ct = default)
    {
        await using var c = await warehouse.OpenAsync(ct);
        await using var grid = await c.QueryMultipleAsync(Sql);
        return new PlacesAndYearsResult([.. await grid.ReadAsync<PlaceRow>()], [.. await grid.ReadAsync<int>()]);
    }
}

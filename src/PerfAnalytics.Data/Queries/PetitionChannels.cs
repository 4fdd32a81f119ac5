using Dapper;

namespace PerfAnalytics.Data.Queries;

/// <summary>Petition counts of one report by unit and channel, and the changes on last year (%). Not stated: null.</summary>
public sealed record PetitionRow
{
    public long ReportId { get; init; }
    public string? Jurisdiction { get; init; }
    public int? FiscalYear { get; init; }
    public string? DocKind { get; init; }
    public decimal? Batches { get; init; }
    public decimal? Persons { get; init; }
    public decimal? Items { get; init; }
    public decimal? Letters { get; init; }
    public decimal? Visits { get; init; }
    public decimal? Online { get; init; }
    public decimal? Replies { get; init; }
    public decimal? YoyChange { get; init; }
    public decimal? BatchesYoyChange { get; init; }
    public decimal? PersonsYoyChange { get; init; }
}

/// <summary>Petitions: volumes (批, 人次, 件), channels (来信, 来访, 网信), replies and changes, per report.</summary>
public static class PetitionChannels
{
    public const string Sql = """
        SELECT r.id AS ReportId, j.name AS Jurisdiction, r.fiscal_year AS FiscalYear, r.doc_kind AS DocKind,
               MAX(CASE WHEN f.metric_code = 'petition_batches' THEN f.value END) AS Batches,
               MAX(CASE WHEN f.metric_code = 'petition_persons' THEN f.value END) AS Persons,
               MAX(CASE WHEN f.metric_code = 'petition_items' THEN f.value END) AS Items,
               MAX(CASE WHEN f.metric_code = 'petition_letters' THEN f.value END) AS Letters,
               MAX(CASE WHEN f.metric_code = 'petition_visits' THEN f.value END) AS Visits,
               MAX(CASE WHEN f.metric_code = 'petition_online' THEN f.value END) AS Online,
               MAX(CASE WHEN f.metric_code = 'petition_replies' THEN f.value END) AS Replies,
               MAX(CASE WHEN f.metric_code = 'petition_yoy_change' THEN f.value END) AS YoyChange,
               MAX(CASE WHEN f.metric_code = 'petition_batches_yoy_change' THEN f.value END) AS BatchesYoyChange,
               MAX(CASE WHEN f.metric_code = 'petition_persons_yoy_change' THEN f.value END) AS PersonsYoyChange
        FROM report r
        LEFT JOIN jurisdiction j ON j.id = r.jurisdiction_id
        JOIN fact f ON f.report_id = r.id
        WHERE f.metric_code IN ('petition_batches', 'petition_persons', 'petition_items', 'petition_letters', 'petition_visits',
                                'petition_online', 'petition_replies', 'petition_yoy_change', 'petition_batches_yoy_change',
                                'petition_persons_yoy_change')
          AND (@allPlaces = 1 OR j.name IN @places) AND (@allYears = 1 OR r.fiscal_year IN @years)
        GROUP BY r.id, j.name, r.fiscal_year, r.doc_kind
        ORDER BY j.name, r.fiscal_year, r.id;
        """;

    public static async Task<IReadOnlyList<PetitionRow>> RunAsync(Warehouse warehouse, ReportFilter filter, CancellationToken ct = default)
    {
        await using var c = await warehouse.OpenAsync(ct);
        return [.. await c.QueryAsync<PetitionRow>(Sql, filter.Parameters)];
    }
}

using Dapper;

namespace PerfAnalytics.Data.Queries;

/// <summary>
/// Spending and petitions per authorised post, from the figures of one report. A ratio is null when a part is not
/// stated (or there are no posts): never 0.
/// </summary>
public sealed record StaffRatioRow
{
    public long ReportId { get; init; }
    public string? Jurisdiction { get; init; }
    public int? FiscalYear { get; init; }
    public string? DocKind { get; init; }
    public decimal? AuthorizedStaff { get; init; }
    public decimal? ActualStaff { get; init; }
    public decimal? ExpenditureTotal { get; init; }
    public decimal? PersonnelExpenditure { get; init; }
    public decimal? PetitionItems { get; init; }
    public decimal? PetitionPersons { get; init; }
    public decimal? PetitionBatches { get; init; }

    /// <summary>万元 spent per authorised post.</summary>
    public decimal? ExpenditurePerPost => PerPost(ExpenditureTotal);
    public decimal? PersonnelExpenditurePerPost => PerPost(PersonnelExpenditure);
    /// <summary>Petition matters (件) per authorised post.</summary>
    public decimal? PetitionItemsPerPost => PerPost(PetitionItems);
    /// <summary>Petitioners (人次) per authorised post.</summary>
    public decimal? PetitionPersonsPerPost => PerPost(PetitionPersons);
    public decimal? PetitionBatchesPerPost => PerPost(PetitionBatches);

    private decimal? PerPost(decimal? part) =>
        part is { } p && AuthorizedStaff is { } s && s > 0 ? Math.Round(p / s, 2) : null;
}

/// <summary>Per-staff ratios per report that states any of their parts.</summary>
public static class StaffRatios
{
    public const string Sql = """
        SELECT r.id AS ReportId, j.name AS Jurisdiction, r.fiscal_year AS FiscalYear, r.doc_kind AS DocKind,
               MAX(CASE WHEN f.metric_code = 'authorized_staff' THEN f.value END) AS AuthorizedStaff,
               MAX(CASE WHEN f.metric_code = 'actual_staff' THEN f.value END) AS ActualStaff,
               MAX(CASE WHEN f.metric_code = 'expenditure_total' THEN f.value END) AS ExpenditureTotal,
               MAX(CASE WHEN f.metric_code = 'personnel_expenditure' THEN f.value END) AS PersonnelExpenditure,
               MAX(CASE WHEN f.metric_code = 'petition_items' THEN f.value END) AS PetitionItems,
               MAX(CASE WHEN f.metric_code = 'petition_persons' THEN f.value END) AS PetitionPersons,
               MAX(CASE WHEN f.metric_code = 'petition_batches' THEN f.value END) AS PetitionBatches
        FROM report r
        LEFT JOIN jurisdiction j ON j.id = r.jurisdiction_id
        JOIN fact f ON f.report_id = r.id
        WHERE f.metric_code IN ('authorized_staff', 'actual_staff', 'expenditure_total', 'personnel_expenditure',
                                'petition_items', 'petition_persons', 'petition_batches')
          AND (@allPlaces = 1 OR j.name IN @places) AND (@allYears = 1 OR r.fiscal_year IN @years)
        GROUP BY r.id, j.name, r.fiscal_year, r.doc_kind
        ORDER BY j.name, r.fiscal_year, r.id;
        """;

    public static async Task<IReadOnlyList<StaffRatioRow>> RunAsync(Warehouse warehouse, ReportFilter filter, CancellationToken ct = default)
    {
        await using var c = await warehouse.OpenAsync(ct);
        return [.. await c.QueryAsync<StaffRatioRow>(Sql, filter.Parameters)];
    }
}

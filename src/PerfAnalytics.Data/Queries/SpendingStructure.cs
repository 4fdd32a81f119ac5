using Dapper;

namespace PerfAnalytics.Data.Queries;

/// <summary>The money of one report (万元). A figure the report does not state is null; each traces to (ReportId, metric code).</summary>
public sealed record SpendingRow
{
    public long ReportId { get; init; }
    public string? Jurisdiction { get; init; }
    public int? FiscalYear { get; init; }
    public string? DocKind { get; init; }
    public decimal? BudgetTotal { get; init; }
    public decimal? BudgetBasic { get; init; }
    public decimal? BudgetProject { get; init; }
    public decimal? RevenueTotal { get; init; }
    public decimal? FiscalAppropriation { get; init; }
    public decimal? OtherRevenue { get; init; }
    public decimal? Carryover { get; init; }
    public decimal? ExpenditureTotal { get; init; }
    public decimal? BasicExpenditure { get; init; }
    public decimal? PersonnelExpenditure { get; init; }
    public decimal? PublicExpenditure { get; init; }
    public decimal? ProjectExpenditure { get; init; }
    public decimal? ThreePublicBudget { get; init; }
    public decimal? ThreePublicExpenditure { get; init; }

    /// <summary>Share of a part in the year's spending, in %; null when either is not stated.</summary>
    public decimal? ShareOfExpenditure(decimal? part) =>
        part is { } p && ExpenditureTotal is { } t && t != 0 ? Math.Round(p * 100 / t, 2) : null;
}

/// <summary>Spending structure: budget, income and spending parts per report.</summary>
public static class SpendingStructure
{
    public const string Sql = """
        SELECT r.id AS ReportId, j.name AS Jurisdiction, r.fiscal_year AS FiscalYear, r.doc_kind AS DocKind,
               MAX(CASE WHEN f.metric_code = 'budget_total' THEN f.value END) AS BudgetTotal,
               MAX(CASE WHEN f.metric_code = 'budget_basic' THEN f.value END) AS BudgetBasic,
               MAX(CASE WHEN f.metric_code = 'budget_project' THEN f.value END) AS BudgetProject,
               MAX(CASE WHEN f.metric_code = 'revenue_total' THEN f.value END) AS RevenueTotal,
               MAX(CASE WHEN f.metric_code = 'fiscal_appropriation' THEN f.value END) AS FiscalAppropriation,
               MAX(CASE WHEN f.metric_code = 'other_revenue' THEN f.value END) AS OtherRevenue,
               MAX(CASE WHEN f.metric_code = 'carryover' THEN f.value END) AS Carryover,
               MAX(CASE WHEN f.metric_code = 'expenditure_total' THEN f.value END) AS ExpenditureTotal,
               MAX(CASE WHEN f.metric_code = 'basic_expenditure' THEN f.value END) AS BasicExpenditure,
               MAX(CASE WHEN f.metric_code = 'personnel_expenditure' THEN f.value END) AS PersonnelExpenditure,
               MAX(CASE WHEN f.metric_code = 'public_expenditure' THEN f.value END) AS PublicExpenditure,
               MAX(CASE WHEN f.metric_code = 'project_expenditure' THEN f.value END) AS ProjectExpenditure,
               MAX(CASE WHEN f.metric_code = 'three_public_budget' THEN f.value END) AS ThreePublicBudget,
               MAX(CASE WHEN f.metric_code = 'three_public_expenditure' THEN f.value END) AS ThreePublicExpenditure
        FROM report r
        LEFT JOIN jurisdiction j ON j.id = r.jurisdiction_id
        JOIN fact f ON f.report_id = r.id
        WHERE f.metric_code IN ('budget_total', 'budget_basic', 'budget_project', 'revenue_total', 'fiscal_appropriation',
                                'other_revenue', 'carryover', 'expenditure_total', 'basic_expenditure', 'personnel_expenditure',
                                'public_expenditure', 'project_expenditure', 'three_public_budget', 'three_public_expenditure')
          AND (@allPlaces = 1 OR j.name IN @places) AND (@allYears = 1 OR r.fiscal_year IN @years)
        GROUP BY r.id, j.name, r.fiscal_year, r.doc_kind
        ORDER BY j.name, r.fiscal_year, r.id;
        """;

    public static async Task<IReadOnlyList<SpendingRow>> RunAsync(Warehouse warehouse, ReportFilter filter, CancellationToken ct = default)
    {
        await using var c = await warehouse.OpenAsync(ct);
        return [.. await c.QueryAsync<SpendingRow>(Sql, filter.Parameters)];
    }
}

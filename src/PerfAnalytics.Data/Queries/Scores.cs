using Dapper;

namespace PerfAnalytics.Data.Queries;

/// <summary>Self-evaluation score, sub-scores, grade and reported execution rate of one report. Not stated: null.</summary>
public sealed record ScoreRow
{
    public long ReportId { get; init; }
    public string? Jurisdiction { get; init; }
    public int? FiscalYear { get; init; }
    public string? DocKind { get; init; }
    public string? SelfGrade { get; init; }
    public decimal? SelfScore { get; init; }
    public decimal? DutyPerformance { get; init; }
    public decimal? ManagementEfficiency { get; init; }
    public decimal? BudgetExecutionRate { get; init; }
}

/// <summary>Scores and grades per report (reports with a grade or at least one score figure).</summary>
public static class Scores
{
    public const string Sql = """
        SELECT r.id AS ReportId, j.name AS Jurisdiction, r.fiscal_year AS FiscalYear, r.doc_kind AS DocKind, r.self_grade AS SelfGrade,
               MAX(CASE WHEN f.metric_code = 'self_score' THEN f.value END) AS SelfScore,
               MAX(CASE WHEN f.metric_code = 'score_duty_performance' THEN f.value END) AS DutyPerformance,
               MAX(CASE WHEN f.metric_code = 'score_management_efficiency' THEN f.value END) AS ManagementEfficiency,
               MAX(CASE WHEN f.metric_code = 'budget_execution_rate' THEN f.value END) AS BudgetExecutionRate
        FROM report r
        LEFT JOIN jurisdiction j ON j.id = r.jurisdiction_id
        LEFT JOIN fact f ON f.report_id = r.id
             AND f.metric_code IN ('self_score', 'score_duty_performance', 'score_management_efficiency', 'budget_execution_rate')
        WHERE (@allPlaces = 1 OR j.name IN @places) AND (@allYears = 1 OR r.fiscal_year IN @years)
        GROUP BY r.id, j.name, r.fiscal_year, r.doc_kind, r.self_grade
        HAVING COUNT(f.id) > 0 OR r.self_grade IS NOT NULL
        ORDER BY j.name, r.fiscal_year, r.id;
        """;

    public static async Task<IReadOnlyList<ScoreRow>> RunAsync(Warehouse warehouse, ReportFilter filter, CancellationToken ct = default)
    {
        await using var c = await warehouse.OpenAsync(ct);
        return [.. await c.QueryAsync<ScoreRow>(Sql, filter.Parameters)];
    }
}

using Dapper;

namespace PerfAnalytics.Data.Exports;

/// <summary>A report of a selected place and year: its document kind, file name and grade.</summary>
public sealed record SelectionReport
{
    public long ReportId { get; init; }
    public string Jurisdiction { get; init; } = "";
    public int FiscalYear { get; init; }
    public string? DocKind { get; init; }
    public string FileName { get; init; } = "";
    public string? SelfGrade { get; init; }
}

/// <summary>The reports behind a selection of places × years: what the 来源 sheet names and what says why a row is empty.</summary>
public static class ReportsOfSelection
{
    public const string Sql = """
        SELECT r.id AS ReportId, j.name AS Jurisdiction, r.fiscal_year AS FiscalYear, r.doc_kind AS DocKind,
               d.file_name AS FileName, r.self_grade AS SelfGrade
        FROM report r
        JOIN jurisdiction j ON j.id = r.jurisdiction_id
        JOIN source_document d ON d.id = r.source_document_id
        WHERE j.name IN @places AND r.fiscal_year IN @years
        ORDER BY j.name, r.fiscal_year, r.id;
        """;

    public static async Task<IReadOnlyList<SelectionReport>> RunAsync(Warehouse warehouse, IEnumerable<string> places,
        IEnumerable<int> years, CancellationToken ct = default)
    {
        await using var c = await warehouse.OpenAsync(ct);
        return [.. await c.QueryAsync<SelectionReport>(new CommandDefinition(Sql, new { places = places.ToArray(), years = years.ToArray() }, cancellationToken: ct))];
    }
}

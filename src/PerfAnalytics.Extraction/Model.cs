namespace PerfAnalytics.Extraction;

/// <summary>The five kinds of document (codes of metrics.md).</summary>
public static class DocKinds
{
    public const string SelfEvaluationReport = "self_evaluation_report";
    public const string TargetTable = "target_table";
    public const string BaseDataTable = "base_data_table";
    public const string BudgetStatement = "budget_statement";
    public const string FinalAccountsStatement = "final_accounts_statement";

    public static readonly IReadOnlyList<string> All =
        [SelfEvaluationReport, TargetTable, BaseDataTable, BudgetStatement, FinalAccountsStatement];

    /// <summary>Whether the document states achieved figures (not plans or targets).</summary>
    public static bool StatesActuals(string kind) => kind is SelfEvaluationReport or BaseDataTable or FinalAccountsStatement;
}

/// <summary>A stretch of the normalised text: [Start, End) character offsets and the words there.</summary>
public sealed record SourceSpan(int Start, int End, string Excerpt);

/// <summary>One figure of a report, in the catalogue unit, with the words it came from.</summary>
public sealed record Fact(
    string Code,
    decimal Value,
    string Unit,
    decimal SourceValue,
    string SourceUnit,
    string Excerpt,
    int Start,
    int End,
    bool Derived = false,
    IReadOnlyList<SourceSpan>? Parts = null);

/// <summary>A key task or project with the money put into it (万元), if stated.</summary>
public sealed record KeyTask(string Name, decimal? Amount, string Excerpt, int Start, int End);

/// <summary>A row of an indicator table: values as written plus parsed number and unit where there is one.</summary>
public sealed record Indicator(
    string Level1,
    string Level2,
    string Name,
    string? Target,
    string? Actual,
    decimal? TargetValue,
    string? TargetUnit,
    decimal? ActualValue,
    string? ActualUnit,
    int Start,
    int End);

public static class Severities
{
    public const string Error = "error";
    public const string Warning = "warning";
    public const string Info = "info";
}

/// <summary>A consistency problem in the figures of one report.</summary>
public sealed record Finding(string Code, string Severity, string Message, IReadOnlyList<string> Metrics);

/// <summary>Who reports, for which place and year, and what kind of document it is.</summary>
public sealed record ReportIdentity(
    string? Jurisdiction,
    string? JurisdictionCode,
    string? Province,
    string? AdminLevel,
    string? Agency,
    int? FiscalYear,
    string? DocKind,
    DateOnly? ReportDate,
    string? SelfGrade);

/// <summary>Everything read out of one document. <see cref="Error"/> is set when nothing could be read.</summary>
public sealed record ExtractionResult(
    string File,
    string Sha256,
    string MediaType,
    string Text,
    ReportIdentity Identity,
    IReadOnlyList<Fact> Metrics,
    IReadOnlyList<KeyTask> Tasks,
    IReadOnlyList<Indicator> Indicators,
    IReadOnlyList<Finding> Findings,
    string? Error = null,
    string? ErrorCode = null)
{
    public bool Succeeded => Error is null;
}

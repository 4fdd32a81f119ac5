using PerfAnalytics.Extraction;

namespace PerfAnalytics.Data.Exports;

/// <summary>A theme of the 对比 and 趋势 views: a code for URLs and the CLI, a Chinese name, its metrics in column order.</summary>
public sealed record ExportTheme(string Code, string Name, IReadOnlyList<string> MetricCodes);

public static class ExportThemes
{
    public static readonly ExportTheme Spending = new("spending", "支出结构",
    [
        "budget_total", "expenditure_total", "budget_execution_rate",
        "basic_expenditure", "personnel_expenditure", "public_expenditure", "project_expenditure",
        "three_public_expenditure", "authorized_staff",
    ]);

    public static readonly ExportTheme Petitions = new("petitions", "信访量",
    [
        "petition_batches", "petition_persons", "petition_items",
        "petition_letters", "petition_visits", "petition_online", "petition_replies",
        "petition_yoy_change", "petition_batches_yoy_change", "petition_persons_yoy_change", "authorized_staff",
    ]);

    public static readonly ExportTheme Scores = new("scores", "自评",
        ["self_score", "score_duty_performance", "score_management_efficiency"]);

    public static readonly IReadOnlyList<ExportTheme> All = [Spending, Petitions, Scores];

    /// <summary>By code (spending, petitions, scores) or Chinese name (支出结构, 信访量, 自评); null when unknown.</summary>
    public static ExportTheme? Find(string? codeOrName) =>
        All.FirstOrDefault(t => string.Equals(t.Code, codeOrName?.Trim(), StringComparison.OrdinalIgnoreCase) || t.Name == codeOrName?.Trim());

    /// <summary>The column of a metric: Chinese name with its unit, e.g. 实际支出（万元）, and the format of that unit.</summary>
    public static ExportColumn MetricColumn(string code)
    {
        var m = MetricCatalogue.Get(code);
        return new ExportColumn(code, HeaderWithUnit(m.NameZh, m.Unit), FormatOf(m.Unit));
    }

    /// <summary>实际支出 + 万元 → 实际支出（万元）; 信访总量（批次）+ 批 → 信访总量（批次，批）; 信访总量（人次）+ 人次 → 信访总量（人次）.</summary>
    public static string HeaderWithUnit(string name, string unit)
    {
        if (!name.EndsWith('）') || name.LastIndexOf('（') is not (var open and >= 0)) return $"{name}（{unit}）";
        var inner = name[(open + 1)..^1];
        return inner == unit ? name : $"{name[..^1]}，{unit}）";
    }

    public static CellFormat FormatOf(string unit) => unit switch
    {
        "万元" => CellFormat.Amount,
        _ when unit.StartsWith("万元/", StringComparison.Ordinal) => CellFormat.Amount,
        _ when unit.Contains('/') => CellFormat.Score,
        "%" => CellFormat.Percent,
        "分" => CellFormat.Score,
        "人" or "人次" or "批" or "件" or "个" => CellFormat.Count,
        _ => CellFormat.Number,
    };
}

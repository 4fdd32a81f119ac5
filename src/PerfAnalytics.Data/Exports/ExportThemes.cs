namespace PerfAnalytics.Data.Exports;

/// <summary>A theme of the 对比 and 趋势 views: a code for URLs and the CLI, and a Chinese name (its lines: <see cref="Comparison.ThemeTable"/>).</summary>
public sealed record ExportTheme(string Code, string Name);

public static class ExportThemes
{
    public static readonly ExportTheme Spending = new("spending", "支出结构");
    public static readonly ExportTheme Petitions = new("petitions", "信访量");
    public static readonly ExportTheme Scores = new("scores", "自评");

    public static readonly IReadOnlyList<ExportTheme> All = [Spending, Petitions, Scores];

    /// <summary>By code (spending, petitions, scores) or Chinese name (支出结构, 信访量, 自评); null when unknown.</summary>
    public static ExportTheme? Find(string? codeOrName) =>
        All.FirstOrDefault(t => string.Equals(t.Code, codeOrName?.Trim(), StringComparison.OrdinalIgnoreCase) || t.Name == codeOrName?.Trim());

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

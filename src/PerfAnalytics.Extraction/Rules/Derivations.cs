namespace PerfAnalytics.Extraction.Rules;

/// <summary>
/// Figures a report states only through their parts: staff costs = 工资福利支出 + 对个人和家庭的补助, spending = basic +
/// project, budget = basic + project budgets, basic = staff + running costs. Marked derived, pointing at the parts.
/// </summary>
internal static class Derivations
{
    private static readonly (string Code, string[] Parts)[] Sums =
    [
        ("personnel_expenditure", ["_wage", "_household"]),
        ("basic_expenditure", ["personnel_expenditure", "public_expenditure"]),
        ("expenditure_total", ["basic_expenditure", "project_expenditure"]),
        ("budget_total", ["budget_basic", "budget_project"]),
    ];

    public const int Priority = -1;

    public static void Apply(string text, Candidates found)
    {
        foreach (var (code, parts) in Sums)
        {
            if (found.Has(code)) continue;
            var best = parts.Select(found.Best).ToList();
            if (best.Any(b => b is null)) continue;
            var sum = best.Sum(b => b!.Q.Value);
            var start = best.Min(b => b!.Start);
            var end = best.Max(b => b!.End);
            var spans = best.Select(b => new SourceSpan(b!.Start, b.End, text[b.Start..b.End])).ToList();
            found.Add(new Candidate(code, new Quantity(sum, "万元", sum, "万元", start, end), start, end, Priority, true, spans));
        }
    }
}

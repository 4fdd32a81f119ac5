using System.Globalization;
using System.Text.RegularExpressions;

namespace PerfAnalytics.Extraction;

/// <summary>
/// Consistency checks on one report's figures: parts that do not add up, a reported rate that disagrees with its parts,
/// a score off the 100-point scale or a grade that does not fit it, indicators all at 100%, another agency's text,
/// a balance that does not follow from income and spending.
/// </summary>
public static partial class Checks
{
    private const decimal MoneyTolerance = 0.015m;
    private const decimal RateTolerance = 1m;

    public static List<Finding> Run(IReadOnlyDictionary<string, decimal> v, IReadOnlyList<Indicator> indicators, string text, string? agency, string? grade)
    {
        var f = new List<Finding>();
        SumOf(f, v, "expenditure_total", ["basic_expenditure", "project_expenditure"], "spending_parts_mismatch", "支出");
        SumOf(f, v, "basic_expenditure", ["personnel_expenditure", "public_expenditure"], "basic_parts_mismatch", "基本支出");
        SumOf(f, v, "budget_total", ["budget_basic", "budget_project"], "budget_parts_mismatch", "预算");
        RevenueParts(f, v);
        SumOf(f, v, "petition_items", ["petition_letters", "petition_visits", "petition_online"], "petition_channels_mismatch", "信访渠道", 0.5m);
        SumOf(f, v, "self_score", ["score_duty_performance", "score_management_efficiency"], "subscores_mismatch", "自评分项", 0.05m);
        ExecutionRate(f, v);
        RateOf(f, v, "three_public_control_rate", "three_public_expenditure", "three_public_budget");
        RateOf(f, v, "public_expenditure_control_rate", "public_expenditure", "public_expenditure_budget");
        RateOf(f, v, "fixed_asset_utilization_rate", "fixed_assets_in_use", "fixed_assets_total");
        if (v.TryGetValue("self_score", out var score))
        {
            if (score > 100)
                f.Add(new("score_above_scale", Severities.Error, $"自评得分 {Fmt(score)} 分超过百分制满分 100 分。", ["self_score"]));
            if (grade is not null && ExpectedGrade(score) is { } expected && expected != grade && score <= 100)
                f.Add(new("grade_mismatch", Severities.Warning, $"自评等级“{grade}”与得分 {Fmt(score)} 分不符（按常用标准应为“{expected}”）。", ["self_score", "self_grade"]));
        }
        Balance(f, v);
        AllAtHundred(f, indicators);
        OtherAgency(f, text, agency);
        return f;
    }

    private static string Fmt(decimal d) => d.ToString("0.##", CultureInfo.InvariantCulture);

    private static void SumOf(List<Finding> f, IReadOnlyDictionary<string, decimal> v, string total, string[] parts, string code, string what, decimal tolerance = MoneyTolerance)
    {
        if (!v.TryGetValue(total, out var t) || parts.Any(p => !v.ContainsKey(p))) return;
        var sum = parts.Sum(p => v[p]);
        if (Math.Abs(sum - t) <= tolerance) return;
        var names = string.Join(" + ", parts.Select(p => $"{MetricCatalogue.Get(p).NameZh} {Fmt(v[p])}"));
        f.Add(new(code, Severities.Warning, $"{what}各部分之和与合计不符：{names} = {Fmt(sum)}，而{MetricCatalogue.Get(total).NameZh}为 {Fmt(t)}（相差 {Fmt(t - sum)}）。", [total, .. parts]));
    }

    /// <summary>Income = appropriation + other income (+ carry-over, where the total includes it).</summary>
    private static void RevenueParts(List<Finding> f, IReadOnlyDictionary<string, decimal> v)
    {
        if (!v.TryGetValue("revenue_total", out var total) || !v.TryGetValue("fiscal_appropriation", out var fa)) return;
        var other = v.GetValueOrDefault("other_revenue");
        var carry = v.GetValueOrDefault("carryover");
        if (Math.Abs(fa + other - total) <= MoneyTolerance || Math.Abs(fa + other + carry - total) <= MoneyTolerance) return;
        f.Add(new("revenue_parts_mismatch", Severities.Warning,
            $"收入各部分之和与收入合计不符：财政拨款 {Fmt(fa)} + 其他收入 {Fmt(other)}{(carry != 0 ? $" + 上年结转 {Fmt(carry)}" : "")} ≠ 收入合计 {Fmt(total)}。",
            ["revenue_total", "fiscal_appropriation", "other_revenue", "carryover"]));
    }

    private static void ExecutionRate(List<Finding> f, IReadOnlyDictionary<string, decimal> v)
    {
        if (!v.TryGetValue("budget_execution_rate", out var reported) || !v.TryGetValue("expenditure_total", out var spent)
            || !v.TryGetValue("budget_total", out var budget) || budget == 0) return;
        var computed = Math.Round(spent / budget * 100, 2);
        if (Math.Abs(computed - reported) <= RateTolerance) return;
        f.Add(new("execution_rate_mismatch", Severities.Warning,
            $"报告的预算执行率为 {Fmt(reported)}%，但实际支出 {Fmt(spent)} ÷ 预算 {Fmt(budget)} = {Fmt(computed)}%。",
            ["budget_execution_rate", "expenditure_total", "budget_total"]));
    }

    /// <summary>A reported rate against the rate computed from the two figures it is made of.</summary>
    private static void RateOf(List<Finding> f, IReadOnlyDictionary<string, decimal> v, string rate, string part, string whole)
    {
        if (!v.TryGetValue(rate, out var reported) || !v.TryGetValue(part, out var p) || !v.TryGetValue(whole, out var w) || w == 0) return;
        var computed = Math.Round(p / w * 100, 2);
        if (Math.Abs(computed - reported) <= RateTolerance) return;
        f.Add(new("rate_mismatch", Severities.Warning,
            $"报告的{MetricCatalogue.Get(rate).NameZh}为 {Fmt(reported)}%，但 {MetricCatalogue.Get(part).NameZh} {Fmt(p)} ÷ {MetricCatalogue.Get(whole).NameZh} {Fmt(w)} = {Fmt(computed)}%。",
            [rate, part, whole]));
    }

    private static void Balance(List<Finding> f, IReadOnlyDictionary<string, decimal> v)
    {
        if (!v.TryGetValue("_balance_year", out var balance) || !v.TryGetValue("revenue_total", out var revenue) || !v.TryGetValue("expenditure_total", out var spent)) return;
        var diff = revenue - spent;
        if (Math.Abs(diff - balance) <= MoneyTolerance) return;
        f.Add(new("balance_mismatch", Severities.Warning,
            $"收入 {Fmt(revenue)} − 支出 {Fmt(spent)} = {Fmt(diff)}，但报告的当年结余为 {Fmt(balance)}。",
            ["revenue_total", "expenditure_total"]));
    }

    /// <summary>Usual bands: 优 ≥ 90, 良 80–90, 中 60–80, 差 &lt; 60.</summary>
    private static string? ExpectedGrade(decimal score) => score switch { >= 90 => "优", >= 80 => "良", >= 60 => "中", _ => "差" };

    private static void AllAtHundred(List<Finding> f, IReadOnlyList<Indicator> indicators)
    {
        var achieved = indicators.Where(i => i.ActualValue is not null && i.ActualUnit == "%").ToList();
        if (achieved.Count < 5) return;
        var full = achieved.Count(i => i.ActualValue == 100m);
        if (full < achieved.Count * 0.9m) return;
        f.Add(new("indicators_all_full", Severities.Info,
            $"{achieved.Count} 项定量指标中有 {full} 项完成值恰为 100%，自评可能未如实反映完成情况。", []));
    }

    [GeneratedRegex(@"(?:^|[。\n\t])\s*(?<name>[\u4e00-\u9fff]{2,16}?(?:局|委员会|办公室))(?:是|为|作为|系)")]
    private static partial Regex SelfDescription();

    private static void OtherAgency(List<Finding> f, string text, string? agency)
    {
        if (agency is null) return;
        var own = Core(agency);
        foreach (Match m in SelfDescription().Matches(text))
        {
            var name = m.Groups["name"].Value;
            if (Gazetteer.Find(name) is not [{ Start: 0 }, ..]) continue;
            if (Core(name) == own || own.EndsWith(Core(name), StringComparison.Ordinal) || name is "我局" or "本局") continue;
            f.Add(new("other_agency_text", Severities.Warning,
                $"正文介绍的是另一个单位（“{name}”），而不是本报告的单位“{agency}”：可能是从其他单位的材料复制而来。", []));
            return;
        }
    }

    /// <summary>The agency's name without its place: 临湘市行政审批局 → 行政审批局.</summary>
    private static string Core(string name)
    {
        var cut = name.LastIndexOfAny(['省', '市', '区', '县', '州', '旗']);
        return cut >= 0 && cut < name.Length - 2 ? name[(cut + 1)..] : name;
    }
}

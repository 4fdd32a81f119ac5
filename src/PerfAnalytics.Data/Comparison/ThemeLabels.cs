using PerfAnalytics.Extraction;

namespace PerfAnalytics.Data.Comparison;

/// <summary>
/// The Chinese names of the <see cref="ThemeTable"/>'s lines and missing reasons, for exports (always Chinese) from the
/// CLI and the web alike. Metric codes take the catalogue's name; the other keys are listed here. The web's
/// SharedResource.resx has the same Chinese strings for the page (a test keeps them equal) and the English ones.
/// </summary>
public static class ThemeLabels
{
    private static readonly Dictionary<string, string> Names = new()
    {
        ["ExecutionRateComputed"] = "预算执行率（实际支出÷预算）",
        ["ExecutionRateReported"] = "预算执行率（报告所述）",
        ["SharePersonnel"] = "人员经费占比",
        ["SharePublic"] = "公用经费占比",
        ["ShareProject"] = "项目支出占比",
        ["ExpenditurePerPost"] = "每编制支出",
        ["PersonnelPerPost"] = "每编制人员经费",
        ["ItemsPerPost"] = "每编制受理事项",
        ["BatchesPerPost"] = "每编制信访批次",
        ["PersonsPerPost"] = "每编制信访人次",
        ["self_grade"] = "自评等级（报告所述）",
        ["GradeBand"] = "得分所在等级区间",
        ["MissingNoDocument"] = "无该年度文件",
        ["MissingNotActual"] = "目标/预算文件，无实际数",
        ["MissingInputs"] = "缺少计算所需数据",
        ["MissingNotStated"] = "未填报",
    };

    /// <summary>The keys listed here (not the metric codes).</summary>
    public static IReadOnlyCollection<string> Keys => Names.Keys;

    /// <summary>The Chinese name of a line or reason key; a metric code gives the catalogue's name.</summary>
    public static string Zh(string key) =>
        MetricCatalogue.Exists(key) ? MetricCatalogue.Get(key).NameZh
        : Names.TryGetValue(key, out var name) ? name
        : throw new KeyNotFoundException($"ThemeLabels has no name for “{key}”");
}

using System.Globalization;
using System.Text.RegularExpressions;

namespace PerfAnalytics.Extraction.Rules;

/// <summary>Who reports, for which place and year, what kind of document it is and when it was filled in.</summary>
internal static partial class IdentityRule
{
    private const int TitleLength = 320;

    /// <summary>The document kind from its title, or an error message (Chinese) when it is not one of the five kinds.</summary>
    public static (string? Kind, string? Error) Kind(string text)
    {
        // The title block: the first few lines, not the body (which talks of 部门预算 and 自评 alike).
        var lines = text[..Math.Min(TitleLength, text.Length)].Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).Take(4).ToList();
        var title = string.Concat(lines);
        if (title.Length > 160) title = title[..160];
        var firstLine = lines.FirstOrDefault() ?? "";
        if (OfficialLetter().IsMatch(firstLine))
            return (null, "无法识别的文档类型：这是一份公文（通知、函、意见等），不是部门的绩效文件，未导入任何数据。");
        if (BaseData().IsMatch(title)) return (DocKinds.BaseDataTable, null);
        if (Target().IsMatch(title)) return (DocKinds.TargetTable, null);
        var self = SelfEval().Match(title);
        if (self.Success && ProjectOnly().IsMatch(title[..self.Index]) && !WholeDept().IsMatch(title))
            return (null, "这是项目支出绩效自评报告，不是部门整体的绩效文件，未导入任何数据。");
        if (self.Success) return (DocKinds.SelfEvaluationReport, null);
        if (FinalAccounts().IsMatch(title)) return (DocKinds.FinalAccountsStatement, null);
        if (Budget().IsMatch(title)) return (DocKinds.BudgetStatement, null);
        return (null, "无法识别的文档类型：开头没有“整体支出绩效自评报告”“绩效目标表”“自评基础数据表”“部门预算”“部门决算”等字样，未导入任何数据。");
    }

    [GeneratedRegex(@"(?:的通知|的通报|的函|的决定|的意见|的批复|的请示|办法|方案)$")]
    private static partial Regex OfficialLetter();

    [GeneratedRegex(@"基础数据表|基础信息表|基础数据")]
    private static partial Regex BaseData();

    [GeneratedRegex(@"绩效目标表|目标申报表|绩效目标申报")]
    private static partial Regex Target();

    [GeneratedRegex(@"自评报告|自评表|自我评价报告|绩效评价报告|绩效自评|评价自评")]
    private static partial Regex SelfEval();

    [GeneratedRegex(@"项目")]
    private static partial Regex ProjectOnly();

    [GeneratedRegex(@"整体|部门\(单位\)|部门（单位）|部门绩效|单位整体")]
    private static partial Regex WholeDept();

    [GeneratedRegex(@"部门决算|单位决算|决算公开|决算情况说明|决算说明|年度决算")]
    private static partial Regex FinalAccounts();

    [GeneratedRegex(@"部门预算|单位预算|预算公开|预算情况说明|预算说明|年度预算(?!绩效)")]
    private static partial Regex Budget();

    public static ReportIdentity Identify(string text, string docKind, string? grade)
    {
        var agency = Agency(text);
        var place = Jurisdiction(text, agency);
        return new ReportIdentity(
            place is null ? null : Gazetteer.FullName(place),
            place?.Code,
            place is null ? null : Gazetteer.Province(place).Name,
            place?.Level,
            agency,
            FiscalYear(text),
            docKind,
            ReportDate(text),
            grade);
    }

    [GeneratedRegex(@"(?:部门|单位|评价单位|预算单位|填报单位|部门\(单位\)|部门（单位）|报送单位|评价对象)(?:名称)?\s*[:：]?[ \t]*\n?\t?[ \t]*(?<name>[\u4e00-\u9fff()（）]{2,30}?(?:局|办公室|委员会|中心|厅|委|办|所|院|站|队|工作部))(?=[\s(（:：,，。]|$)")]
    private static partial Regex LabelledAgency();

    [GeneratedRegex(@"\G[\u4e00-\u9fff]{2,14}?(?:局|办公室|委员会|中心|厅|工作部)")]
    private static partial Regex AgencyAfterPlace();

    [GeneratedRegex(@"[\u4e00-\u9fff]{2,12}?信访(?:局|办公室|办)")]
    private static partial Regex AnyPetitionBureau();

    public static string? Agency(string text)
    {
        var labelled = LabelledAgency().Match(text);
        if (labelled.Success && Gazetteer.Find(labelled.Groups["name"].Value).Count > 0) return labelled.Groups["name"].Value;
        var titleEnd = Math.Min(TitleLength, text.Length);
        foreach (var (start, end, _) in Gazetteer.Find(text, 0, titleEnd))
        {
            var m = AgencyAfterPlace().Match(text, end);
            if (m.Success) return text[start..(m.Index + m.Length)];
        }
        if (labelled.Success) return labelled.Groups["name"].Value;
        return AnyPetitionBureau().Matches(text).GroupBy(m => m.Value).OrderByDescending(g => g.Count()).FirstOrDefault()?.Key;
    }

    private static Place? Jurisdiction(string text, string? agency)
    {
        if (agency is not null)
        {
            var chain = LeadingPlaces(agency);
            if (chain.Count > 0) return Gazetteer.Resolve(chain, text);
        }
        var title = Gazetteer.Find(text, 0, Math.Min(TitleLength, text.Length));
        return title.Count == 0 ? null : Gazetteer.Resolve(LeadingPlaces(text[title[0].Start..Math.Min(text.Length, title[0].Start + 24)]), text);
    }

    /// <summary>The place names that an agency name begins with, in order: 广州市海珠区信访局 → 广州市, 海珠区.</summary>
    private static List<string> LeadingPlaces(string s)
    {
        var chain = new List<string>();
        var at = 0;
        foreach (var (start, end, name) in Gazetteer.Find(s))
        {
            if (start != at) break;
            chain.Add(name);
            at = end;
        }
        return chain;
    }

    [GeneratedRegex(@"(?:评价|预算|决算|报告|所属|绩效)?年度\s*[:：]\s*(?<y>(?:19|20)\d{2})")]
    private static partial Regex YearLabel();

    [GeneratedRegex(@"(?<!\d)(?<y>(?:19|20)\d{2})\s*年(?!\s*\d{1,2}\s*月)")]
    private static partial Regex YearInTitle();

    public static int? FiscalYear(string text)
    {
        var head = text[..Math.Min(text.Length, 600)];
        var label = YearLabel().Match(head);
        if (label.Success) return int.Parse(label.Groups["y"].Value, CultureInfo.InvariantCulture);
        var title = YearInTitle().Match(text[..Math.Min(text.Length, 200)]);
        return title.Success ? int.Parse(title.Groups["y"].Value, CultureInfo.InvariantCulture) : null;
    }

    [GeneratedRegex(@"(?:填报|报告|报送|编制|填表|评价|出具)(?:日期|时间)\s*[:：]?")]
    private static partial Regex DateLabel();

    public static DateOnly? ReportDate(string text)
    {
        foreach (Match m in DateLabel().Matches(text))
            if (Numbers.DateNear(text, m.Index + m.Length, 16) is { } d) return d.Date;
        // A date alone on one of the last lines (the signature block).
        var tail = text.Length > 300 ? text.Length - 300 : 0;
        foreach (var line in text[tail..].Split('\n').Reverse().Take(6))
        {
            var t = line.Trim();
            if (t.Length is > 0 and <= 16 && Numbers.DateNear(t, 0, t.Length) is { } d && d.End - d.Start >= t.Length - 1) return d.Date;
        }
        return null;
    }
}

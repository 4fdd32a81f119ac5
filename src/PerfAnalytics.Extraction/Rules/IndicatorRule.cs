using System.Globalization;
using System.Text.RegularExpressions;

namespace PerfAnalytics.Extraction.Rules;

/// <summary>
/// Indicator tables (一级 / 二级 / 三级指标, 指标值, 完成情况): level-1 and level-2 headings carry down, each named
/// indicator takes the values that follow it. In a plan a single value is the target; in a report of achieved
/// figures it is the actual.
/// </summary>
internal static partial class IndicatorRule
{
    [GeneratedRegex(@"一级指标|绩效指标|定量目标|评价内容|指标名称")]
    private static partial Regex SectionStart();

    [GeneratedRegex(@"备注|绩效自评综合得分|自评综合得分|评价等次|评价人员|^[一二三四五六七八九十]+、|^\t?[一二三四五六七八九十]+、", RegexOptions.Multiline)]
    private static partial Regex SectionEnd();

    [GeneratedRegex(@"^(?:产出|效益|满意度|成本)(?:指标|目标)(?=$|[(（\n])")]
    private static partial Regex Level1();

    [GeneratedRegex(@"^(?:数量|质量|时效|成本|经济效益|社会效益|生态效益|可持续影响|(?:社会公众或)?服务对象满意度|社会公众满意度)(?:指标)?$")]
    private static partial Regex Level2();

    [GeneratedRegex(@"^(?:一级指标|二级指标|三级指标|指标值|年度指标值|目标值|实际完成值|完成值|实际值|完成情况|绩效目标|评价内容|指标名称|预期目标|实际完成|评分)$|定量目标|定性目标")]
    private static partial Regex HeaderWord();

    [GeneratedRegex(@"^(?:[≥≤><=]|不低于|不少于|不高于|不超过|大于|小于|达到)?\s*(?<num>\d+(?:\.\d+)?)\s*(?<unit>%|个|次|人次|人|件|批|万元|元|天|日|小时|分|项|期|份|场|篇|户|家|台)?$|^(?:19|20)\d{2}[.\-/年]\d{1,2}(?:[.\-/月]\d{1,2}日?)?$")]
    private static partial Regex ValueToken();

    [GeneratedRegex(@"(?<=[\u4e00-\u9fff])(?<v>(?:[≥≤]\s*)?\d+(?:\.\d+)?%?|(?:19|20)\d{2}\.\d{1,2}\.\d{1,2})$")]
    private static partial Regex TrailingValue();

    [GeneratedRegex(@"^指标\s*\d+\s*[:：]\s*")]
    private static partial Regex NamePrefix();

    private sealed record Token(string Text, int Start, int End);

    public static List<Indicator> Apply(DocContext doc)
    {
        var text = doc.Text;
        var list = new List<Indicator>();
        var from = 0;
        while (SectionStart().Match(text, from) is { Success: true } start)
        {
            var end = SectionEnd().Match(text, start.Index + start.Length);
            var stop = end.Success ? end.Index : text.Length;
            Parse(doc, Tokens(text, start.Index, stop), list);
            from = Math.Max(stop, start.Index + start.Length);
        }
        return list;
    }

    private static void Parse(DocContext doc, List<Token> tokens, List<Indicator> into)
    {
        string level1 = "", level2 = "";
        Token? name = null;
        var values = new List<Token>();
        void Flush()
        {
            if (name is null) return;
            if (level1.Length > 0)
                into.Add(Make(doc, level1, level2, name, values));
            name = null;
            values.Clear();
        }
        foreach (var t in tokens)
        {
            var first = t.Text.Split('\n')[0].Trim();
            if (HeaderWord().IsMatch(t.Text)) continue;
            if (Level1().Match(first) is { Success: true } l1 && !(l1.Value.StartsWith("成本", StringComparison.Ordinal) && level1.StartsWith("产出", StringComparison.Ordinal)))
            {
                Flush();
                level1 = l1.Value;
                level2 = "";
                continue;
            }
            if (Level2().IsMatch(first.Replace(" ", ""))) { Flush(); level2 = first.Replace(" ", ""); continue; }
            if (ValueToken().IsMatch(t.Text))
            {
                if (name is not null && values.Count < 2) values.Add(t);
                continue;
            }
            if (name is not null && values.Count == 0 && level1.Length > 0 && !doc.IsPlan) { Flush(); }
            else if (name is not null && values.Count == 0 && doc.IsPlan)
            {
                // A qualitative indicator: a name and a target in words.
                into.Add(new Indicator(level1, level2, Clean(name.Text), t.Text, null, null, null, null, null, name.Start, t.End));
                name = null;
                continue;
            }
            Flush();
            var trailing = TrailingValue().Match(t.Text);
            if (trailing.Success)
            {
                name = new Token(t.Text[..trailing.Index], t.Start, t.Start + trailing.Index);
                values.Add(new Token(trailing.Value, t.Start + trailing.Index, t.End));
            }
            else name = t;
        }
        Flush();
    }

    private static Indicator Make(DocContext doc, string level1, string level2, Token name, List<Token> values)
    {
        string? target = null, actual = null;
        if (values.Count >= 2) (target, actual) = (values[0].Text, values[1].Text);
        else if (values.Count == 1 && doc.IsPlan) target = values[0].Text;
        else if (values.Count == 1) actual = values[0].Text;
        var (tv, tu) = Parse(target);
        var (av, au) = Parse(actual);
        var end = values.Count > 0 ? values[^1].End : name.End;
        return new Indicator(level1, level2, Clean(name.Text), target, actual, tv, tu, av, au, name.Start, end);
    }

    private static string Clean(string name) => NamePrefix().Replace(name.Split('\n')[0], "").Trim();

    private static (decimal?, string?) Parse(string? value)
    {
        if (value is null) return (null, null);
        var m = ValueToken().Match(value);
        if (!m.Success || !m.Groups["num"].Success) return (null, null);
        return (decimal.Parse(m.Groups["num"].Value, CultureInfo.InvariantCulture), m.Groups["unit"].Success ? m.Groups["unit"].Value : "");
    }

    /// <summary>Cells of the section: tab-led cells (Word tables), tab-separated cells, or words separated by spaces.</summary>
    private static List<Token> Tokens(string text, int start, int end)
    {
        var tokens = new List<Token>();
        var section = text[start..end];
        if (section.Count(c => c == '\t') > 4)
        {
            foreach (var row in CellRows.Read(section))
                foreach (var c in row)
                    if (c.Text.Length > 0) tokens.Add(new Token(c.Text, start + c.Start, start + c.End));
            if (tokens.Count > 0) return tokens;
        }
        foreach (Match m in Regex.Matches(section, @"[^\s]+(?: +满意度指标)?"))
            tokens.Add(new Token(m.Value, start + m.Index, start + m.Index + m.Length));
        return tokens;
    }
}

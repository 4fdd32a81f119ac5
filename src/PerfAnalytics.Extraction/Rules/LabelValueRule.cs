using System.Text.RegularExpressions;
using PerfAnalytics.Extraction.Vocabulary;

namespace PerfAnalytics.Extraction.Rules;

/// <summary>
/// The main rule: a label of the vocabulary followed by its figure, in prose ("实际支出 988.71 万元"), in a table row
/// ("预算安排数\t9 万元"), or as a label cell with the value in the next cell ("人员编制\n12"). Handles labels joined by
/// 和/、 that share one value (均为 100%) or take values in order (分别为), petition totals by unit and their changes.
/// </summary>
internal static partial class LabelValueRule
{
    public const int Priority = 1;

    public static void Apply(DocContext doc, List<LabelMatch> labels, Candidates found, GradeSink grades)
    {
        var text = doc.Text;
        for (var i = 0; i < labels.Count; i++)
        {
            var chain = new List<LabelMatch> { labels[i] };
            var pos = labels[i].End;
            while (i + 1 < labels.Count && Connector(text, pos, labels[i + 1].Start))
            {
                i++;
                chain.Add(labels[i]);
                pos = labels[i].End;
            }
            var last = chain[^1];
            var valueStart = SkipFillers(doc, last, out var distribute, out var inlineUnit);
            if (valueStart < 0)
            {
                if (last.Rows.Any(r => r.Code == "by_unit:petition")) PetitionChange(doc, last, last.End, [], found);
                // 年度预算执行率: a label that starts inside this one and runs past it is read instead.
                if (Overlapping(text, last) is { } inner && (i + 1 >= labels.Count || labels[i + 1].Start >= inner.End)) labels.Insert(i + 1, inner);
                continue;
            }

            if (IsGradeLabel(last) && Grades.At(text, valueStart) is { } g)
            {
                grades.Add(g.Grade, last.Start, valueStart + g.Length);
                continue;
            }
            var values = ReadValues(doc, valueStart, inlineUnit);
            if (values.Count == 0)
            {
                continue;
            }
            if (chain.Count > 1 && distribute == "均")
                foreach (var l in chain) Emit(doc, l, values[0], found);
            else if (chain.Count > 1 && distribute == "分别" && values.Count >= chain.Count)
                for (var k = 0; k < chain.Count; k++) Emit(doc, chain[k], values[k], found);
            else if (last.Rows.Any(r => r.Code == "by_unit:petition"))
            {
                var codes = values.Select(v => Emit(doc, last, v, found)).ToList();
                PetitionChange(doc, last, values[^1].End, codes, found);
            }
            else
            {
                var code = Emit(doc, last, values[0], found);
                if (code == "self_score") AfterScoreGrade(text, values[0].End, last.Start, grades);
            }
        }
    }

    private static LabelMatch? Overlapping(string text, LabelMatch m)
    {
        for (var k = m.Start + 1; k < m.End; k++)
            if (LabelVocabulary.LongestAt(text, k) is { } inner && inner.End > m.End) return inner;
        return null;
    }

    /// <summary>Resolve the label in its context and record the figure; returns the code used, if any.</summary>
    private static string? Emit(DocContext doc, LabelMatch label, Quantity q, Candidates found)
    {
        var topics = Topics.At(doc, label.Start);
        if (topics.LastYear || IsChange(doc.Text, q.Start)) return null;
        foreach (var row in label.Rows)
        {
            if (!Fits(row, topics, doc)) continue;
            if (row.Ignore || row.Code.StartsWith('@')) return null;
            if (topics.Functional) return null;
            // In a sentence about a subject (one project, 三公经费), a bare total belongs to the subject, not the department.
            if (topics.Subject is not null && row.IsTotal && row.Context != topics.Subject) return null;
            // Under a subject (三公经费, 公用经费) the items after 其中 are its parts, and its labels decide alone.
            if (topics.AfterOfWhich && row.IsTotal && row.Context == topics.Subject) return null;
            if (row.IsWhole && topics.AfterPart) return null;
            var code = row.Code;
            // One level, one channel or first-time items only is not the total (县级信访总量, 初次信访量).
            if (code == "by_unit:petition" && PartialQualifier().IsMatch(doc.Text.AsSpan(Math.Max(0, label.Start - 4), Math.Min(4, label.Start)).ToString())) return null;
            if (code == "by_unit:petition") code = q.Unit switch { "批" => "petition_batches", "人次" => "petition_persons", "件" => "petition_items", _ => null };
            if (code is null) return null;
            // A final account compares with the budget in passing (年初预算为 …); its budget figures are not the budget's.
            if (doc.DocKind == DocKinds.FinalAccountsStatement && code is "budget_total" or "budget_basic" or "budget_project") return null;
            var metricUnit = code.StartsWith('_') ? "万元" : MetricCatalogue.Get(code).Unit;
            var value = q;
            if (metricUnit == "万元" && q.Unit == "" && doc.DeclaredMoneyUnit(q.Start) is { } declared) value = Numbers.WithUnit(q, declared);
            if (!Numbers.Fits(metricUnit, value.Unit)) return null;
            // A bare number glued to a word is not a figure of this label ("编制2024年预算").
            if (value.Unit == "" && q.End < doc.Text.Length && TextNormalizer.IsCjk(doc.Text[q.End])) return null;
            // A project's score is not the department's (项目自评得分 …).
            if (code.StartsWith("score", StringComparison.Ordinal) || code == "self_score")
                if (ProjectClause(doc, label.Start)) return null;
            found.Add(new Candidate(code, value, label.Start, q.End, row.IsPreferred ? Priority + 1 : Priority));
            return code;
        }
        return null;
    }

    [GeneratedRegex(@"(?:县级|市级|镇级|乡镇|本级|初次|首次|初信|初访|重复|越级|进京|赴省|集体|日均|月均)(?:的)?$")]
    private static partial Regex PartialQualifier();

    [GeneratedRegex(@"项目(?!支出)")]
    private static partial Regex ProjectWord();

    [GeneratedRegex(@"整体|部门")]
    private static partial Regex WholeWord();

    private static bool ProjectClause(DocContext doc, int labelStart)
    {
        var c = doc.ClauseStart(labelStart);
        var before = doc.Text.AsSpan(c, labelStart - c).ToString();
        var label = doc.Text.AsSpan(labelStart, Math.Min(6, doc.Text.Length - labelStart)).ToString();
        return (ProjectWord().IsMatch(before) || label.StartsWith("项目", StringComparison.Ordinal)) && !WholeWord().IsMatch(before);
    }

    internal static bool Fits(LabelRow row, Topics t, DocContext doc)
    {
        var plan = doc.IsPlan || t.Budget;
        return row.Context switch
        {
            "*" => true,
            "plan" => plan,
            "actual" => !plan,
            "budget" => t.Budget,
            var subject => t.Subject == subject,
        };
    }

    [GeneratedRegex(@"(?:增加|减少|增长|下降|上升|降低|提高|节约|超支|相差|差额)[了为约近]*$")]
    private static partial Regex ChangeBefore();

    /// <summary>A figure right after 增加/减少/… is a change, not the year's figure.</summary>
    internal static bool IsChange(string text, int numberStart) =>
        ChangeBefore().IsMatch(text.AsSpan(Math.Max(0, numberStart - 6), Math.Min(6, numberStart)).ToString());

    /// <summary>和 / 、 / 及 between two labels (nothing else), so that they share what follows.</summary>
    private static bool Connector(string text, int from, int nextStart)
    {
        var between = text.AsSpan(from, Math.Max(0, nextStart - from)).Trim();
        return between is "和" or "、" or "及" or "与" or "以及" or "，" or "," or "和、";
    }

    private static readonly string[] Fillers = ["分别为", "分别是", "分别达到", "分别达", "分别", "均为", "均达到", "均达", "均是", "都为", "都是", "都达到",
        "达到", "合计为", "共计", "评定为", "评为", "事项", "为", "是", "达", "共", "计", "约", "有", "了"];

    /// <summary>Where the value after a label starts, or -1: skips 为/达到/…, "（原值）", tabs and empty cells, and
    /// (for a label that is a whole table cell) the line break to the next cell.</summary>
    private static int SkipFillers(DocContext doc, LabelMatch label, out string? distribute, out string? inlineUnit)
    {
        var text = doc.Text;
        distribute = null;
        inlineUnit = null;
        var i = label.End;
        var crossedLine = false;
        for (var guard = 0; guard < 12 && i < text.Length; guard++)
        {
            var c = text[i];
            if (c == '\t' && !IsWholeCell(doc, label)) return -1; // a value in another cell belongs to a label that is all of its cell
            if (c is ' ' or '\t' or ':' or '“' or '”' or '"') { i++; continue; }
            if (c == '(' && text.IndexOf(')', i) is var close and > 0 && close - i <= 12)
            {
                var inner = text[(i + 1)..close];
                if (inner.Contains("万元")) inlineUnit = "万元";
                else if (inner.Contains('元')) inlineUnit = "元";
                i = close + 1;
                continue;
            }
            if (c == '\n')
            {
                if (crossedLine || !IsWholeCell(doc, label)) return -1;
                crossedLine = true;
                i++;
                continue;
            }
            var filler = Fillers.FirstOrDefault(f => string.CompareOrdinal(text, i, f, 0, f.Length) == 0);
            if (filler is null) break;
            if (filler.StartsWith('分')) distribute = "分别";
            else if (filler[0] is '均' or '都') distribute = "均";
            i += filler.Length;
        }
        return i < text.Length && (char.IsAsciiDigit(text[i]) || Grades.At(text, i) is not null) ? i : -1;
    }

    [GeneratedRegex(@"^\t?(?:指标\s*\d+\s*[:：]\s*|\d+[、.．]\s*|[(（]?[一二三四五六七八九十]+[)）、]\s*)?$")]
    private static partial Regex CellPrefix();

    /// <summary>The label is all of its cell (line or tab cell): "人员编制", "指标1：固定资产利用率", "固定资产总额（原值）".</summary>
    internal static bool IsWholeCell(DocContext doc, LabelMatch label)
    {
        var text = doc.Text;
        var ls = doc.LineStart(label.Start);
        var cellStart = text.LastIndexOf('\t', Math.Max(ls, label.Start - 1), label.Start - ls) is var t and >= 0 ? t + 1 : ls;
        if (!CellPrefix().IsMatch(text.AsSpan(cellStart, label.Start - cellStart).ToString())) return false;
        var rest = text.AsSpan(label.End, doc.LineEnd(label.End) - label.End).ToString();
        var tab = rest.IndexOf('\t');
        if (tab >= 0) rest = rest[..tab];
        rest = Regex.Replace(rest, @"[(（][^)）]{0,10}[)）]", "");
        return rest.Trim(' ', ':', '：').Length == 0;
    }

    /// <summary>The figure at <paramref name="start"/> and those that follow it directly (572批653人次; 分别为 a、b).</summary>
    private static List<Quantity> ReadValues(DocContext doc, int start, string? inlineUnit)
    {
        var text = doc.Text;
        var list = new List<Quantity>();
        var i = start;
        while (Numbers.At(text, i) is { } q)
        {
            if (q.Unit == "" && inlineUnit is not null) q = Numbers.WithUnit(q, inlineUnit);
            if (q.Unit == "" && NextCellUnit(text, q.End) is { } u) q = Numbers.Make(q.SourceValue, u, q.Start, q.End);
            list.Add(q);
            i = q.End;
            if (i < text.Length && text[i] is '、' or ',' or '，' or '和') i++;
            else if (i < text.Length && text[i] == '\t') break;
            if (list.Count >= 6) break;
        }
        // "分别为500、200万元": a unit written once after the last figure holds for the bare ones before it.
        if (list.Count > 1 && list[^1].Unit is { Length: > 0 } shared)
            for (var k = 0; k < list.Count - 1; k++)
                if (list[k].Unit == "") list[k] = Numbers.Make(list[k].SourceValue, shared, list[k].Start, list[k].End);
        return list;
    }

    /// <summary>A unit written in the next table cell: "4919\t人次（次）".</summary>
    private static string? NextCellUnit(string text, int end)
    {
        if (end >= text.Length || text[end] != '\t') return null;
        var j = end;
        while (j < text.Length && text[j] == '\t') j++;
        var u = Numbers.UnitWordAt(text, j);
        if (u is null) return null;
        var after = j + u.Length;
        return after >= text.Length || text[after] is '\t' or '\n' or '(' or '（' ? u : null;
    }

    [GeneratedRegex(@"\G[,，]?(?:分别)?(?:同比|较上年|比上年|较去年|比去年|与上年相比|较上年同期|比上年同期)(?:分别)?(?<dir>下降|减少|降低|上升|增长|增加|提高)(?:了)?(?:约|近)?(?<a>\d+(?:\.\d+)?)%(?:(?:和|、|,|，)(?<b>\d+(?:\.\d+)?)%)?")]
    private static partial Regex ChangeAfter();

    /// <summary>信访总量 … 同比下降 X%: the change of the total, or of each count when the counts are listed (分别).</summary>
    private static void PetitionChange(DocContext doc, LabelMatch label, int from, List<string?> codes, Candidates found)
    {
        var m = ChangeAfter().Match(doc.Text, from);
        if (!m.Success) return;
        var sign = m.Groups["dir"].Value is "下降" or "减少" or "降低" ? -1m : 1m;
        var groups = new[] { m.Groups["a"], m.Groups["b"] }.Where(g => g.Success).ToList();
        for (var k = 0; k < groups.Count; k++)
        {
            var code = codes.Count > 1 && k < codes.Count
                ? YoyOf(codes[k])
                : k == 0 ? YoyOf(codes.FirstOrDefault()) : null;
            if (code is null) continue;
            var g = groups[k];
            var q = Numbers.At(doc.Text, g.Index)!;
            found.Add(new Candidate(code, q with { Value = sign * q.Value }, label.Start, q.End, Priority));
        }
    }

    private static string? YoyOf(string? countCode) => countCode switch
    {
        "petition_batches" => "petition_batches_yoy_change",
        "petition_persons" => "petition_persons_yoy_change",
        _ => "petition_yoy_change",
    };

    private static bool IsGradeLabel(LabelMatch l) => l.Rows.Any(r => r.Code == "@grade");

    [GeneratedRegex(@"\G\s*(?:[,，、]|和|及)?\s*(?:评价等级|评价等次|等级|等次|评定|评价结果)?(?:为|是|评为|属于|达到)?\s*[“""]?")]
    private static partial Regex BeforeGrade();

    /// <summary>"自评得分为 100.80 分和优秀", "98.5 分，等级为优".</summary>
    private static void AfterScoreGrade(string text, int end, int start, GradeSink grades)
    {
        var m = BeforeGrade().Match(text, end);
        var at = end + (m.Success ? m.Length : 0);
        if (Grades.At(text, at) is { } g) grades.Add(g.Grade, start, at + g.Length);
    }
}

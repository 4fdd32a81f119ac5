using System.Text.RegularExpressions;

namespace PerfAnalytics.Extraction.Rules;

/// <summary>
/// What a sentence is about, from the words before a label: the subject (三公经费, 公用经费, a project count), whether it
/// talks about the budget, the functional classification, the parts after 其中, last year.
/// </summary>
internal sealed partial record Topics(string? Subject, bool Budget, bool Functional, bool AfterOfWhich, bool AfterPart, bool LastYear)
{
    [GeneratedRegex(@"三公|公用经费(?![\d:：为])|申报项目|项目数|项目个数|项目绩效目标|项目预算|该项目|本项目|单个项目|项目资金")]
    private static partial Regex SubjectWord();

    [GeneratedRegex(@"(?:年初预算|预算编制情况|预算安排情况|预算批复|年初部门预算)(?![数为是达:：]*\d)")]
    private static partial Regex BudgetWord();

    [GeneratedRegex(@"功能分类")]
    private static partial Regex FunctionalWord();

    [GeneratedRegex(@"其中")]
    private static partial Regex OfWhichWord();

    [GeneratedRegex(@"基本支出|项目")]
    private static partial Regex PartWord();

    [GeneratedRegex(@"(?:上年|去年|上一年|上年度|同期|上期)(?:的|度)?$")]
    private static partial Regex LastYearBefore();

    public static Topics At(DocContext doc, int labelStart)
    {
        var text = doc.Text;
        int sentence = doc.SentenceStart(labelStart), clause = doc.ClauseStart(labelStart);
        var s = text.AsSpan(sentence, labelStart - sentence).ToString();
        var c = text.AsSpan(clause, labelStart - clause).ToString();
        string? subject = null;
        var last = SubjectWord().Matches(s).LastOrDefault();
        if (last is not null)
            subject = last.Value switch { "三公" => "three_public", var v when v.StartsWith("公用经费", StringComparison.Ordinal) => "public_exp", _ => "project" };
        var before = text.AsSpan(Math.Max(0, labelStart - 4), Math.Min(4, labelStart)).ToString();
        return new Topics(subject, BudgetWord().IsMatch(s), FunctionalWord().IsMatch(c), OfWhichWord().IsMatch(c), PartWord().IsMatch(c),
            LastYearBefore().IsMatch(before));
    }
}

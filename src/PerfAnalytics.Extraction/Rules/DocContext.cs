using System.Text.RegularExpressions;

namespace PerfAnalytics.Extraction.Rules;

/// <summary>The normalised text of one document with what the rules need to know about it.</summary>
internal sealed partial class DocContext
{
    public DocContext(string text, string docKind)
    {
        Text = text;
        DocKind = docKind;
        foreach (Match m in MoneyUnitDeclaration().Matches(text))
            MoneyUnits.Add((m.Index, m.Groups["u"].Value));
    }

    public string Text { get; }
    public string DocKind { get; }

    /// <summary>A plan (budget, targets) rather than achieved figures.</summary>
    public bool IsPlan => !DocKinds.StatesActuals(DocKind);

    private List<(int Pos, string Unit)> MoneyUnits { get; } = [];

    [GeneratedRegex(@"(?:单位|金额|数额|资金)\s*[:：]?\s*[(（]?\s*(?<u>万元|元|亿元)|[(（]\s*(?:单位\s*[:：]\s*)?(?<u>万元|元|亿元)\s*[)）]")]
    private static partial Regex MoneyUnitDeclaration();

    /// <summary>The money unit that a caption or header declared before <paramref name="pos"/> ("年度收入情况（万元）").</summary>
    public string? DeclaredMoneyUnit(int pos)
    {
        string? unit = null;
        foreach (var (p, u) in MoneyUnits)
        {
            if (p > pos) break;
            unit = u;
        }
        return unit;
    }

    public int LineStart(int pos) => pos <= 0 ? 0 : Text.LastIndexOf('\n', pos - 1) + 1;

    public int LineEnd(int pos)
    {
        var i = Text.IndexOf('\n', pos);
        return i < 0 ? Text.Length : i;
    }

    /// <summary>Start of the sentence (or table row) that holds <paramref name="pos"/>.</summary>
    public int SentenceStart(int pos) => BackTo(pos, "。\n!?！？");

    /// <summary>Start of the clause (sentence part up to a semicolon) that holds <paramref name="pos"/>.</summary>
    public int ClauseStart(int pos) => BackTo(pos, "。\n；;!?！？");

    private int BackTo(int pos, string stops)
    {
        for (var i = pos - 1; i >= 0; i--)
            if (stops.Contains(Text[i])) return i + 1;
        return 0;
    }
}

using System.Text.RegularExpressions;
using PerfAnalytics.Extraction.Vocabulary;

namespace PerfAnalytics.Extraction.Rules;

/// <summary>
/// A table with spending lines as rows and budget / actual / rate as columns:
/// "项目 | 预算数 | 决算数 | 执行率" then "基本支出 | 500 | 480 | 96%", "“三公”经费 | 3 | 2.1 | 70%", "合计 | …".
/// The column says whether a figure is budgeted or spent; the row says what it is.
/// </summary>
internal static partial class MatrixTableRule
{
    public const int Priority = 2;

    private enum Column { None, Budget, Actual, Rate }

    [GeneratedRegex(@"^(?:年初|全年|年度|本年|调整后|调整)?(?:预算数|预算|预算安排数|预算金额)(?:[(（].*[)）])?$")]
    private static partial Regex BudgetColumn();

    [GeneratedRegex(@"^(?:全年|年度|本年|全年实际)?(?:决算数|决算|实际支出数|实际支出|执行数|支出数|实际数|完成数|实际完成|支出决算)(?:[(（].*[)）])?$")]
    private static partial Regex ActualColumn();

    [GeneratedRegex(@"^(?:执行率|完成率|预算执行率|预算完成率|控制率|支出进度)(?:[(（].*[)）])?$")]
    private static partial Regex RateColumn();

    [GeneratedRegex(@"^(?:全年|调整后|调整|变动后)")]
    private static partial Regex AdjustedBudget();

    [GeneratedRegex(@"^(?:合计|总计|支出合计|合计数|总额|年度资金总额|资金总额|年度支出总额)$")]
    private static partial Regex TotalRow();

    [GeneratedRegex(@"^(?:\d+[.、]|[一二三四五六七八九十]+、|其中[:：]?)\s*")]
    private static partial Regex RowPrefix();

    private static bool IsLabel(Cell c) => c.Text.Length > 0 && !char.IsAsciiDigit(c.Text[0]) && c.Text[0] is not ('-' or '—');

    private static Column Kind(string header) =>
        BudgetColumn().IsMatch(header) ? Column.Budget : ActualColumn().IsMatch(header) ? Column.Actual : RateColumn().IsMatch(header) ? Column.Rate : Column.None;

    public static void Apply(DocContext doc, List<List<Cell>> rows, Candidates found)
    {
        for (var r = 0; r < rows.Count; r++)
        {
            var kinds = rows[r].Select(c => Kind(c.Text)).ToList();
            if (kinds.Count(k => k is Column.Budget or Column.Actual) < 2) continue;
            for (var d = r + 1; d < rows.Count && rows[d].Count == rows[r].Count; d++)
            {
                if (!rows[d].Any(IsLabel)) break;
                for (var c = 0; c < rows[d].Count; c++)
                {
                    // The row's label for a column is the nearest label cell to its left (two-sided tables: 收入 | 预算数 | 支出 | 预算数).
                    var label = rows[d].Take(c).LastOrDefault(IsLabel);
                    if (kinds[c] != Column.None && label is not null) Cell(doc, label, rows[r][c], kinds[c], rows[d][c], found);
                }
            }
        }
    }

    private static void Cell(DocContext doc, Cell rowLabel, Cell header, Column kind, Cell value, Candidates found)
    {
        if (value.Text.Length == 0 || Numbers.At(value.Text, 0) is not { } q || q.End != value.Text.Length) return;
        var name = RowPrefix().Replace(rowLabel.Text, "").Replace("“", "").Replace("”", "");
        string? code = null;
        if (TotalRow().IsMatch(name))
            code = kind switch { Column.Budget => "budget_total", Column.Actual => "expenditure_total", _ => "budget_execution_rate" };
        else if (name.StartsWith("三公", StringComparison.Ordinal))
            code = kind switch { Column.Budget => "three_public_budget", Column.Actual => "three_public_expenditure", _ => "three_public_control_rate" };
        else if (name.StartsWith("公用经费", StringComparison.Ordinal))
            code = kind switch { Column.Budget => "public_expenditure_budget", Column.Actual => "public_expenditure", _ => "public_expenditure_control_rate" };
        else if (kind != Column.Rate)
            code = Resolve(name, kind);
        if (code is null || doc.IsPlan && kind != Column.Budget) return;
        var unit = MetricCatalogue.Get(code).Unit;
        if (unit == "万元" && q.Unit == "" && doc.DeclaredMoneyUnit(value.Start) is { } declared) q = Numbers.WithUnit(q, declared);
        if (!Numbers.Fits(unit, q.Unit)) return;
        q = q with { Start = value.Start, End = value.Start + q.End };
        // The adjusted budget (全年预算数, 调整后预算) is the year's budget; the year-start one only where no other is given.
        var priority = kind == Column.Budget && AdjustedBudget().IsMatch(header.Text) ? Priority + 1 : Priority;
        found.Add(new Candidate(code, q, value.Start, value.End, priority, Excerpt: $"{rowLabel.Text}（{header.Text}）：{value.Text}"));
    }

    private static string? Resolve(string label, Column kind)
    {
        var match = LabelVocabulary.LongestAt(label, 0);
        if (match is null || match.End < label.Length) return null;
        foreach (var row in match.Rows)
        {
            var fits = row.Context switch
            {
                "*" => true,
                "plan" => kind == Column.Budget,
                "actual" => kind != Column.Budget,
                _ => false,
            };
            if (!fits) continue;
            if (row.Ignore || row.Code.StartsWith('@') || row.Code.StartsWith('_') || row.Code.StartsWith("by_unit", StringComparison.Ordinal)) return null;
            return row.Code;
        }
        return null;
    }
}

using System.Text.RegularExpressions;
using PerfAnalytics.Extraction.Vocabulary;

namespace PerfAnalytics.Extraction.Rules;

/// <summary>
/// A table whose header rows name the columns of the values below (收入合计 / 其中: 上年结转, 公共财政拨款 …), possibly
/// nested (基本支出 其中: 人员支出, 公用支出) or grouped (结余: 当年结余, 累计结余). The values come from the summary row
/// (…汇总, 合计) — a sub-unit's row is not the department's figure. Columns are matched only when their count fits.
/// </summary>
internal static partial class HeaderTableRule
{
    public const int Priority = 2;

    private sealed class Node(string label, Cell cell)
    {
        public string Label { get; } = label;
        public Cell Cell { get; } = cell;
        public bool OfWhich;
        public List<Node> Children { get; } = [];
    }

    [GeneratedRegex(@"名称$|^项目$|^科目$")]
    private static partial Regex HeaderStart();

    [GeneratedRegex(@"汇总|合计|总计")]
    private static partial Regex SummaryRow();

    public static void Apply(DocContext doc, List<List<Cell>> rows, Candidates found)
    {
        for (var r = 0; r < rows.Count; r++)
        {
            if (rows[r].Count < 3 || !HeaderStart().IsMatch(rows[r][0].Text)) continue;
            var header = new List<List<Cell>> { rows[r] };
            var k = r + 1;
            while (k < rows.Count && rows[k].Count > 0 && rows[k][0].Text.Length == 0) header.Add(rows[k++]);
            var data = new List<List<Cell>>();
            while (k < rows.Count && rows[k].Count > 1 && rows[k][0].Text.Length > 0 && !HeaderStart().IsMatch(rows[k][0].Text)) data.Add(rows[k++]);
            var summary = data.FirstOrDefault(d => SummaryRow().IsMatch(d[0].Text)) ?? (data.Count == 1 ? data[0] : null);
            if (summary is not null) Map(doc, Columns(header), summary, found);
            r = k - 1;
        }
    }

    private static List<Node> Columns(List<List<Cell>> header)
    {
        var roots = new List<Node>();
        var previous = new List<Node>();
        var all = new List<Node>();
        foreach (var row in header)
        {
            var current = new List<Node>();
            foreach (var cell in row.Skip(1))
            {
                if (cell.Text.Length == 0) continue;
                if (cell.Text.StartsWith("其中", StringComparison.Ordinal))
                {
                    if (current.Count > 0) current[^1].OfWhich = true;
                    continue;
                }
                var node = new Node(cell.Text, cell);
                var group = all.FirstOrDefault(g => !g.OfWhich && node.Label.Length > g.Label.Length && node.Label.EndsWith(g.Label, StringComparison.Ordinal));
                var parent = group ?? previous.FirstOrDefault(p => p.OfWhich) ?? all.FirstOrDefault(p => p.OfWhich && p.Children.Count == 0);
                if (parent is null || ReferenceEquals(row, header[0])) roots.Add(node);
                else parent.Children.Add(node);
                current.Add(node);
                all.Add(node);
            }
            previous = current;
        }
        var columns = new List<Node>();
        foreach (var root in roots) Leaves(root, columns);
        return columns;
    }

    private static void Leaves(Node n, List<Node> into)
    {
        if (n.Children.Count == 0 || n.OfWhich) into.Add(n);
        foreach (var c in n.Children) Leaves(c, into);
    }

    private static void Map(DocContext doc, List<Node> columns, List<Cell> summary, Candidates found)
    {
        var values = summary.Skip(1).ToList();
        // A tab-separated row loses its trailing empty cells to trimming: they are empty, not missing columns.
        while (values.Count < columns.Count && values.Count > 0) values.Add(new Cell("", values[^1].End, values[^1].End));
        if (values.Count != columns.Count) return;
        var none = new Topics(null, false, false, false, false, false);
        for (var i = 0; i < columns.Count; i++)
        {
            var label = LabelVocabulary.LongestAt(columns[i].Label, 0);
            if (label is null || label.End < columns[i].Label.Length) continue;
            var cell = values[i];
            if (cell.Text.Length == 0) continue;
            var q = Numbers.At(cell.Text, 0);
            if (q is null || q.End != cell.Text.Length) continue;
            var row = label.Rows.FirstOrDefault(x => LabelValueRule.Fits(x, none, doc));
            if (row is null || row.Ignore || row.Code.StartsWith('@') || row.Code.StartsWith("by_unit", StringComparison.Ordinal)) continue;
            var unit = row.Code.StartsWith('_') ? "万元" : MetricCatalogue.Get(row.Code).Unit;
            q = q with { Start = cell.Start, End = cell.Start + q.End };
            if (unit == "万元" && q.Unit == "" && doc.DeclaredMoneyUnit(cell.Start) is { } declared) q = Numbers.WithUnit(q, declared);
            if (!Numbers.Fits(unit, q.Unit)) continue;
            found.Add(new Candidate(row.Code, q, q.Start, q.End, Priority, Excerpt: $"{columns[i].Label}（{summary[0].Text}）：{cell.Text}"));
        }
    }
}

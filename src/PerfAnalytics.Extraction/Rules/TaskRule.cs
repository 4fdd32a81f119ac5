using System.Text.RegularExpressions;

namespace PerfAnalytics.Extraction.Rules;

/// <summary>
/// Key tasks of a target table or report (年度重点工作任务 … 拟投入的资金): "任务N：name" followed, within its row, by the
/// amount as a number standing alone in its cell. A name broken by a narrow cell continues on the next short line.
/// </summary>
internal static partial class TaskRule
{
    [GeneratedRegex(@"重点工作任务|重点任务|其他需完成的任务|主要任务")]
    private static partial Regex SectionStart();

    [GeneratedRegex(@"\n\t?(?:绩效指标|一级指标|总体绩效目标|备注)")]
    private static partial Regex SectionEnd();

    [GeneratedRegex(@"(?:^|\n|\t)\s*任务\s*(?<n>\d+)\s*[:：]\s*")]
    private static partial Regex Marker();

    [GeneratedRegex(@"(?<=^|[\s\u4e00-\u9fff，。、；:])(?<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?<unit>万元|元)?(?=[ \t]|\n|$)")]
    private static partial Regex Amount();

    public static List<KeyTask> Apply(DocContext doc)
    {
        var text = doc.Text;
        var start = SectionStart().Match(text);
        if (!start.Success) return [];
        var endMatch = SectionEnd().Match(text, start.Index);
        var end = endMatch.Success ? endMatch.Index : text.Length;
        var markers = Marker().Matches(text[..end], start.Index).Where(m => m.Index >= start.Index).ToList();
        if (markers.Count == 0) return FromRows(doc, start.Index, end);
        var tasks = new List<KeyTask>();
        for (var i = 0; i < markers.Count; i++)
        {
            var m = markers[i];
            var nameStart = m.Index + m.Length;
            var blockEnd = i + 1 < markers.Count ? markers[i + 1].Index : end;
            var (name, nameEnd) = Name(text, nameStart, blockEnd);
            if (name.Length == 0) continue;
            decimal? amount = null;
            var taskEnd = nameEnd;
            var a = Amount().Match(text[..blockEnd], nameEnd);
            if (a.Success && !LooksLikeYear(a.Value))
            {
                var q = Numbers.At(text, a.Index);
                if (q is not null)
                {
                    var unit = q.Unit is "万元" or "元" ? q.Unit : doc.DeclaredMoneyUnit(a.Index) ?? "万元";
                    amount = Numbers.WithUnit(q, unit).Value;
                    taskEnd = a.Index + a.Length;
                }
            }
            var excerptStart = m.Index + (text[m.Index] is '\n' or '\t' ? 1 : 0);
            tasks.Add(new KeyTask(name, amount, text[excerptStart..Math.Min(taskEnd, excerptStart + 200)], excerptStart, taskEnd));
        }
        return tasks;
    }

    [GeneratedRegex(@"名称|任务|内容|目标|资金|金额|合计|小计")]
    private static partial Regex HeaderCell();

    /// <summary>Tasks as table rows without 任务N markers: "信访维稳工作 | 主要内容 | 200.34 | 目标".</summary>
    private static List<KeyTask> FromRows(DocContext doc, int start, int end)
    {
        var tasks = new List<KeyTask>();
        foreach (var row in CellRows.Read(doc.Text[start..end]))
        {
            var cells = row.Where(c => c.Text.Length > 0).ToList();
            if (cells.Count < 2 || char.IsAsciiDigit(cells[0].Text[0]) || HeaderCell().IsMatch(cells[0].Text) && cells[0].Text.Length <= 8) continue;
            var amountCell = cells.Skip(1).FirstOrDefault(c => Numbers.At(c.Text, 0) is { } q && q.End == c.Text.Length);
            if (amountCell is null) continue;
            var q = Numbers.At(amountCell.Text, 0)!;
            var amount = Numbers.WithUnit(q, q.Unit is "万元" or "元" ? q.Unit : doc.DeclaredMoneyUnit(start + amountCell.Start) ?? "万元").Value;
            tasks.Add(new KeyTask(cells[0].Text, amount, $"{cells[0].Text} … {amountCell.Text}", start + cells[0].Start, start + amountCell.End));
        }
        return tasks;
    }

    private static bool LooksLikeYear(string s) => s.Length == 4 && s.StartsWith("20", StringComparison.Ordinal);

    /// <summary>The task's name: up to a space or tab; a line that ends in the name continues on a short next line.</summary>
    private static (string Name, int End) Name(string text, int start, int limit)
    {
        var i = start;
        while (i < limit && text[i] is not (' ' or '\t' or '\n')) i++;
        var name = text[start..i];
        if (i < limit && text[i] == '\n')
        {
            var next = text.IndexOf('\n', i + 1);
            if (next < 0 || next > limit) next = limit;
            var line = text[(i + 1)..next];
            if (line.Length is > 0 and <= 10 && !line.Any(char.IsAsciiDigit) && !line.Contains(' ') && !line.Contains('\t'))
            {
                name += line;
                i = next;
            }
        }
        return (name.Trim(), i);
    }
}

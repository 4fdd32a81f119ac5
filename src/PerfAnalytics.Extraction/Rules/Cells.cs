namespace PerfAnalytics.Extraction.Rules;

/// <summary>A table cell of the normalised text: its words and where they are.</summary>
internal sealed record Cell(string Text, int Start, int End);

/// <summary>
/// Table rows: a line with tabs between cells (PDF, spreadsheets) is a row; and tables as Word-to-text writes them: each cell a line that starts with a tab (a line without one continues the cell,
/// even after a blank line), rows separated by blank lines. Empty cells are kept so that columns stay aligned.
/// </summary>
internal static class CellRows
{
    public static List<List<Cell>> Read(string text)
    {
        var rows = new List<List<Cell>>();
        List<Cell>? row = null;
        var blank = false;
        var pos = 0;
        foreach (var line in text.Split('\n'))
        {
            var start = pos;
            pos += line.Length + 1;
            if (line.Length == 0) { blank = true; continue; }
            if (line.AsSpan(1).Contains('\t'))
            {
                // A whole row on one line, cells separated by tabs (PDF and spreadsheet text).
                var cells = new List<Cell>();
                var at = start;
                foreach (var part in line.Split('\t'))
                {
                    var lead = part.Length - part.TrimStart().Length;
                    cells.Add(new Cell(part.Trim(), at + lead, at + lead + part.Trim().Length));
                    at += part.Length + 1;
                }
                rows.Add(cells);
                row = null;
                blank = false;
                continue;
            }
            if (line[0] == '\t')
            {
                if (row is null || blank) rows.Add(row = []);
                var content = line[1..];
                row.Add(new Cell(content.Trim(), start + 1, start + line.Length));
            }
            else if (row is { Count: > 0 })
            {
                var last = row[^1];
                row[^1] = last with { Text = (last.Text + line.Trim()).Trim(), End = start + line.Length };
            }
            blank = false;
        }
        return rows;
    }
}

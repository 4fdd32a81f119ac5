using System.Text;
using UglyToad.PdfPig.Content;

namespace PerfAnalytics.Extraction.Formats;

/// <summary>The lines of one PDF page, top to bottom: prose lines from letter positions, table rows from ruled grids.</summary>
internal static class PdfLines
{
    private const double MarginBand = 0.12;

    public static PdfLine[] Build(Page page)
    {
        var frame = new PdfPageFrame(page);
        var tables = PdfTables.Find(page, frame);
        var lines = new List<PdfLine>();
        var prose = new List<Glyph>();
        var inTable = tables.ToDictionary(t => t, _ => new List<Glyph>());
        foreach (var g in frame.Glyphs())
        {
            var table = tables.FirstOrDefault(t => t.Contains(g.CenterX, g.CenterY));
            if (table is null) prose.Add(g); else inTable[table].Add(g);
        }
        foreach (var group in Rows(prose))
        {
            var first = group.FirstOrDefault(g => !g.IsSpace);
            if (first is null) continue;
            lines.Add(new PdfLine(page.Number, frame.Width, Text(group, tabs: true), group.Max(g => g.Top),
                first.X, group.Max(g => g.EndX), first.Size, isTableRow: false));
        }
        foreach (var (table, glyphs) in inTable)
            lines.AddRange(table.Rows(glyphs).Select(r => new PdfLine(page.Number, frame.Width, r.Text, r.Top, table.Left, table.Right, 10, isTableRow: true)));

        var ordered = lines.Where(l => l.Text.Trim('\t', ' ').Length > 0).OrderByDescending(l => l.Top).ToArray();
        var height = frame.Height;
        for (var i = 0; i < ordered.Length; i++)
        {
            var top = ordered[i].Top;
            var atEdge = i == 0 || i == ordered.Length - 1 || i == 1 || i == ordered.Length - 2;
            ordered[i].Marginal = !ordered[i].IsTableRow && atEdge && (top > height * (1 - MarginBand) || top < height * MarginBand);
        }
        return ordered;
    }

    /// <summary>Letters grouped into visual lines by baseline, each sorted left to right, lines top to bottom.</summary>
    public static List<List<Glyph>> Rows(IEnumerable<Glyph> glyphs)
    {
        var rows = new List<List<Glyph>>();
        foreach (var g in glyphs.OrderByDescending(g => g.Y).ThenBy(g => g.X))
        {
            var row = rows.Count > 0 ? rows[^1] : null;
            if (row is not null && Math.Abs(row[0].Y - g.Y) <= 0.4 * g.Size) row.Add(g);
            else rows.Add([g]);
        }
        foreach (var row in rows) row.Sort((a, b) => a.X.CompareTo(b.X));
        return rows;
    }

    /// <summary>
    /// The text of one visual line: a space where the PDF has a space glyph or where glyphs stand apart, a tab for
    /// a wide gap (a borderless column).
    /// </summary>
    public static string Text(List<Glyph> row, bool tabs)
    {
        var sb = new StringBuilder();
        Glyph? prev = null;
        var spaced = false;
        foreach (var l in row)
        {
            if (l.IsSpace) { spaced = prev is not null; continue; }
            if (prev is not null)
            {
                if (l.Value == prev.Value && Math.Abs(l.X - prev.X) < 0.5) continue; // fake bold
                var size = Math.Max(prev.Size, l.Size);
                var gap = l.X - prev.EndX;
                // Typesetters put extra room between Chinese and Latin text (LibreOffice's autospace, 0.2 em): not a space.
                if (gap > 2.5 * size) sb.Append(tabs ? '\t' : ' ');
                else if (spaced || gap > (Mixed(prev.Value[^1], l.Value[0]) ? 0.3 : 0.25) * size) sb.Append(' ');
            }
            sb.Append(l.Value);
            prev = l;
            spaced = false;
        }
        return sb.ToString();
    }

    /// <summary>
    /// Several visual lines of one cell as one string, the wraps undone: a line that stops short of the cell's
    /// right edge broke at a space (kept between Latin letters and digits); one that fills it broke mid-word.
    /// </summary>
    public static string CellText(IEnumerable<Glyph> glyphs, double rightEdge)
    {
        var sb = new StringBuilder();
        var previousRight = double.MaxValue;
        foreach (var row in Rows(glyphs))
        {
            var text = Text(row, tabs: false);
            var size = row[0].Size;
            if (sb.Length > 0 && char.IsAsciiLetterOrDigit(sb[^1]) && char.IsAsciiLetterOrDigit(text[0]) && previousRight + 2 * size < rightEdge)
                sb.Append(' ');
            sb.Append(text);
            previousRight = row.Max(g => g.EndX);
        }
        return sb.ToString().Trim();
    }

    private static bool Mixed(char a, char b) => TextNormalizer.IsCjk(a) != TextNormalizer.IsCjk(b) && (char.IsAsciiLetterOrDigit(a) || char.IsAsciiLetterOrDigit(b));
}

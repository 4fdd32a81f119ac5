using System.Text;
using UglyToad.PdfPig.Content;

namespace PerfAnalytics.Extraction.Formats;

/// <summary>The lines of one PDF page, top to bottom: prose lines from letter positions, table rows from ruled grids.</summary>
internal static class PdfLines
{
    private const double MarginBand = 0.12;

    public static PdfLine[] Build(Page page, IEnumerable<Letter> all)
    {
        var letters = all.Where(l => l.TextOrientation == TextOrientation.Horizontal).ToList();
        var tables = PdfTables.Find(page);
        var lines = new List<PdfLine>();
        var prose = new List<Letter>();
        var inTable = tables.ToDictionary(t => t, _ => new List<Letter>());
        foreach (var l in letters)
        {
            var c = l.BoundingBox.Centroid;
            var table = tables.FirstOrDefault(t => t.Contains(c.X, c.Y));
            if (table is null) prose.Add(l); else inTable[table].Add(l);
        }
        foreach (var group in Rows(prose))
        {
            var first = group.FirstOrDefault(l => !string.IsNullOrWhiteSpace(l.Value));
            if (first is null) continue;
            lines.Add(new PdfLine(page.Number, page.Width, Text(group, tabs: true), group.Max(l => l.BoundingBox.Top),
                first.StartBaseLine.X, group.Max(l => l.EndBaseLine.X), Size(first), isTableRow: false));
        }
        foreach (var (table, tableLetters) in inTable)
            lines.AddRange(table.Rows(tableLetters).Select(r => new PdfLine(page.Number, page.Width, r.Text, r.Top, table.Left, table.Right, 10, isTableRow: true)));

        var ordered = lines.Where(l => l.Text.Trim('\t', ' ').Length > 0).OrderByDescending(l => l.Top).ToArray();
        var height = page.Height;
        for (var i = 0; i < ordered.Length; i++)
        {
            var top = ordered[i].Top;
            var atEdge = i == 0 || i == ordered.Length - 1 || i == 1 || i == ordered.Length - 2;
            ordered[i].Marginal = !ordered[i].IsTableRow && atEdge && (top > height * (1 - MarginBand) || top < height * MarginBand);
        }
        return ordered;
    }

    /// <summary>Letters grouped into visual lines by baseline, each sorted left to right, lines top to bottom.</summary>
    public static List<List<Letter>> Rows(IEnumerable<Letter> letters)
    {
        var rows = new List<List<Letter>>();
        foreach (var l in letters.OrderByDescending(l => l.StartBaseLine.Y).ThenBy(l => l.StartBaseLine.X))
        {
            var row = rows.Count > 0 ? rows[^1] : null;
            if (row is not null && Math.Abs(row[0].StartBaseLine.Y - l.StartBaseLine.Y) <= 0.4 * Size(l)) row.Add(l);
            else rows.Add([l]);
        }
        foreach (var row in rows) row.Sort((a, b) => a.StartBaseLine.X.CompareTo(b.StartBaseLine.X));
        return rows;
    }

    /// <summary>
    /// The text of one visual line: a space where the PDF has a space glyph or where glyphs stand apart, a tab for
    /// a wide gap (a borderless column).
    /// </summary>
    public static string Text(List<Letter> row, bool tabs)
    {
        var sb = new StringBuilder();
        Letter? prev = null;
        var spaced = false;
        foreach (var l in row)
        {
            if (string.IsNullOrWhiteSpace(l.Value)) { spaced = prev is not null; continue; }
            if (prev is not null)
            {
                if (l.Value == prev.Value && Math.Abs(l.StartBaseLine.X - prev.StartBaseLine.X) < 0.5) continue; // fake bold
                var size = Math.Max(Size(prev), Size(l));
                var gap = l.StartBaseLine.X - prev.EndBaseLine.X;
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
    public static string CellText(IEnumerable<Letter> letters, double rightEdge)
    {
        var sb = new StringBuilder();
        var previousRight = double.MaxValue;
        foreach (var row in Rows(letters))
        {
            var text = Text(row, tabs: false);
            var size = Size(row[0]);
            if (sb.Length > 0 && char.IsAsciiLetterOrDigit(sb[^1]) && char.IsAsciiLetterOrDigit(text[0]) && previousRight + 2 * size < rightEdge)
                sb.Append(' ');
            sb.Append(text);
            previousRight = row.Max(l => l.EndBaseLine.X);
        }
        return sb.ToString().Trim();
    }

    private static bool Mixed(char a, char b) => TextNormalizer.IsCjk(a) != TextNormalizer.IsCjk(b) && (char.IsAsciiLetterOrDigit(a) || char.IsAsciiLetterOrDigit(b));

    public static double Size(Letter l) => l.PointSize > 1 ? l.PointSize : Math.Max(l.BoundingBox.Height, 8);
}

using UglyToad.PdfPig.Content;

namespace PerfAnalytics.Extraction.Formats;

/// <summary>
/// A ruled table on a PDF page, found from its drawn borders: horizontal rules split it into rows, the vertical
/// rules crossing a row split that row into cells. A cell spanning several grid columns is followed by empty cells,
/// so a row comes out like the same row read from Word (gridSpan), and columns stay aligned.
/// </summary>
internal sealed class PdfTables
{
    private const double Thin = 3, Tolerance = 1.5;

    private readonly List<Segment> _vertical;
    private readonly List<Segment> _horizontal;
    private readonly double[] _ys; // rule heights, top to bottom
    private readonly double[] _xs; // grid columns, left to right

    private PdfTables(List<Segment> horizontal, List<Segment> vertical)
    {
        _vertical = vertical;
        _horizontal = horizontal;
        _ys = Distinct(horizontal.Select(h => h.At)).OrderByDescending(y => y).ToArray();
        _xs = Distinct(vertical.Select(v => v.At)).OrderBy(x => x).ToArray();
    }

    public double Left => _xs[0];
    public double Right => _xs[^1];

    public bool Contains(double x, double y) => x > _xs[0] && x < _xs[^1] && y < _ys[0] && y > _ys[^1];

    /// <summary>Row texts, top to bottom; rows without any text are left out.</summary>
    public IEnumerable<(string Text, double Top)> Rows(List<Glyph> glyphs)
    {
        var byBand = glyphs.GroupBy(Band).Where(g => g.Key >= 0).OrderBy(g => g.Key);
        foreach (var band in byBand)
        {
            var mid = (_ys[band.Key] + _ys[band.Key + 1]) / 2;
            var cuts = Distinct(_vertical.Where(v => v.From - Tolerance <= mid && mid <= v.To + Tolerance).Select(v => v.At)).OrderBy(x => x).ToArray();
            if (cuts.Length < 2)
            {
                yield return (PdfLines.CellText(band, Right), _ys[band.Key]); // no rule splits this row: keep its text whole
                continue;
            }
            var cells = new List<string>();
            for (var g = 0; g < _xs.Length - 1 && _xs[g] < cuts[0] - Tolerance; g++) cells.Add("");
            for (var c = 0; c < cuts.Length - 1; c++)
            {
                var (a, b) = (cuts[c], cuts[c + 1]);
                cells.Add(PdfLines.CellText(band.Where(g => g.CenterX > a && g.CenterX < b), b));
                var span = _xs.Count(x => x > a + Tolerance && x < b - Tolerance) + 1;
                for (var s = 1; s < span; s++) cells.Add("");
            }
            yield return (string.Join('\t', cells), _ys[band.Key]);
        }
    }

    /// <summary>
    /// The row of a letter: the band under the nearest rule above it in its own column, so the text of a
    /// vertically merged cell stays in the merged cell's first row even where it runs past that row.
    /// </summary>
    private int Band(Glyph g)
    {
        var (x, y) = (g.CenterX, g.CenterY);
        var above = _horizontal.Where(h => h.At >= y && h.From - Tolerance <= x && x <= h.To + Tolerance).Select(h => h.At).DefaultIfEmpty().Min();
        var band = Band(above > 0 ? above - 2 * Tolerance : y);
        return band >= 0 ? band : Math.Max(0, Band(y));
    }

    private int Band(double y)
    {
        for (var i = 0; i < _ys.Length - 1; i++)
            if (y <= _ys[i] && y > _ys[i + 1]) return i;
        return -1;
    }

    /// <summary>The ruled tables of a page: rules that touch each other belong to one table.</summary>
    public static List<PdfTables> Find(Page page, PdfPageFrame frame)
    {
        var segments = new List<Segment>();
        foreach (var path in page.Paths)
        {
            if (path.IsClipping) continue;
            foreach (var sub in path)
            {
                if (sub.GetBoundingRectangle() is not { } drawn) continue;
                var r = frame.Rectangle(drawn);
                if (r.Height <= Thin && r.Width > Thin) segments.Add(new Segment(true, (r.Bottom + r.Top) / 2, r.Left, r.Right));
                else if (r.Width <= Thin && r.Height > Thin) segments.Add(new Segment(false, (r.Left + r.Right) / 2, r.Bottom, r.Top));
                else if (path.IsStroked && sub.IsDrawnAsRectangle)
                {
                    segments.Add(new Segment(true, r.Bottom, r.Left, r.Right));
                    segments.Add(new Segment(true, r.Top, r.Left, r.Right));
                    segments.Add(new Segment(false, r.Left, r.Bottom, r.Top));
                    segments.Add(new Segment(false, r.Right, r.Bottom, r.Top));
                }
            }
        }
        if (segments.Count > 5000) return []; // a drawing, not a table
        var parent = Enumerable.Range(0, segments.Count).ToArray();
        int Root(int i) => parent[i] == i ? i : parent[i] = Root(parent[i]);
        for (var i = 0; i < segments.Count; i++)
            for (var j = i + 1; j < segments.Count; j++)
                if (segments[i].Touches(segments[j])) parent[Root(i)] = Root(j);
        return Enumerable.Range(0, segments.Count).GroupBy(Root)
            .Select(g => g.Select(i => segments[i]).ToList())
            .Select(g => (Segments: g, Rows: Distinct(g.Where(s => s.Horizontal).Select(s => s.At)).Count(), Columns: Distinct(g.Where(s => !s.Horizontal).Select(s => s.At)).Count()))
            // A single box (a frame round the page or a text box) is not a table; nor are rules without verticals.
            .Where(t => t.Rows >= 2 && t.Columns >= 2 && t.Rows + t.Columns > 4)
            .Select(t => t.Segments)
            .Select(g => new PdfTables(g.Where(s => s.Horizontal).ToList(), g.Where(s => !s.Horizontal).ToList()))
            .ToList();
    }

    private static List<double> Distinct(IEnumerable<double> values)
    {
        var result = new List<double>();
        foreach (var v in values.OrderBy(v => v))
            if (result.Count == 0 || v - result[^1] > Tolerance) result.Add(v);
        return result;
    }

    /// <summary>A rule: horizontal at height At from From to To, or vertical at x At from From (bottom) to To (top).</summary>
    private sealed record Segment(bool Horizontal, double At, double From, double To)
    {
        public bool Touches(Segment o)
        {
            if (Horizontal == o.Horizontal)
                return Math.Abs(At - o.At) <= Tolerance && From <= o.To + Tolerance && o.From <= To + Tolerance;
            var (h, v) = Horizontal ? (this, o) : (o, this);
            return v.At >= h.From - Tolerance && v.At <= h.To + Tolerance && h.At >= v.From - Tolerance && h.At <= v.To + Tolerance;
        }
    }
}

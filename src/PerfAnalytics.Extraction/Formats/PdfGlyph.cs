using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace PerfAnalytics.Extraction.Formats;

/// <summary>A letter in the page's upright frame: baseline start and end x, baseline y, box, size.</summary>
internal sealed record Glyph(string Value, double X, double EndX, double Y, double Left, double Bottom, double Right, double Top, double Size)
{
    public double CenterX => (Left + Right) / 2;
    public double CenterY => (Bottom + Top) / 2;
    public bool IsSpace => string.IsNullOrWhiteSpace(Value);
}

/// <summary>
/// A page as it is read: PdfPig turns the coordinates of a page with /Rotate; this turns them back, so a landscape
/// page rotated for display is laid out like any other.
/// </summary>
internal sealed class PdfPageFrame(Page page)
{
    private readonly int _rotation = ((page.Rotation.Value % 360) + 360) % 360;

    public double Width => _rotation is 90 or 270 ? page.Height : page.Width;
    public double Height => _rotation is 90 or 270 ? page.Width : page.Height;

    private TextOrientation Upright => _rotation switch
    {
        90 => TextOrientation.Rotate90,
        180 => TextOrientation.Rotate180,
        270 => TextOrientation.Rotate270,
        _ => TextOrientation.Horizontal,
    };

    public (double X, double Y) Point(double x, double y) => _rotation switch
    {
        90 => (page.Height - y, x),
        180 => (page.Width - x, page.Height - y),
        270 => (y, page.Width - x),
        _ => (x, y),
    };

    public PdfRectangle Rectangle(PdfRectangle r)
    {
        var (x1, y1) = Point(r.Left, r.Bottom);
        var (x2, y2) = Point(r.Right, r.Top);
        return new PdfRectangle(Math.Min(x1, x2), Math.Min(y1, y2), Math.Max(x1, x2), Math.Max(y1, y2));
    }

    /// <summary>The page's letters that run along its reading direction, upright.</summary>
    public List<Glyph> Glyphs() => page.Letters.Where(l => l.TextOrientation == Upright).Select(l =>
    {
        var (x, y) = Point(l.StartBaseLine.X, l.StartBaseLine.Y);
        var (endX, _) = Point(l.EndBaseLine.X, l.EndBaseLine.Y);
        var box = Rectangle(l.BoundingBox);
        var size = l.PointSize > 1 ? l.PointSize : Math.Max(box.Height, 8);
        return new Glyph(l.Value, x, endX, y, box.Left, box.Bottom, box.Right, box.Top, size);
    }).ToList();
}

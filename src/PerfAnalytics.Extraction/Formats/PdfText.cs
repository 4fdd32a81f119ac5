using System.Text;
using System.Text.RegularExpressions;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Exceptions;

namespace PerfAnalytics.Extraction.Formats;

/// <summary>
/// PDF text layer in reading order (PdfPig). Lines are rebuilt from letter positions; a line that runs to the
/// right margin continues in the next one (the wrap is undone); ruled tables come out one row per line with
/// cells separated by tabs (<see cref="PdfTables"/>); running headers, footers and page numbers are dropped.
/// </summary>
internal static partial class PdfText
{
    public static string Read(byte[] content)
    {
        var tail = content.AsSpan(Math.Max(0, content.Length - 2048));
        if (tail.IndexOf("%%EOF"u8) < 0)
            throw new UnreadableDocumentException("truncated", "该 PDF 文件不完整（文件末尾缺失，可能下载或复制时被截断）。请重新下载或向报送单位索取完整的文件。");
        try
        {
            using var pdf = PdfDocument.Open(content, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true, FilterProvider = new PdfStreamGuard() });
            if (pdf.NumberOfPages > DocumentReader.MaxPages)
                throw new UnreadableDocumentException("too_many_pages", $"该 PDF 共 {pdf.NumberOfPages} 页，超过上限 {DocumentReader.MaxPages} 页。请只提供报告本身，或拆分后再导入。");
            var pages = new List<PdfLine[]>();
            var letters = 0;
            var unmapped = 0;
            var images = 0;
            var textless = 0; // pages with hardly any glyphs: scanned pages, perhaps with a stamped page number
            foreach (var page in pdf.GetPages())
            {
                var visible = page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();
                letters += visible.Count;
                unmapped += visible.Count(l => l.Value.Any(c => c is '\uFFFD' or >= '\uE000' and <= '\uF8FF' || char.IsControl(c)));
                images += page.NumberOfImages;
                if (visible.Count < 20) textless++;
                pages.Add(PdfLines.Build(page));
            }
            if (textless >= 0.8 * pdf.NumberOfPages)
                throw new UnreadableDocumentException("no_text_layer", images > 0
                    ? "该 PDF 没有文字层（可能是扫描件），暂不支持 OCR。请提供带文字层的 PDF 或 Word 原件。"
                    : "该 PDF 中没有可读取的文字。请提供带文字层的 PDF 或 Word 原件。");
            if (unmapped > letters / 3)
                throw new UnreadableDocumentException("unmapped_font", "该 PDF 的文字无法解码（字体缺少编码映射，复制出来是乱码）。请提供 Word 原件或重新导出的 PDF。");
            DropRunningLines(pages);
            return Join(pages);
        }
        catch (PdfDocumentEncryptedException)
        {
            throw new UnreadableDocumentException("encrypted", "该 PDF 已加密（设置了打开密码），无法读取。请提供未加密的 PDF 或 Word 原件。");
        }
    }

    /// <summary>
    /// Lines in the top or bottom band of the page that are page numbers, or that repeat on most pages (running
    /// headers and footers). A repeated line is kept on the first page, where it may well be the title.
    /// </summary>
    private static void DropRunningLines(List<PdfLine[]> pages)
    {
        var marginal = pages.SelectMany(p => p.Where(l => l.Marginal)).ToList();
        var repeats = marginal.GroupBy(l => Digits().Replace(l.Text, "#").Replace(" ", ""))
            .Where(g => g.Select(l => l.Page).Distinct().Count() >= Math.Max(2, (pages.Count + 1) / 2))
            .Select(g => g.Key).ToHashSet();
        foreach (var line in marginal)
            if (PageNumber().IsMatch(line.Text.Trim()) || line.Page > 1 && repeats.Contains(Digits().Replace(line.Text, "#").Replace(" ", "")))
                line.Dropped = true;
    }

    /// <summary>
    /// Lines in order. A prose line that reaches the right margin is joined with the next one (also across a page
    /// break) unless the next is indented, starts a numbered heading, or the line ends a sentence. Paragraphs are
    /// told by the extra room above them and end with a blank line; lines of one paragraph and table rows end with one newline.
    /// </summary>
    private static string Join(List<PdfLine[]> pages)
    {
        var kept = pages.SelectMany(p => p).Where(l => !l.Dropped).ToList();
        var rights = kept.Where(l => !l.IsTableRow && l.Text.Length >= 10).Select(l => l.Right).Order().ToList();
        // The right margin: where most prose lines end; with little prose, the left margin mirrored.
        var margin = rights.Count >= 8 ? rights[(int)(rights.Count * 0.9)]
            : kept.Count == 0 ? 0 : pages.Max(p => p.Length == 0 ? 0 : p[0].PageWidth) - kept.Min(l => l.Left);
        var pitches = kept.Zip(kept.Skip(1)).Where(p => SamePageProse(p.First, p.Second)).Select(p => p.First.Top - p.Second.Top)
            .Where(d => d > 0).Order().ToList();
        var linePitch = pitches.Count == 0 ? double.MaxValue : pitches[pitches.Count / 2];
        var sb = new StringBuilder();
        PdfLine? previous = null;
        foreach (var line in kept)
        {
            if (previous is not null)
            {
                var samePage = previous.Page == line.Page;
                var sameParagraph = !samePage || SamePageProse(previous, line) && previous.Top - line.Top <= 1.25 * linePitch;
                var continues = sameParagraph && !previous.IsTableRow && !line.IsTableRow && previous.Right >= margin - 4 * previous.Size
                    && line.Left <= previous.Left + 0.5 * line.Size && !previous.Text.Contains('\t') && !line.Text.Contains('\t')
                    && !EndsSentence(previous.Text) && !Heading().IsMatch(line.Text);
                if (continues)
                {
                    if (char.IsAsciiLetterOrDigit(sb[^1]) && char.IsAsciiLetterOrDigit(line.Text[0])) sb.Append(' ');
                }
                else if (previous.IsTableRow && line.IsTableRow || samePage && sameParagraph) sb.Append('\n');
                else sb.Append("\n\n");
            }
            sb.Append(line.Text);
            previous = line;
        }
        return sb.Append('\n').ToString();
    }

    private static bool SamePageProse(PdfLine a, PdfLine b) => a.Page == b.Page && !a.IsTableRow && !b.IsTableRow;

    private static bool EndsSentence(string s) => s.Length > 0 && "。！？!?".Contains(s[^1]);

    [GeneratedRegex(@"^(?:[(（]?[一二三四五六七八九十]+[)）、]|[(（]\d+[)）]|\d+[.、．](?!\d)|第[一二三四五六七八九十]+[章节部分条]|附件|附表)")]
    private static partial Regex Heading();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    [GeneratedRegex(@"^(?:[-—–－]\s*\d{1,4}\s*[-—–－]|\d{1,4}|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*/\s*\d{1,4}|[Pp]age\s*\d{1,4}(?:\s*of\s*\d{1,4})?)$")]
    private static partial Regex PageNumber();
}

/// <summary>A line of a page as it will be written: prose, or a table row with tab-separated cells.</summary>
internal sealed class PdfLine(int page, double pageWidth, string text, double top, double left, double right, double size, bool isTableRow)
{
    public double PageWidth { get; } = pageWidth;
    public int Page { get; } = page;
    public string Text { get; } = text;
    public double Top { get; } = top;
    public double Left { get; } = left;
    public double Right { get; } = right;
    public double Size { get; } = size;
    public bool IsTableRow { get; } = isTableRow;
    public bool Marginal { get; set; }
    public bool Dropped { get; set; }
}

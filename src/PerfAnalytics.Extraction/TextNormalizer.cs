using System.Text;
using System.Text.RegularExpressions;

namespace PerfAnalytics.Extraction;

/// <summary>Normalised text and, for each of its characters, the offset of the character it came from.</summary>
public sealed class NormalizedText(string text, int[] map)
{
    public string Text { get; } = text;

    /// <summary>Original offset of each normalised character; one extra entry for the end.</summary>
    public IReadOnlyList<int> Map { get; } = map;

    public int ToOriginal(int offset) => Map[Math.Clamp(offset, 0, Map.Count - 1)];

    public override string ToString() => Text;
}

/// <summary>
/// Undoes what PDF-to-text and hand typing do to a report: CRLF, full-width digits and signs, odd spaces,
/// spaces between digits and Chinese words, page-number lines, hard wraps in the middle of sentences.
/// Keeps tabs (table cells) and a map from every output character back to the input.
/// </summary>
public static partial class TextNormalizer
{
    private const string Terminal = "。！？；：!?;:";

    /// <param name="raw">The raw text.</param>
    /// <param name="undoHardWraps">False for text read out of PDF, Word or Excel files, whose lines are already paragraphs and rows.</param>
    public static NormalizedText Normalize(string raw, bool undoHardWraps = true)
    {
        var lines = SplitLines(raw);
        foreach (var line in lines) line.Clean();
        var wrap = undoHardWraps ? WrapWidth(lines) : 0;
        DropPageNumbers(lines, wrap);
        return Join(lines, wrap, raw.Length);
    }

    /// <summary>One line being built: characters with their original offsets, and its width as laid out.</summary>
    private sealed class Line
    {
        public readonly StringBuilder Chars = new();
        public readonly List<int> Origin = [];
        public int Width;
        public bool Dropped;

        /// <summary>Words separated by spaces as in a table row ("部门名称 湛江市信访局", "基本支出 776.8 财政拨款"): never joined.</summary>
        public bool Tabular;
        public bool HadLeadingTab;

        public string Text => Chars.ToString();
        public bool IsBlank => !HadLeadingTab && (Chars.Length == 0 || Text.All(c => c is ' ' or '\t'));

        /// <summary>Width as laid out in the source (full-width forms count double), before any mapping.</summary>
        public int RawWidth, RunningWidth;

        public void Add(char c, int origin)
        {
            Chars.Append(c);
            Origin.Add(origin);
        }

        /// <summary>Trim spaces, keep the leading tabs of table cells (empty cells keep columns aligned), and remove spaces
        /// that only separate digits from words.</summary>
        public void Clean()
        {
            var s = Text;
            Width = RawWidth;
            Tabular = TabularSpacing().IsMatch(s.Trim());
            var start = 0;
            var tabs = new List<int>();
            while (start < s.Length && s[start] is ' ' or '\t')
            {
                if (s[start] == '\t') tabs.Add(Origin[start]);
                start++;
            }
            HadLeadingTab = tabs.Count > 0;
            var end = s.Length;
            while (end > start && s[end - 1] is ' ' or '\t') end--;
            var keep = new List<int>();
            for (var i = start; i < end; i++)
            {
                if (s[i] == ' ' && RemovableSpace(s, start, end, i)) continue;
                keep.Add(i);
            }
            var chars = keep.Select(i => s[i]).ToArray();
            var origin = keep.Select(i => Origin[i]).ToArray();
            Chars.Clear();
            Origin.Clear();
            foreach (var tab in tabs) Add('\t', tab);
            for (var i = 0; i < chars.Length; i++) Add(chars[i], origin[i]);
        }

        private static bool RemovableSpace(string s, int start, int end, int i)
        {
            var a = i - 1;
            while (a >= start && s[a] == ' ') a--;
            var b = i + 1;
            while (b < end && s[b] == ' ') b++;
            if (a < start || b >= end) return false;
            char l = s[a], r = s[b];
            if (l == '\t' || r == '\t') return false;
            if (l is '(' or '（' or '[' or '【' || r is ')' or '）' or ']' or '】' or '%' or '％') return true;
            if (char.IsDigit(l) && IsUnitWord(r)) return true;
            if (IsCjk(l) && char.IsDigit(r)) return true;
            if (l is ':' or '：' or '，' or '、' && char.IsDigit(r)) return true;
            return false;
        }
    }

    [GeneratedRegex(@"[\u4e00-\u9fff] +[\u4e00-\u9fff]|\d +[\u4e00-\u9fff](?<![\d ][年月日号万元亿人批件个次分项名余宗台家期天倍页份多条起户场篇所座辆套本册级类近约])|\t")]
    private static partial Regex TabularSpacing();

    private static bool IsUnitWord(char c) => "年月日号万元亿人批件个次分项名余宗台家期天倍页%".Contains(c);

    internal static bool IsCjk(char c) => c is >= '\u4e00' and <= '\u9fff' or >= '\u3400' and <= '\u4dbf';

    /// <summary>Columns a character takes as laid out: East Asian wide and full-width forms 2, others 1.</summary>
    public static int CharWidth(char c) => c is >= '\u1100' and (<= '\u115f' or >= '\u2e80' and <= '\ua4cf' or >= '\uac00' and <= '\ud7a3' or >= '\uf900' and <= '\ufaff' or >= '\ufe30' and <= '\ufe4f' or >= '\uff00' and <= '\uff60' or >= '\uffe0' and <= '\uffe6') ? 2 : 1;

    /// <summary>Character-level mapping: line breaks, full-width forms, odd spaces; split into lines.</summary>
    private static List<Line> SplitLines(string raw)
    {
        var lines = new List<Line>();
        var line = new Line();
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (c is '\r' or '\n' or '\f' or '\v' or '\u2028' or '\u2029' or '\u0085')
            {
                if (c == '\r' && i + 1 < raw.Length && raw[i + 1] == '\n') i++;
                lines.Add(line);
                line = new Line();
                continue;
            }
            if (c is '\u200b' or '\u200c' or '\u200d' or '\ufeff' or '\u00ad') continue;
            line.Add(MapChar(c), i);
            line.RunningWidth += CharWidth(c);
            if (c is not (' ' or '\t' or '\u3000')) line.RawWidth = line.RunningWidth;
        }
        lines.Add(line);
        return lines;
    }

    internal static char MapChar(char c) => c switch
    {
        >= '０' and <= '９' => (char)(c - '０' + '0'),
        >= 'Ａ' and <= 'Ｚ' => (char)(c - 'Ａ' + 'A'),
        >= 'ａ' and <= 'ｚ' => (char)(c - 'ａ' + 'a'),
        '．' => '.', '％' => '%', '＋' => '+', '－' => '-', '／' => '/', '＜' => '<', '＞' => '>', '＝' => '=',
        '：' => ':', '（' => '(', '）' => ')', '［' => '[', '］' => ']', '＃' => '#',
        '\u00a0' or '\u3000' or '\u2002' or '\u2003' or '\u2009' or '\u202f' or '\u2007' => ' ',
        _ => c,
    };

    /// <summary>The width at which the text was hard-wrapped, or 0 when it was not.</summary>
    private static int WrapWidth(List<Line> lines)
    {
        var widths = lines.Where(l => !l.IsBlank && !l.Text.Contains('\t')).Select(l => l.Width).Where(w => w >= 16).ToList();
        if (widths.Count < 8) return 0;
        int best = 0, bestCount = 0;
        foreach (var w in widths.Distinct())
        {
            var n = widths.Count(x => x <= w && x >= w - 6);
            if (n > bestCount || n == bestCount && w > best) (best, bestCount) = (w, n);
        }
        var all = lines.Count(l => !l.IsBlank);
        return best >= 40 && bestCount >= 6 && bestCount >= 0.3 * all ? best : 0;
    }

    [GeneratedRegex(@"^(?:-\s*\d{1,3}\s*-|—\s*\d{1,3}\s*—|第\s*\d{1,3}\s*页(?:\s*[,，/]?\s*共\s*\d{1,3}\s*页)?|\d{1,3}\s*/\s*\d{1,3}|[Pp]age\s*\d{1,3})$")]
    private static partial Regex PageMarker();

    [GeneratedRegex(@"^\d{1,3}$")]
    private static partial Regex BareNumber();

    /// <summary>Page numbers on their own lines: explicit markers always, a bare number only where it interrupts prose.</summary>
    private static void DropPageNumbers(List<Line> lines, int wrap)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var l = lines[i];
            if (l.IsBlank || l.HadLeadingTab) continue;
            var t = l.Text;
            if (PageMarker().IsMatch(t)) { l.Dropped = true; continue; }
            if (!BareNumber().IsMatch(t)) continue;
            var before = i > 0 && lines[i - 1].IsBlank;
            var after = i + 1 >= lines.Count || lines[i + 1].IsBlank;
            if (!before || !after) continue;
            var prev = PreviousText(lines, i);
            var blanksBefore = 0;
            for (var j = i - 1; j >= 0 && lines[j].IsBlank; j--) blanksBefore++;
            var interruptsProse = prev is not null && wrap > 0 && prev.Width >= wrap - 8 && !EndsSentence(prev.Text);
            if (interruptsProse || blanksBefore >= 2 && prev is not null && !EndsSentence(prev.Text) && prev.Width >= 24)
                l.Dropped = true;
        }
    }

    private static Line? PreviousText(List<Line> lines, int i)
    {
        for (var j = i - 1; j >= 0; j--)
            if (!lines[j].IsBlank && !lines[j].Dropped) return lines[j];
        return null;
    }

    private static bool EndsSentence(string s) => s.Length > 0 && Terminal.Contains(s[^1]);

    [GeneratedRegex(@"^(?:\(?[一二三四五六七八九十]+[)、]|\(\d+\)|\d+[.、](?!\d)|第[一二三四五六七八九十]+[章节部分条]|附件|附表|备注)")]
    private static partial Regex StructuralStart();

    /// <summary>Join hard-wrapped lines (and the blank lines PDF-to-text puts between them), collapse blank runs.</summary>
    private static NormalizedText Join(List<Line> lines, int wrap, int rawLength)
    {
        var sb = new StringBuilder();
        var map = new List<int>();
        var pendingBlank = false;
        var joinNext = false;
        var lastOrigin = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            var l = lines[i];
            if (l.Dropped) continue;
            if (l.IsBlank)
            {
                if (!joinNext) pendingBlank = sb.Length > 0;
                continue;
            }
            var text = l.Text;
            if (joinNext && !StructuralStart().IsMatch(text) && !l.HadLeadingTab && !l.Tabular)
            {
                if (sb.Length > 0 && IsAsciiLetter(sb[^1]) && IsAsciiLetter(text[0])) { sb.Append(' '); map.Add(l.Origin[0]); }
            }
            else if (sb.Length > 0)
            {
                if (pendingBlank) { sb.Append('\n'); map.Add(lastOrigin); }
                sb.Append('\n');
                map.Add(lastOrigin);
            }
            pendingBlank = false;
            for (var k = 0; k < l.Chars.Length; k++) { sb.Append(l.Chars[k]); map.Add(l.Origin[k]); }
            lastOrigin = l.Origin.Count > 0 ? l.Origin[^1] + 1 : lastOrigin;
            joinNext = wrap > 0 && !l.HadLeadingTab && !l.Tabular && l.Width >= wrap - 8 && !EndsSentence(text);
        }
        map.Add(rawLength);
        return new NormalizedText(sb.ToString(), [.. map]);
    }

    private static bool IsAsciiLetter(char c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z';
}

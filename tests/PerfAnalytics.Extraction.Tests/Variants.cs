using System.Text;
using System.Text.RegularExpressions;
using PerfAnalytics.Extraction.Formats;

namespace PerfAnalytics.Extraction.Tests;

/// <summary>The same report as other bureaus' files would carry it: other encodings, line ends, digits, wrapping, units.</summary>
public static partial class Variants
{
    public static byte[] Gb18030(string text) => TextDecoder.Gb18030.GetBytes(text);

    public static byte[] Utf16WithBom(string text) => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)];

    public static byte[] Utf8WithBom(string text) => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)];

    public static string Crlf(string text) => text.Replace("\r\n", "\n").Replace("\n", "\r\n");

    /// <summary>Digits, percent signs and decimal points as full-width forms (０-９, ％, ．), as typed with a Chinese IME.</summary>
    public static string FullWidthDigits(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
            sb.Append(c switch { >= '0' and <= '9' => (char)('０' + (c - '0')), '%' => '％', '.' => '．', _ => c });
        return sb.ToString();
    }

    /// <summary>Prose paragraphs hard-wrapped at another width, with the blank lines PDF-to-text puts between lines.</summary>
    public static string Rewrapped(string text, int width = 46)
    {
        var normalized = TextNormalizer.Normalize(text).Text;
        var sb = new StringBuilder();
        foreach (var line in normalized.Split('\n'))
        {
            if (line.Contains('\t') || !line.Contains('。') || Width(line) <= width)
            {
                sb.Append(line).Append('\n');
                continue;
            }
            var w = 0;
            foreach (var c in line)
            {
                sb.Append(c);
                w += c > 0x2E80 ? 2 : 1;
                if (w < width) continue;
                sb.Append("\n\n");
                w = 0;
            }
            sb.Append('\n');
        }
        return sb.ToString();
    }

    private static int Width(string s) => s.Sum(c => c > 0x2E80 ? 2 : 1);

    /// <summary>Page numbers on lines of their own ("- 3 -", "第 4 页"), every few lines, between lines.</summary>
    public static string WithPageNumbers(string text)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n');
        var sb = new StringBuilder();
        var page = 1;
        for (var i = 0; i < lines.Length; i++)
        {
            sb.Append(lines[i]).Append('\n');
            if (i % 17 != 16 || lines[i].StartsWith('\t') || i + 1 < lines.Length && lines[i + 1].StartsWith('\t')) continue;
            page++;
            sb.Append(page % 2 == 0 ? $"\n- {page} -\n\n" : $"\n第 {page} 页\n\n");
        }
        return sb.ToString();
    }

    [GeneratedRegex(@"(?<n>\d+(?:\.\d+)?)(?<sp>\s*)万元")]
    private static partial Regex WanYuan();

    /// <summary>Every amount written in 万元 rewritten in 元 ("988.71 万元" → "9887100 元").</summary>
    public static string AmountsInYuan(string text) =>
        WanYuan().Replace(text, m => (decimal.Parse(m.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture) * 10000m).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) + m.Groups["sp"].Value + "元");
}

using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PerfAnalytics.Extraction.Formats;

/// <summary>
/// The labels Word draws for automatically numbered paragraphs ("一、", "（二）", "3.") that are not in the text runs.
/// Counters run per list in document order; a level restarts when a higher level moves on. Bullets give no label.
/// </summary>
internal sealed class DocxNumbering
{
    private readonly Dictionary<int, int> _abstractOf = [];
    private readonly Dictionary<(int Abstract, int Level), (string Format, string Text, int Start)> _levels = [];
    private readonly Dictionary<string, NumberingProperties> _styleNumbering = [];
    private readonly Dictionary<int, int[]> _counters = [];

    public DocxNumbering(MainDocumentPart main)
    {
        var numbering = main.NumberingDefinitionsPart?.Numbering;
        if (numbering is not null)
        {
            foreach (var a in numbering.Elements<AbstractNum>())
                foreach (var l in a.Elements<Level>())
                    if (a.AbstractNumberId?.Value is { } id && l.LevelIndex?.Value is { } li)
                        _levels[(id, li)] = (l.NumberingFormat?.Val?.ToString() ?? "decimal", l.LevelText?.Val?.Value ?? "", l.StartNumberingValue?.Val?.Value ?? 1);
            foreach (var n in numbering.Elements<NumberingInstance>())
                if (n.NumberID?.Value is { } num && n.AbstractNumId?.Val?.Value is { } abs) _abstractOf[num] = abs;
        }
        foreach (var s in main.StyleDefinitionsPart?.Styles?.Elements<Style>() ?? [])
            if (s.StyleId?.Value is { } id && s.StyleParagraphProperties?.NumberingProperties is { } np) _styleNumbering[id] = np;
    }

    public string Label(Paragraph p)
    {
        var props = p.ParagraphProperties;
        var np = props?.NumberingProperties
            ?? (props?.ParagraphStyleId?.Val?.Value is { } style ? _styleNumbering.GetValueOrDefault(style) : null);
        if (np?.NumberingId?.Val?.Value is not { } num || num == 0 || !_abstractOf.TryGetValue(num, out var abs)) return "";
        var level = Math.Clamp(np.NumberingLevelReference?.Val?.Value ?? 0, 0, 8);
        if (!_levels.TryGetValue((abs, level), out var def)) return "";
        if (!_counters.TryGetValue(num, out var counters)) _counters[num] = counters = new int[9];
        counters[level] = counters[level] == 0 ? def.Start : counters[level] + 1;
        for (var deeper = level + 1; deeper < 9; deeper++) counters[deeper] = 0;
        if (def.Format is "bullet" or "none") return "";
        var label = def.Text;
        for (var l = 0; l <= level; l++)
        {
            var f = _levels.TryGetValue((abs, l), out var d) ? d : def;
            label = label.Replace($"%{l + 1}", Render(Math.Max(counters[l], f.Start), l == level ? def.Format : f.Format));
        }
        return label;
    }

    private static string Render(int n, string format) => format switch
    {
        "chineseCounting" or "chineseCountingThousand" or "japaneseCounting" or "ideographDigital" or "taiwaneseCounting" => Chinese(n),
        "ideographTraditional" => n is >= 1 and <= 10 ? "甲乙丙丁戊己庚辛壬癸"[n - 1].ToString() : n.ToString(),
        "decimalEnclosedCircle" or "decimalEnclosedCircleChinese" => n is >= 1 and <= 20 ? ((char)('①' + n - 1)).ToString() : n.ToString(),
        "upperLetter" => Letters(n).ToUpperInvariant(),
        "lowerLetter" => Letters(n),
        "upperRoman" => Roman(n),
        "lowerRoman" => Roman(n).ToLowerInvariant(),
        "decimalZero" => n.ToString("00"),
        _ => n.ToString(),
    };

    private static string Chinese(int n)
    {
        const string digits = "零一二三四五六七八九";
        if (n is < 1 or > 99) return n.ToString();
        if (n < 10) return digits[n].ToString();
        return (n / 10 == 1 ? "" : digits[n / 10].ToString()) + "十" + (n % 10 == 0 ? "" : digits[n % 10].ToString());
    }

    private static string Letters(int n) => n < 1 ? n.ToString() : new string((char)('a' + (n - 1) % 26), (n - 1) / 26 + 1);

    private static string Roman(int n)
    {
        if (n is < 1 or > 3999) return n.ToString();
        var (values, symbols) = (new[] { 1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1 }, new[] { "M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I" });
        var s = "";
        for (var i = 0; i < values.Length; i++) while (n >= values[i]) { s += symbols[i]; n -= values[i]; }
        return s;
    }
}

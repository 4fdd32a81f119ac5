using System.Globalization;
using System.Text.RegularExpressions;

namespace PerfAnalytics.Extraction;

/// <summary>A number as written, with the unit word after it, its catalogue unit and the value in that unit.</summary>
public sealed record Quantity(decimal SourceValue, string SourceUnit, decimal Value, string Unit, int Start, int End);

/// <summary>Numbers and the unit words of the reports: 万元, 元 (→ 万元, full precision), 亿元, %, 人, 人次, 批, 件, 个, 分.</summary>
public static partial class Numbers
{
    [GeneratedRegex(@"\G(?<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:[ \t]*(?<unit>万元|亿元|元|%|百分点|人次|人|批|件|个|分|宗|次|项|名))?")]
    private static partial Regex NumberAt();

    /// <summary>The number (and unit) starting exactly at <paramref name="start"/>, or null.</summary>
    public static Quantity? At(string text, int start)
    {
        if (start >= text.Length || !char.IsAsciiDigit(text[start])) return null;
        if (start > 0 && (char.IsAsciiDigit(text[start - 1]) || text[start - 1] == '.')) return null;
        var m = NumberAt().Match(text, start);
        if (!m.Success) return null;
        var end = m.Index + m.Length;
        // A date or a code is not a quantity: 2023.12.31, 2021-06-01, 07593181324.
        if (end < text.Length && text[end] == '.' && end + 1 < text.Length && char.IsAsciiDigit(text[end + 1])) return null;
        var num = decimal.Parse(m.Groups["num"].Value.Replace(",", ""), CultureInfo.InvariantCulture);
        var unit = m.Groups["unit"].Success ? m.Groups["unit"].Value : "";
        return Make(num, unit, start, end);
    }

    /// <summary>A bare number read in the money unit a table header or caption declared ("单位：万元", "金额（元）").</summary>
    public static Quantity WithUnit(Quantity q, string unit) => Make(q.SourceValue, unit, q.Start, q.End);

    public static Quantity Make(decimal num, string unit, int start, int end) => unit switch
    {
        "元" => new(num, "元", num / 10000m, "万元", start, end),
        "亿元" => new(num, "亿元", num * 10000m, "万元", start, end),
        "万元" => new(num, "万元", num, "万元", start, end),
        "%" => new(num, "%", num, "%", start, end),
        "人次" => new(num, "人次", num, "人次", start, end),
        "个" => new(num, "个", num, "件", start, end),
        "名" => new(num, "名", num, "人", start, end),
        "宗" => new(num, "宗", num, "件", start, end),
        _ => new(num, unit, num, unit, start, end),
    };

    /// <summary>A unit word at <paramref name="start"/> (for a unit in the next table cell: "4919\t人次（次）").</summary>
    public static string? UnitWordAt(string text, int start)
    {
        foreach (var u in UnitWords)
            if (string.CompareOrdinal(text, start, u, 0, u.Length) == 0) return u;
        return null;
    }

    private static readonly string[] UnitWords = ["万元", "亿元", "元", "%", "人次", "人", "批", "件", "个", "分"];

    /// <summary>Whether a unit word fits the catalogue unit of a metric.</summary>
    public static bool Fits(string metricUnit, string unit) => metricUnit switch
    {
        "万元" => unit == "万元",
        "%" => unit == "%",
        "人" => unit is "人" or "",
        "分" => unit is "分" or "",
        "批" => unit == "批",
        "人次" => unit is "人次",
        "件" => unit is "件",
        _ => false,
    };

    [GeneratedRegex(@"(?<y>(?:19|20)\d{2})\s*(?:年|[-./])\s*(?<m>\d{1,2})\s*(?:月|[-./])\s*(?<d>\d{1,2})\s*日?")]
    private static partial Regex DateRegex();

    /// <summary>The first date at or after <paramref name="start"/> within <paramref name="window"/> characters.</summary>
    public static (DateOnly Date, int Start, int End)? DateNear(string text, int start, int window = 24)
    {
        var m = DateRegex().Match(text, start, Math.Min(window, text.Length - start));
        if (!m.Success) return null;
        int y = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture), mo = int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture),
            d = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
        if (mo is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, mo)) return null;
        return (new DateOnly(y, mo, d), m.Index, m.Index + m.Length);
    }
}

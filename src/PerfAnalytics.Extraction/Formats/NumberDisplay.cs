using System.Globalization;
using System.Text.RegularExpressions;

namespace PerfAnalytics.Extraction.Formats;

/// <summary>
/// Shows a spreadsheet number as the sheet shows it, for the formats that reports use: General, fixed decimals,
/// thousands separators, percentages and dates. Other formats fall back to General.
/// </summary>
internal static partial class NumberDisplay
{
    /// <summary>The format codes of Excel's built-in number format ids that matter here.</summary>
    public static string? BuiltIn(uint id) => id switch
    {
        0 => "General",
        1 => "0",
        2 => "0.00",
        3 => "#,##0",
        4 => "#,##0.00",
        9 => "0%",
        10 => "0.00%",
        11 => "0.00E+00",
        14 => "yyyy-mm-dd",
        15 or 16 or 17 => "yyyy-mm-dd",
        22 => "yyyy-mm-dd hh:mm",
        37 or 38 => "#,##0",
        39 or 40 => "#,##0.00",
        49 => "@",
        _ => null,
    };

    public static string Format(double value, string? code)
    {
        if (string.IsNullOrWhiteSpace(code) || code.Equals("General", StringComparison.OrdinalIgnoreCase) || code == "@")
            return General(value);
        var section = FirstSection(code);
        var plain = Quoted().Replace(section, "");
        plain = Bracketed().Replace(plain, "");
        if (IsDate(plain)) return FormatDate(value, section);
        if (plain.Contains('E') || plain.Contains('e')) return value.ToString("0.00E+00", CultureInfo.InvariantCulture);
        var percent = plain.Contains('%');
        var v = percent ? value * 100 : value;
        var dot = plain.IndexOf('.');
        var decimals = 0;
        if (dot >= 0)
            while (dot + 1 + decimals < plain.Length && plain[dot + 1 + decimals] is '0' or '#' or '?') decimals++;
        if (!plain.Contains('0') && !plain.Contains('#')) return General(value);
        var grouped = plain.Contains(',') && plain.IndexOf(',') < (dot < 0 ? plain.Length : dot);
        var text = Math.Round(v, decimals, MidpointRounding.AwayFromZero).ToString((grouped ? "#,##0." : "0.") + new string('0', decimals), CultureInfo.InvariantCulture).TrimEnd('.');
        var (prefix, suffix) = Literals(section);
        return prefix + text + (percent ? "%" : "") + suffix;
    }

    /// <summary>Excel's General: up to 11 significant digits, no trailing zeros.</summary>
    public static string General(double value)
    {
        if (value == Math.Floor(value) && Math.Abs(value) < 1e15) return value.ToString("0", CultureInfo.InvariantCulture);
        return Math.Round(value, 10).ToString("G11", CultureInfo.InvariantCulture);
    }

    private static string FirstSection(string code)
    {
        var depth = false;
        for (var i = 0; i < code.Length; i++)
        {
            if (code[i] == '"') depth = !depth;
            if (code[i] == ';' && !depth) return code[..i];
        }
        return code;
    }

    /// <summary>Quoted literal text before and after the number (e.g. "0.00\"万元\"").</summary>
    private static (string, string) Literals(string section)
    {
        var m = Quoted().Matches(section);
        if (m.Count == 0) return ("", "");
        var first = m[0];
        var firstDigit = section.IndexOfAny(['0', '#']);
        var prefix = first.Index < firstDigit ? first.Value.Trim('"') : "";
        var last = m[^1];
        var suffix = last.Index > firstDigit ? last.Value.Trim('"') : "";
        return (prefix, suffix);
    }

    private static bool IsDate(string plain) => DateLetters().IsMatch(plain);

    private static string FormatDate(double value, string section)
    {
        var plain = Bracketed().Replace(section, "");
        if (value < 0 || value > 2958465) return General(value);
        var d = DateTime.FromOADate(value);
        var withTime = plain.Contains("h", StringComparison.OrdinalIgnoreCase);
        if (plain.Contains('年')) return withTime ? d.ToString("yyyy年M月d日 HH:mm", CultureInfo.InvariantCulture) : d.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);
        return withTime ? d.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    [GeneratedRegex("\"[^\"]*\"")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"\[[^\]]*\]|\\.|_.|\*.")]
    private static partial Regex Bracketed();

    [GeneratedRegex("[yYdD]|m+.*[sS]|[hH]+")]
    private static partial Regex DateLetters();
}

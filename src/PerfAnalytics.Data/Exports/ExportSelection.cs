using System.Globalization;

namespace PerfAnalytics.Data.Exports;

/// <summary>Parses the selection as staff type it in a URL or on the command line.</summary>
public static class ExportSelection
{
    /// <summary>湛江市,临湘市 or 湛江市、临湘市 (also ， ; and spaces) → distinct names in the given order.</summary>
    public static IReadOnlyList<string> Places(string? text) =>
        (text ?? "").Split([',', '，', '、', ';', '；'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct().ToList();

    /// <summary>2023,2024 or 2020-2024 (or a mix: 2018,2020-2022) → the years in order. Throws <see cref="FormatException"/> with a message for staff.</summary>
    public static IReadOnlyList<int> Years(string? text)
    {
        var years = new SortedSet<int>();
        foreach (var part in (text ?? "").Split([',', '，', '、', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var range = part.Split(['-', '–', '—', '~', '～'], StringSplitOptions.TrimEntries);
            if (range.Length == 1) years.Add(Year(range[0]));
            else if (range.Length == 2 && Year(range[0]) is var from && Year(range[1]) is var to && from <= to && to - from < 100)
                for (var y = from; y <= to; y++) years.Add(y);
            else throw new FormatException($"年度“{part}”无法识别：请写 2024、2023,2024 或 2020-2024");
        }
        return years.ToList();
    }

    private static int Year(string s) =>
        int.TryParse(s.TrimEnd('年'), NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 1949 and <= 2100
            ? y
            : throw new FormatException($"年度“{s}”无法识别：请写四位年份，如 2024");
}

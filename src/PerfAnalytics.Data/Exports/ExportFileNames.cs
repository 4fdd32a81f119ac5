using System.Text;

namespace PerfAnalytics.Data.Exports;

/// <summary>File names that say what an export holds and for which years, safe on Windows.</summary>
public static class ExportFileNames
{
    private const int MaxStemLength = 120;

    /// <summary>Joins the parts with _ : 对比, 支出结构, 2023-2024 → 对比_支出结构_2023-2024.</summary>
    public static string Stem(params string?[] parts) =>
        Safe(string.Join('_', parts.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p!.Trim())));

    /// <summary>2023-2024 for a span, 2024 for one year, 全部年度 for none. Gaps are not spelled out.</summary>
    public static string Years(IEnumerable<int> years)
    {
        var list = years.Distinct().Order().ToList();
        return list.Count switch
        {
            0 => "全部年度",
            1 => list[0].ToString(System.Globalization.CultureInfo.InvariantCulture),
            _ => $"{list[0]}-{list[^1]}",
        };
    }

    /// <summary>Up to three place names joined with 、, otherwise the first two and the count (湛江市等5地).</summary>
    public static string Places(IReadOnlyList<string> places) => places.Count switch
    {
        0 => "全部地区",
        <= 3 => string.Join('、', places),
        _ => $"{places[0]}、{places[1]}等{places.Count}地",
    };

    /// <summary>2023-2024年 for consecutive years, 2020、2022年 for others (for titles).</summary>
    public static string YearsText(IReadOnlyList<int> years)
    {
        var list = years.Distinct().Order().ToList();
        if (list.Count == 0) return "全部年度";
        var consecutive = list[^1] - list[0] == list.Count - 1;
        return (consecutive ? Years(list) : string.Join('、', list)) + "年";
    }

    public static string WithExtension(string stem, ExportFormat format) =>
        stem + (format == ExportFormat.Xlsx ? ".xlsx" : ".csv");

    /// <summary>
    /// Replaces what Windows forbids in a file name (\ / : * ? " &lt; &gt; | and control characters) with _,
    /// trims trailing dots and spaces, avoids reserved device names (CON, NUL, COM1…) and keeps the name short.
    /// </summary>
    public static string Safe(string name)
    {
        var sb = new StringBuilder(name.Length);
        foreach (var c in name)
            sb.Append(c < 0x20 || c is '\\' or '/' or ':' or '*' or '?' or '"' or '<' or '>' or '|' ? '_' : c);
        var safe = sb.ToString().Trim().TrimEnd('.', ' ');
        if (safe.Length > MaxStemLength) safe = safe[..MaxStemLength].TrimEnd('.', ' ');
        if (safe.Length == 0) return "导出";
        var device = safe.Split('.')[0].ToUpperInvariant();
        return device is "CON" or "PRN" or "AUX" or "NUL" || (device.Length == 4 && (device.StartsWith("COM") || device.StartsWith("LPT")) && char.IsDigit(device[3]))
            ? "_" + safe
            : safe;
    }
}

public enum ExportFormat { Xlsx, Csv }

/// <summary>Writes a table in the chosen format.</summary>
public static class Exporter
{
    public static void Write(ExportTable table, ExportFormat format, Stream output)
    {
        if (format == ExportFormat.Xlsx) XlsxExporter.Write(table, output);
        else CsvExporter.Write(table, output);
    }

    public static string ContentType(ExportFormat format) =>
        format == ExportFormat.Xlsx ? XlsxExporter.ContentType : CsvExporter.ContentType;

    public static string FileName(ExportTable table, ExportFormat format) => ExportFileNames.WithExtension(table.FileStem, format);

    public static bool TryParseFormat(string? s, out ExportFormat format)
    {
        format = ExportFormat.Xlsx;
        switch (s?.Trim().ToLowerInvariant())
        {
            case "xlsx": return true;
            case "csv": format = ExportFormat.Csv; return true;
            default: return false;
        }
    }
}

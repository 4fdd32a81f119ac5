namespace PerfAnalytics.Data.Exports;

/// <summary>How a column's figures are shown: the number format in XLSX, the alignment on screen.</summary>
public enum CellFormat
{
    /// <summary>Words (place, grade, message): a text cell.</summary>
    Text,
    /// <summary>A year: a number without separators (2024).</summary>
    Year,
    /// <summary>Money in 万元: two decimals with thousands separators.</summary>
    Amount,
    /// <summary>A rate stored as the percent figure the report states (98.5 means 98.5%).</summary>
    Percent,
    /// <summary>People, petitions, items: whole numbers with thousands separators.</summary>
    Count,
    /// <summary>Scores (分): two decimals.</summary>
    Score,
    /// <summary>Any figure, shown as stated (General).</summary>
    Number,
}

/// <summary>A column: the Chinese header with its unit (e.g. 实际支出（万元）) and how its figures are shown.</summary>
/// <param name="Key">A stable key (a metric code or a field name) that pages and tests can address.</param>
public sealed record ExportColumn(string Key, string Header, CellFormat Format)
{
    public bool IsNumeric => Format is not CellFormat.Text;
}

/// <summary>Where a figure comes from: the report, the words, how the value was obtained.</summary>
/// <param name="Origin">extracted, derived or corrected (see <see cref="Origins"/>).</param>
public sealed record FigureSource(
    string Place,
    int? Year,
    long ReportId,
    string FileName,
    string DocKind,
    string MetricCode,
    string MetricName,
    decimal Value,
    string Unit,
    string Excerpt,
    string Origin,
    long? FactId = null,
    int? Start = null,
    int? End = null);

/// <summary>
/// One cell: a number, a text or nothing. A figure the report does not state is <see cref="Empty"/>
/// (an empty cell, never 0). Figures carry their <see cref="Source"/>.
/// </summary>
public sealed record ExportCell(decimal? Number, string? Text, FigureSource? Source = null)
{
    public static readonly ExportCell Empty = new(null, null);

    public bool IsEmpty => Number is null && string.IsNullOrEmpty(Text);

    public static ExportCell Of(decimal? number, FigureSource? source = null) =>
        number is null ? Empty : new(number, null, source);

    public static ExportCell Of(string? text) => string.IsNullOrEmpty(text) ? Empty : new(null, text);

    public static ExportCell Of(int? number) => number is null ? Empty : new(number, null);

    /// <summary>A figure as written into a file: invariant, no exponent, no trailing zeros (DECIMAL(18,6) gives 1114.150000).</summary>
    public static string Plain(decimal number) =>
        number.ToString("0.############################", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>A row of cells, one per column, in column order.</summary>
public sealed record ExportRow(IReadOnlyList<ExportCell> Cells)
{
    public ExportCell this[int column] => Cells[column];
}

/// <summary>
/// A table as shown on a page and as exported: title naming the selection, columns, rows.
/// <see cref="Rows"/> may be a lazy sequence (large exports stream); it must be re-enumerable,
/// because the XLSX 来源 sheet walks the rows a second time to list every figure's source.
/// </summary>
/// <param name="Kind">对比, 趋势, 问题 or 报告: the first word of the file name.</param>
/// <param name="FileStem">The file name without extension, e.g. 对比_支出结构_2023-2024.</param>
public sealed record ExportTable(
    string Kind,
    string Title,
    string FileStem,
    IReadOnlyList<ExportColumn> Columns,
    IEnumerable<ExportRow> Rows)
{
    public int ColumnIndex(string key)
    {
        for (var i = 0; i < Columns.Count; i++)
            if (Columns[i].Key == key) return i;
        return -1;
    }

    /// <summary>Every figure of the table with its source, row by row, column by column.</summary>
    public IEnumerable<FigureSource> Sources() =>
        Rows.SelectMany(r => r.Cells).Where(c => c.Number is not null && c.Source is not null).Select(c => c.Source!);
}

/// <summary>How a figure was obtained, with the Chinese label staff see.</summary>
public static class Origins
{
    public const string Extracted = "extracted";
    public const string Derived = "derived";
    public const string Corrected = "corrected";

    public static string Label(string origin) => origin switch
    {
        Extracted => "抽取",
        Derived => "推算",
        Corrected => "人工更正",
        _ => origin,
    };
}

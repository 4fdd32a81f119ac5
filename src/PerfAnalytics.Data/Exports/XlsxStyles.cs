using CellFormat_ = DocumentFormat.OpenXml.Spreadsheet.CellFormat;
using DocumentFormat.OpenXml.Spreadsheet;

namespace PerfAnalytics.Data.Exports;

/// <summary>The few cell formats of an export: title, header, and one per <see cref="CellFormat"/>.</summary>
internal static class XlsxStyles
{
    public const uint Title = 1;
    public const uint Header = 2;
    private const uint TextStyle = 3, YearStyle = 4, AmountStyle = 5, PercentStyle = 6, CountStyle = 7, ScoreStyle = 8, NumberStyle = 9;

    /// <summary>Custom number format: the percent figure as stated, with a % sign (98.5 → 98.50%).</summary>
    private const uint PercentFormatId = 164;

    // Built-in number formats of SpreadsheetML: 1 = 0, 2 = 0.00, 3 = #,##0, 4 = #,##0.00.
    public static uint For(CellFormat format) => format switch
    {
        CellFormat.Year => YearStyle,
        CellFormat.Amount => AmountStyle,
        CellFormat.Percent => PercentStyle,
        CellFormat.Count => CountStyle,
        CellFormat.Score => ScoreStyle,
        CellFormat.Number => NumberStyle,
        _ => TextStyle,
    };

    /// <summary>The number format code Excel shows for a column format (for tests and docs).</summary>
    public static string FormatCode(CellFormat format) => format switch
    {
        CellFormat.Year => "0",
        CellFormat.Amount => "#,##0.00",
        CellFormat.Percent => "0.00\"%\"",
        CellFormat.Count => "#,##0",
        CellFormat.Score => "0.00",
        CellFormat.Number => "General",
        _ => "@",
    };

    public static Stylesheet Stylesheet() => new(
        new NumberingFormats(new NumberingFormat { NumberFormatId = PercentFormatId, FormatCode = "0.00\"%\"" }) { Count = 1 },
        new Fonts(
            Font(11, bold: false),
            Font(14, bold: true),
            Font(11, bold: true))
        { Count = 3 },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFDDEBF7" }, new BackgroundColor { Indexed = 64 }) { PatternType = PatternValues.Solid }))
        { Count = 3 },
        new Borders(
            new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()),
            new Border(
                new LeftBorder { Style = BorderStyleValues.Thin }, new RightBorder { Style = BorderStyleValues.Thin },
                new TopBorder { Style = BorderStyleValues.Thin }, new BottomBorder { Style = BorderStyleValues.Thin },
                new DiagonalBorder()))
        { Count = 2 },
        new CellStyleFormats(new CellFormat_()) { Count = 1 },
        new CellFormats(
            new CellFormat_(),
            new CellFormat_ { FontId = 1, ApplyFont = true, Alignment = new Alignment { Vertical = VerticalAlignmentValues.Center } },
            new CellFormat_
            {
                FontId = 2, FillId = 2, BorderId = 1, ApplyFont = true, ApplyFill = true, ApplyBorder = true, ApplyAlignment = true,
                Alignment = new Alignment { Horizontal = HorizontalAlignmentValues.Center, Vertical = VerticalAlignmentValues.Center, WrapText = true },
            },
            Number(49), // text: @
            Number(1),
            Number(4),
            Number(PercentFormatId),
            Number(3),
            Number(2),
            Number(0))
        { Count = 10 },
        new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });

    private static CellFormat_ Number(uint numberFormatId) =>
        new() { NumberFormatId = numberFormatId, ApplyNumberFormat = true };

    private static Font Font(double size, bool bold)
    {
        var font = new Font();
        if (bold) font.Append(new Bold());
        font.Append(new FontSize { Val = size }, new FontName { Val = "等线" }, new FontFamilyNumbering { Val = 2 }, new FontCharSet { Val = 134 });
        return font;
    }
}

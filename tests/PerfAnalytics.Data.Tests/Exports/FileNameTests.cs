using PerfAnalytics.Data.Exports;

namespace PerfAnalytics.Data.Tests.Exports;

public sealed class FileNameTests
{
    [Theory]
    [InlineData("对比", "支出结构", "2023-2024", "对比_支出结构_2023-2024")]
    [InlineData("报告", "广州市海珠区", "a:b/c\\d*e?f\"g<h>i|j", "报告_广州市海珠区_a_b_c_d_e_f_g_h_i_j")]
    [InlineData("CON", null, null, "_CON")]
    [InlineData("问题", "全部", "trailing. ", "问题_全部_trailing")]
    public void FileNamesJoinTheirPartsAndKeepOnlyWhatWindowsAllows(string a, string? b, string? c, string expected) =>
        Assert.Equal(expected, ExportFileNames.Stem(a, b, c));

    [Fact]
    public void YearsAreASpanAndPlacesAreNamedUpToThree()
    {
        Assert.Equal("2020-2024", ExportFileNames.Years([2024, 2020, 2022]));
        Assert.Equal("2024", ExportFileNames.Years([2024]));
        Assert.Equal("2020-2022年", ExportFileNames.YearsText([2022, 2021, 2020]));
        Assert.Equal("2020、2022年", ExportFileNames.YearsText([2022, 2020]));
        Assert.Equal("湛江市、临湘市", ExportFileNames.Places(["湛江市", "临湘市"]));
        Assert.Equal("湛江市、临湘市等4地", ExportFileNames.Places(["湛江市", "临湘市", "广州市海珠区", "岳阳市"]));
    }

    [Theory]
    [InlineData("1114.150000", "1114.15")]
    [InlineData("-43.6", "-43.6")]
    [InlineData("0.000000", "0")]
    [InlineData("100", "100")]
    [InlineData("0.000001", "0.000001")]
    public void FiguresAreWrittenWithoutTrailingZerosOrExponent(string stored, string written) =>
        Assert.Equal(written, ExportCell.Plain(decimal.Parse(stored, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void ExportLinksCarryTheSelectionThatTheEndpointReadsBack()
    {
        var link = new Uri(new Uri("http://host"), ExportLinks.Compare(["湛江市", "广州市海珠区"], [2023, 2024], ExportThemes.Petitions, ExportFormat.Csv));
        var query = link.Query.TrimStart('?').Split('&').Select(p => p.Split('=')).ToDictionary(p => p[0], p => Uri.UnescapeDataString(p[1]));
        Assert.Equal("/export/compare", link.AbsolutePath);
        Assert.Equal(["湛江市", "广州市海珠区"], ExportSelection.Places(query["places"]));
        Assert.Equal([2023, 2024], ExportSelection.Years(query["years"]));
        Assert.Equal(ExportThemes.Petitions, ExportThemes.Find(query["theme"]));
        Assert.Equal("csv", query["format"]);
        Assert.Equal("/export/compare?theme=scores&format=xlsx", ExportLinks.Compare([], [], "scores", ExportFormat.Xlsx));
    }

    [Fact]
    public void YearSelectionsReadAsStaffTypeThem()
    {
        Assert.Equal([2018, 2020, 2021, 2022], ExportSelection.Years("2018, 2020-2022"));
        Assert.Equal([2023, 2024], ExportSelection.Years("2023年，2024年"));
        Assert.Throws<FormatException>(() => ExportSelection.Years("24"));
        Assert.Equal(["湛江市", "临湘市"], ExportSelection.Places("湛江市、临湘市,湛江市"));
    }
}

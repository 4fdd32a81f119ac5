using System.Text;
using PerfAnalytics.Extraction.Formats;

namespace PerfAnalytics.Extraction.Tests;

public class NormalizerTests
{
    [Fact]
    public void SpacesBetweenDigitsAndWordsAreRemovedAndOffsetsPointBack()
    {
        const string raw = "2024 年末实有在职人员 21 人";
        var n = TextNormalizer.Normalize(raw);
        Assert.Equal("2024年末实有在职人员21人", n.Text);
        var at = n.Text.IndexOf("21", StringComparison.Ordinal);
        Assert.Equal(raw.IndexOf("21", StringComparison.Ordinal), n.ToOriginal(at));
    }

    [Fact]
    public void FullWidthDigitsAndSignsBecomeAscii()
    {
        Assert.Equal("预算执行率98.5%", TextNormalizer.Normalize("预算执行率９８．５％").Text);
    }

    [Fact]
    public void HardWrappedProseIsJoinedAcrossBlankLinesAndNumbersAreWholeAgain()
    {
        var line = new string('信', 28);
        var raw = string.Join("\n\n", Enumerable.Repeat(line + "，", 8)) + "\n\n" + line[..20] + "，2024 年度预算数 1114.\n\n15 万元。\n";
        var text = TextNormalizer.Normalize(raw).Text;
        Assert.Contains("1114.15万元", text);
        Assert.DoesNotContain("\n\n信", text);
    }

    [Fact]
    public void PageNumberLinesAreDroppedButNumbersInTableCellsStay()
    {
        var text = TextNormalizer.Normalize("第一页的内容。\n\n- 3 -\n\n第二页。\n第 4 页\n人员编制\n\t12\n").Text;
        Assert.DoesNotContain("- 3 -", text);
        Assert.DoesNotContain("第 4 页", text);
        Assert.DoesNotContain("第4页", text);
        Assert.Contains("\t12", text);
    }

    [Fact]
    public void CrlfAndNonBreakingSpacesAreNormalised()
    {
        Assert.Equal("单位名称 湛江市信访局\n财政拨款100万元", TextNormalizer.Normalize("单位名称\u00a0湛江市信访局\r\n财政拨款\u3000100 万元").Text);
    }

    [Fact]
    public void Gb18030AndUtf16WithoutBomAreDecoded()
    {
        const string s = "湛江市信访局2024年度部门整体支出绩效自评报告";
        Assert.Equal(s, TextDecoder.Decode(TextDecoder.Gb18030.GetBytes(s)));
        Assert.Equal(s, TextDecoder.Decode(Encoding.Unicode.GetBytes(s)));
        Assert.Equal(s, TextDecoder.Decode(Encoding.UTF8.GetBytes(s)));
    }
}

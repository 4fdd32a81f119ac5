namespace PerfAnalytics.Extraction.Tests;

public class GazetteerTests
{
    [Fact]
    public void EveryProvinceAndPrefectureOfTheCountryIsKnown()
    {
        Assert.Equal(31, Gazetteer.All.Count(p => p.Level is "province" or "municipality"));
        Assert.True(Gazetteer.All.Count(p => p.Level == "prefecture_city") > 300);
        Assert.True(Gazetteer.All.Count(p => p.Level is "district" or "county" or "county_city") > 2800);
    }

    [Theory]
    [InlineData("广州市海珠区信访局", "广州市海珠区", "广东省", "district")]
    [InlineData("临湘市信访局", "临湘市", "湖南省", "county_city")]
    [InlineData("北京市朝阳区信访办公室", "北京市朝阳区", "北京市", "district")]
    [InlineData("长春市朝阳区信访局", "长春市朝阳区", "吉林省", "district")]
    [InlineData("甘肃省信访局", "甘肃省", "甘肃省", "province")]
    [InlineData("阿克苏地区信访局", "阿克苏地区", "新疆维吾尔自治区", "prefecture_city")]
    public void AgencyNamesResolveToTheirPlace(string agency, string jurisdiction, string province, string level)
    {
        var r = ReportExtractor.ExtractText($"{agency}2024年度部门整体支出绩效自评报告\n单位名称：{agency}\n", "x.txt");
        Assert.Equal(agency, r.Identity.Agency);
        Assert.Equal(jurisdiction, r.Identity.Jurisdiction);
        Assert.Equal(province, r.Identity.Province);
        Assert.Equal(level, r.Identity.AdminLevel);
    }
}

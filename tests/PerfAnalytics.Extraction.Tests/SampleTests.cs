using System.Text.Json;

namespace PerfAnalytics.Extraction.Tests;

/// <summary>Kinds of document no seed is: a budget and a final-accounts statement on the national templates; and
/// documents that are not performance documents of a department at all.</summary>
public class SampleTests
{
    private static string SamplePath(string name) => Path.Combine(AppContext.BaseDirectory, "samples", name);

    [Theory]
    [InlineData("budget_statement")]
    [InlineData("final_accounts_statement")]
    [InlineData("matrix_report")]
    [InlineData("form_report")]
    public void StatementGivesTheYearsFiguresNotLastYearsOrChanges(string name)
    {
        var expected = JsonDocument.Parse(File.ReadAllText(SamplePath(name + ".expected.json"))).RootElement;
        var result = ReportExtractor.Extract(File.ReadAllBytes(SamplePath(name + ".txt")), name + ".txt");
        Assert.Null(result.Error);
        GoldAssert.Metrics(expected, result, name);
        Assert.Equal(expected.GetProperty("doc_kind").GetString(), result.Identity.DocKind);
        Assert.Equal(expected.GetProperty("jurisdiction").GetString(), result.Identity.Jurisdiction);
        Assert.Equal(expected.GetProperty("province").GetString(), result.Identity.Province);
        Assert.Equal(expected.GetProperty("admin_level").GetString(), result.Identity.AdminLevel);
        Assert.Equal(expected.GetProperty("agency").GetString(), result.Identity.Agency);
        Assert.Equal(expected.GetProperty("fiscal_year").GetInt32(), result.Identity.FiscalYear);
        Assert.Empty(result.Findings);
        if (expected.TryGetProperty("report_date", out var date)) Assert.Equal(date.GetString(), result.Identity.ReportDate?.ToString("yyyy-MM-dd"));
        if (expected.TryGetProperty("self_grade", out var grade)) Assert.Equal(grade.GetString(), result.Identity.SelfGrade);
    }

    [Theory]
    [InlineData("notice.txt", "无法识别")]
    [InlineData("project_report.txt", "项目支出")]
    public void DocumentOfAnotherKindGivesAClearErrorAndNoFacts(string file, string words)
    {
        var result = ReportExtractor.Extract(File.ReadAllBytes(SamplePath(file)), file);
        Assert.NotNull(result.Error);
        Assert.Contains(words, result.Error);
        Assert.Empty(result.Metrics);
    }

    [Fact]
    public void EmptyFileGivesAClearError()
    {
        var result = ReportExtractor.Extract([], "empty.txt");
        Assert.Contains("为空", result.Error);
        Assert.Empty(result.Metrics);
    }

    [Fact]
    public void BinaryFileGivesAClearError()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        bytes[0] = 0x7F; bytes[1] = (byte)'E'; bytes[2] = (byte)'L'; bytes[3] = (byte)'F';
        var result = ReportExtractor.Extract(bytes, "report.txt");
        Assert.NotNull(result.Error);
        Assert.Empty(result.Metrics);
    }

    [Fact]
    public void AmountsInYuanAreConvertedToWanYuanAtFullPrecision()
    {
        var q = Numbers.At("349808.03元", 0)!;
        Assert.Equal(34.980803m, q.Value);
        Assert.Equal("万元", q.Unit);
        Assert.Equal("元", q.SourceUnit);
        Assert.Equal(12345.67m, Numbers.At("1.23456700亿元", 0)!.Value);
        Assert.Equal(1114.15m, Numbers.At("1,114.15万元", 0)!.Value);
    }
}

using System.Text.Json;

namespace PerfAnalytics.Extraction.Tests;

/// <summary>Each seed against expected.json: every listed metric, no unlisted one, identity, tasks, indicators, findings.</summary>
public class GoldTests
{
    public static IEnumerable<object[]> Files() => Seeds.Files();

    [Theory, MemberData(nameof(Files))]
    public void SeedGivesExactlyTheExpectedMetrics(string file)
    {
        var result = ReportExtractor.Extract(Seeds.Bytes(file), file);
        Assert.Null(result.Error);
        GoldAssert.Metrics(Seeds.Expected(file), result, file);
    }

    [Theory, MemberData(nameof(Files))]
    public void SeedGivesTheExpectedIdentity(string file)
    {
        var e = Seeds.Expected(file);
        var id = ReportExtractor.Extract(Seeds.Bytes(file), file).Identity;
        Assert.Equal(e.GetProperty("jurisdiction").GetString(), id.Jurisdiction);
        Assert.Equal(e.GetProperty("province").GetString(), id.Province);
        Assert.Equal(e.GetProperty("admin_level").GetString(), id.AdminLevel);
        Assert.Equal(e.GetProperty("agency").GetString(), id.Agency);
        Assert.Equal(e.GetProperty("fiscal_year").GetInt32(), id.FiscalYear);
        Assert.Equal(e.GetProperty("doc_kind").GetString(), id.DocKind);
        Assert.Equal(e.TryGetProperty("report_date", out var d) ? d.GetString() : null, id.ReportDate?.ToString("yyyy-MM-dd"));
        Assert.Equal(e.TryGetProperty("self_grade", out var g) ? g.GetString() : null, id.SelfGrade);
    }

    [Theory, MemberData(nameof(Files))]
    public void SeedGivesTheExpectedTasks(string file)
    {
        var e = Seeds.Expected(file);
        var tasks = ReportExtractor.Extract(Seeds.Bytes(file), file).Tasks;
        if (!e.TryGetProperty("tasks", out var expected)) return;
        foreach (var t in expected.EnumerateArray())
        {
            var name = t.GetProperty("name").GetString()!;
            var optional = t.TryGetProperty("optional", out var o) && o.GetBoolean();
            var got = tasks.FirstOrDefault(x => x.Name == name);
            if (got is null && optional) continue;
            Assert.True(got is not null, $"{file}: task {name} missing; got {string.Join(", ", tasks.Select(x => x.Name))}");
            Assert.Equal(t.GetProperty("amount").GetDecimal(), got!.Amount);
        }
    }

    [Theory, MemberData(nameof(Files))]
    public void SeedGivesTheExpectedIndicators(string file)
    {
        var e = Seeds.Expected(file);
        var got = ReportExtractor.Extract(Seeds.Bytes(file), file).Indicators;
        if (!e.TryGetProperty("indicators", out var expected)) return;
        foreach (var i in expected.EnumerateArray())
        {
            var name = i.GetProperty("name").GetString()!;
            var match = got.FirstOrDefault(x => x.Name == name);
            Assert.True(match is not null, $"{file}: indicator {name} missing; got {string.Join(", ", got.Select(x => x.Name))}");
            Assert.Equal(i.GetProperty("level1").GetString(), match!.Level1);
            Assert.Equal(i.GetProperty("level2").GetString(), match.Level2);
            Assert.Equal(i.TryGetProperty("target", out var t) ? t.GetString() : null, match.Target);
            Assert.Equal(i.TryGetProperty("actual", out var a) ? a.GetString() : null, match.Actual);
        }
    }

    [Theory, MemberData(nameof(Files))]
    public void SeedGivesTheExpectedFindingsAndNoOthers(string file)
    {
        var e = Seeds.Expected(file);
        var findings = ReportExtractor.Extract(Seeds.Bytes(file), file).Findings;
        var expected = e.GetProperty("findings").EnumerateArray().Select(x => x.GetString()!).ToList();
        Assert.True(expected.Count == findings.Count,
            $"{file}: expected {expected.Count} findings ({string.Join(" | ", expected)}), got {findings.Count}: {string.Join(" | ", findings.Select(f => f.Code + " " + f.Message))}");
        foreach (var text in expected)
            Assert.Contains(findings, f => GoldAssert.FindingMatches(text, f));
    }
}

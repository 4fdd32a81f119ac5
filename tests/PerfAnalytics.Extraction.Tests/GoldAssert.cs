using System.Text.Json;

namespace PerfAnalytics.Extraction.Tests;

/// <summary>Comparisons shared by the gold tests and the variant tests.</summary>
public static class GoldAssert
{
    /// <summary>Every expected metric with its value (money 0.01, 元-converted 0.000001), nothing unlisted unless ambiguous.</summary>
    public static void Metrics(JsonElement expected, ExtractionResult result, string label)
    {
        var want = expected.GetProperty("metrics").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetDecimal());
        var ambiguous = expected.TryGetProperty("ambiguous", out var a)
            ? a.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetDecimal()) : [];
        var got = result.Metrics.ToDictionary(f => f.Code, f => f.Value);
        var problems = new List<string>();
        foreach (var (code, value) in want)
        {
            if (!got.TryGetValue(code, out var v)) problems.Add($"missing {code} = {value}");
            else if (Math.Abs(v - value) > Tolerance(value)) problems.Add($"{code}: expected {value}, got {v}");
        }
        foreach (var (code, v) in got)
        {
            if (want.ContainsKey(code)) continue;
            if (ambiguous.TryGetValue(code, out var av) && Math.Abs(av - v) <= Tolerance(av)) continue;
            problems.Add($"unexpected {code} = {v} «{result.Metrics.First(f => f.Code == code).Excerpt}»");
        }
        Assert.True(problems.Count == 0, $"{label}:\n  " + string.Join("\n  ", problems));
    }

    /// <summary>Values given with more than two decimals came from 元 and must match to 0.000001.</summary>
    private static decimal Tolerance(decimal expected) => decimal.Round(expected, 2) == expected ? 0.005m : 0.0000005m;

    /// <summary>An expected finding (a sentence of expected.json) matched to a finding by the metrics and words it names.</summary>
    public static bool FindingMatches(string expected, Finding f) => expected switch
    {
        _ when expected.Contains("above the 100-point scale") => f.Code == "score_above_scale",
        _ when expected.Contains("budget_execution_rate") => f.Code == "execution_rate_mismatch",
        _ when expected.Contains("basic") && expected.Contains("project") => f.Code == "spending_parts_mismatch",
        _ when expected.Contains("another agency") => f.Code == "other_agency_text",
        _ when expected.Contains("当年结余") => f.Code == "balance_mismatch",
        _ when expected.Contains("100%") => f.Code == "indicators_all_full",
        _ => false,
    };
}

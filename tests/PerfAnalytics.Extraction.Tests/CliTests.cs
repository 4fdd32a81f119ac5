using System.Diagnostics;
using System.Text.Json;

namespace PerfAnalytics.Extraction.Tests;

/// <summary>The `perfanalytics` command as outside checks use it: `text` and `extract --json`.</summary>
public class CliTests
{
    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "perfanalytics.dll"));
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        p.WaitForExit();
        return (p.ExitCode, stdout.Result, stderr.Result);
    }

    [Fact]
    public void ExtractJsonFollowsTheContractAndOffsetsPointIntoTheTextCommandsOutput()
    {
        const string file = "000_ffffca6f4e78647d.txt";
        var (code, json, _) = Run("extract", Seeds.Path(file), "--json");
        Assert.Equal(0, code);
        var o = JsonDocument.Parse(json).RootElement;
        foreach (var key in new[] { "file", "sha256", "jurisdiction", "province", "admin_level", "agency", "fiscal_year", "doc_kind", "report_date", "self_grade", "metrics", "tasks", "indicators", "findings" })
            Assert.True(o.TryGetProperty(key, out _), key);
        Assert.Equal("湛江市信访局", o.GetProperty("agency").GetString());
        Assert.Equal(64, o.GetProperty("sha256").GetString()!.Length);

        var (textCode, text, _) = Run("text", Seeds.Path(file));
        Assert.Equal(0, textCode);
        var metrics = o.GetProperty("metrics").EnumerateArray().ToList();
        Assert.NotEmpty(metrics);
        foreach (var m in metrics.Where(m => !m.GetProperty("derived").GetBoolean()))
        {
            var excerpt = m.GetProperty("excerpt").GetString()!;
            var span = text[m.GetProperty("start").GetInt32()..m.GetProperty("end").GetInt32()];
            Assert.Equal(excerpt, span);
        }
        var spending = metrics.Single(m => m.GetProperty("code").GetString() == "expenditure_total");
        Assert.Equal(988.71m, spending.GetProperty("value").GetDecimal());
        Assert.Equal("万元", spending.GetProperty("unit").GetString());
    }

    [Fact]
    public void ExtractOfSeveralFilesWithAnUnreadableOneGivesAnArrayWithAnErrorEntryAndFailsTheExitCode()
    {
        var empty = Path.GetTempFileName();
        try
        {
            var (code, json, _) = Run("extract", Seeds.Path("003_d91a76e6a4cf7165.txt"), empty, "--json");
            Assert.NotEqual(0, code);
            var arr = JsonDocument.Parse(json).RootElement;
            Assert.Equal(JsonValueKind.Array, arr.ValueKind);
            Assert.Equal(2, arr.GetArrayLength());
            Assert.False(arr[0].TryGetProperty("error", out _));
            Assert.Contains("为空", arr[1].GetProperty("error").GetString());
        }
        finally
        {
            File.Delete(empty);
        }
    }
}

using System.Globalization;
using System.Text.Json;
using PerfAnalytics.Data.Ingest;
using PerfAnalytics.Extraction;

namespace PerfAnalytics.Data.Tests;

/// <summary>The five seed reports (db/reports, copied to the test output) and what a careful reader takes out of them.</summary>
public static class Seeds
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "seeds");

    public static IReadOnlyList<string> Files => [.. Directory.GetFiles(Folder, "*.txt").Order(StringComparer.Ordinal)];

    public static byte[] Bytes(string file) => File.ReadAllBytes(Path.Combine(Folder, file));

    public static IReadOnlyList<ExpectedReport> Expected { get; } = LoadExpected();

    /// <summary>
    /// The careful reader's extraction (expected.json) as an <see cref="ExtractionResult"/>, each figure placed at the
    /// first place its number is written in the seed's normalised text (derived when it is not written there).
    /// </summary>
    /// <summary>Migrates an empty warehouse and ingests every seed as the careful reader reads it; report id per file.</summary>
    public static async Task<IReadOnlyDictionary<string, long>> IngestCarefulReadingsAsync(Warehouse w)
    {
        WarehouseMigrator.Migrate(w);
        var ingestor = new Ingestor(w, "test");
        var ids = new Dictionary<string, long>();
        foreach (var e in Expected)
            ids[e.File] = (await ingestor.IngestExtractedAsync(Bytes(e.File), CarefulReading(e))).ReportId!.Value;
        return ids;
    }

    public static ExtractionResult CarefulReading(ExpectedReport e)
    {
        var bytes = Bytes(e.File);
        var text = ReportExtractor.Extract(bytes, e.File).Text;
        var facts = e.Metrics.Select(m =>
        {
            var metric = MetricCatalogue.Get(m.Key);
            var written = Math.Abs(m.Value).ToString(CultureInfo.InvariantCulture);
            var at = text.IndexOf(written, StringComparison.Ordinal);
            return at < 0
                ? new Fact(m.Key, m.Value, metric.Unit, m.Value, metric.Unit, "", 0, 0, Derived: true)
                : new Fact(m.Key, m.Value, metric.Unit, m.Value, metric.Unit, text.Substring(at, written.Length), at, at + written.Length);
        }).ToList();
        var tasks = e.Tasks.Select(t =>
        {
            var at = Math.Max(0, text.IndexOf(t.Name, StringComparison.Ordinal));
            return new KeyTask(t.Name, t.Amount, t.Name, at, at + t.Name.Length);
        }).ToList();
        var indicators = e.Indicators.Select(i =>
        {
            var at = Math.Max(0, text.IndexOf(i.Name, StringComparison.Ordinal));
            return new Indicator(i.Level1, i.Level2, i.Name, i.Target, i.Actual, null, null, null, null, at, at + i.Name.Length);
        }).ToList();
        var findings = e.Findings.Select(f => new Finding("reviewer_note", Severities.Warning, f,
            [.. MetricCatalogue.All.Select(m => m.Code).Where(c => f.Contains(c, StringComparison.Ordinal))])).ToList();
        var identity = new ReportIdentity(e.Jurisdiction, null, e.Province, e.AdminLevel, e.Agency, e.FiscalYear, e.DocKind, e.ReportDate, e.SelfGrade);
        return new ExtractionResult(e.File, Ingest.Ingestor.Sha256(bytes), "text/plain", text, identity, facts, tasks, indicators, findings);
    }

    private static List<ExpectedReport> LoadExpected()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "expected.json")));
        return [.. doc.RootElement.GetProperty("reports").EnumerateArray().Select(r => new ExpectedReport(
            r.GetProperty("file").GetString()!,
            Str(r, "jurisdiction"), Str(r, "province"), Str(r, "admin_level"), Str(r, "agency"),
            r.TryGetProperty("fiscal_year", out var y) ? y.GetInt32() : null,
            Str(r, "doc_kind"),
            Str(r, "report_date") is { } d ? DateOnly.ParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
            Str(r, "self_grade"),
            r.GetProperty("metrics").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetDecimal()),
            r.TryGetProperty("tasks", out var ts) ? [.. ts.EnumerateArray().Select(t => new ExpectedTask(t.GetProperty("name").GetString()!,
                t.TryGetProperty("amount", out var a) ? a.GetDecimal() : null))] : [],
            r.TryGetProperty("indicators", out var xs) ? [.. xs.EnumerateArray().Select(x => new ExpectedIndicator(
                Str(x, "level1") ?? "", Str(x, "level2") ?? "", Str(x, "name")!, Str(x, "target"), Str(x, "actual")))] : [],
            r.TryGetProperty("findings", out var fs) ? [.. fs.EnumerateArray().Select(f => f.GetString()!)] : []))];
    }

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}

public sealed record ExpectedTask(string Name, decimal? Amount);
public sealed record ExpectedIndicator(string Level1, string Level2, string Name, string? Target, string? Actual);

public sealed record ExpectedReport(
    string File, string? Jurisdiction, string? Province, string? AdminLevel, string? Agency, int? FiscalYear, string? DocKind,
    DateOnly? ReportDate, string? SelfGrade, IReadOnlyDictionary<string, decimal> Metrics,
    IReadOnlyList<ExpectedTask> Tasks, IReadOnlyList<ExpectedIndicator> Indicators, IReadOnlyList<string> Findings);

using PerfAnalytics.Extraction;
using PerfAnalytics.Extraction.Formats;

namespace PerfAnalytics.Extraction.Tests.Formats;

/// <summary>The seed texts and the committed PDF/XLS fixtures, and the facts compared across formats.</summary>
public static class FormatFiles
{
    public static string SeedPath(string seed) =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), seed + "_*.txt").Single();

    public static string SeedText(string seed) => File.ReadAllText(SeedPath(seed));

    public static byte[] SeedBytes(string seed) => File.ReadAllBytes(SeedPath(seed));

    public static byte[] Fixture(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "fixtures", name));

    /// <summary>The normalised text the extractor sees for a file.</summary>
    public static string Text(byte[] content, string name)
    {
        var raw = DocumentReader.Read(content, name);
        return TextNormalizer.Normalize(raw.Text, undoHardWraps: raw.MediaType == MediaTypes.Text).Text;
    }

    /// <summary>Non-blank lines of a text with leading and trailing empty cells cut (a merged first column comes out
    /// as one or two empty cells depending on the format), for comparing layouts.</summary>
    public static List<string> Lines(string text) =>
        text.Split('\n').Select(l => l.Trim('\t', ' ')).Where(l => l.Length > 0).ToList();

    /// <summary>What must not change with the format: identity and each metric's code and value to 0.01.</summary>
    public static List<string> Facts(ExtractionResult r)
    {
        var i = r.Identity;
        var facts = new List<string>
        {
            $"jurisdiction={i.Jurisdiction}", $"province={i.Province}", $"agency={i.Agency}", $"fiscal_year={i.FiscalYear}",
            $"doc_kind={i.DocKind}", $"report_date={i.ReportDate}", $"self_grade={i.SelfGrade}",
        };
        facts.AddRange(r.Metrics.Select(m => $"{m.Code}={Math.Round(m.Value, 2):0.00}").Distinct().Order(StringComparer.Ordinal));
        facts.AddRange(r.Tasks.Select(t => $"task {t.Name}={t.Amount:0.00}").Order(StringComparer.Ordinal));
        return facts;
    }
}

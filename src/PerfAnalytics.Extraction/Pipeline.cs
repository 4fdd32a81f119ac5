namespace PerfAnalytics.Extraction;

/// <summary>Normalised text in, identity, facts, tasks, indicators and findings out.</summary>
internal static class Pipeline
{
    public static ExtractionResult Run(NormalizedText text, string fileName, string sha256, string mediaType)
    {
        var identity = new ReportIdentity(null, null, null, null, null, null, null, null, null);
        return new ExtractionResult(fileName, sha256, mediaType, text.Text, identity, [], [], [], []);
    }
}

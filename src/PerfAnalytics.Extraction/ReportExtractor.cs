using System.Security.Cryptography;
using PerfAnalytics.Extraction.Formats;

namespace PerfAnalytics.Extraction;

/// <summary>The one entry point: the bytes of a file in, identity, facts, tasks, indicators and findings out.</summary>
public static class ReportExtractor
{
    public static ExtractionResult Extract(byte[] content, string fileName)
    {
        var sha = Convert.ToHexStringLower(SHA256.HashData(content));
        RawDocument raw;
        try
        {
            raw = DocumentReader.Read(content, fileName);
        }
        catch (UnreadableDocumentException e)
        {
            return Failed(fileName, sha, "", "", e.Message, e.Code);
        }
        return ExtractText(raw.Text, fileName, sha, raw.MediaType);
    }

    /// <summary>Extraction from already decoded raw text (the normalisation is done here).</summary>
    public static ExtractionResult ExtractText(string rawText, string fileName, string sha256 = "", string mediaType = "text/plain")
    {
        var text = TextNormalizer.Normalize(rawText, undoHardWraps: mediaType == MediaTypes.Text);
        return Pipeline.Run(text, fileName, sha256, mediaType);
    }

    public static ExtractionResult Failed(string file, string sha, string media, string text, string error, string code = "unreadable") =>
        new(file, sha, media, text, new ReportIdentity(null, null, null, null, null, null, null, null, null), [], [], [], [], error, code);
}

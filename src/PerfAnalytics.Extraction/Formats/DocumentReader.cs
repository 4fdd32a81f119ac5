namespace PerfAnalytics.Extraction.Formats;

/// <summary>A file that cannot be turned into text; the message is for staff, in Chinese.</summary>
public sealed class UnreadableDocumentException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}

/// <summary>The raw text of a document and the media type detected from its content.</summary>
public sealed record RawDocument(string Text, string MediaType);

/// <summary>Turns the bytes of a file into raw text. Detection is by content, the name is only a hint.</summary>
public static class DocumentReader
{
    public const int MaxFileBytes = 50 * 1024 * 1024;

    public static RawDocument Read(byte[] content, string fileName)
    {
        if (content.Length == 0)
            throw new UnreadableDocumentException("empty", "文件为空：没有可读取的内容。请检查上传的文件是否完整。");
        if (content.Length > MaxFileBytes)
            throw new UnreadableDocumentException("too_large", $"文件过大（{content.Length / 1024 / 1024} MB），上限为 {MaxFileBytes / 1024 / 1024} MB。请拆分后再导入。");

        var kind = Sniff(content);
        return kind switch
        {
            "text/plain" => new RawDocument(TextDecoder.Decode(content), "text/plain"),
            _ => throw new UnreadableDocumentException("unsupported_format",
                $"暂不支持该文件格式（{kind}，文件名 {fileName}）。请提供文本、PDF、Word 或 Excel 文件。"),
        };
    }

    /// <summary>The media type by magic bytes; text when it decodes as text.</summary>
    internal static string Sniff(ReadOnlySpan<byte> b)
    {
        if (b.StartsWith("%PDF-"u8)) return "application/pdf";
        if (b.StartsWith("PK\u0003\u0004"u8)) return "application/zip";
        if (b.StartsWith(new byte[] { 0xD0, 0xCF, 0x11, 0xE0 })) return "application/x-ole-storage";
        if (TextDecoder.LooksLikeText(b)) return "text/plain";
        return "application/octet-stream";
    }
}

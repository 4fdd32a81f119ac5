namespace PerfAnalytics.Extraction.Formats;

/// <summary>A file that cannot be turned into text; the message is for staff, in Chinese.</summary>
public sealed class UnreadableDocumentException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}

/// <summary>The raw text of a document and the media type detected from its content.</summary>
public sealed record RawDocument(string Text, string MediaType);

/// <summary>The media types the reader knows.</summary>
public static class MediaTypes
{
    public const string Text = "text/plain";
    public const string Pdf = "application/pdf";
    public const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string Xls = "application/vnd.ms-excel";
}

/// <summary>
/// Turns the bytes of a file into raw text. Detection is by content (magic bytes, archive contents); the
/// name is only used in messages. Library failures are caught here and become <see cref="UnreadableDocumentException"/>.
/// </summary>
public static class DocumentReader
{
    public const int MaxFileBytes = 50 * 1024 * 1024;
    public const int MaxPages = 500;

    public static RawDocument Read(byte[] content, string fileName)
    {
        if (content.Length == 0)
            throw new UnreadableDocumentException("empty", "文件为空：没有可读取的内容。请检查上传的文件是否完整。");
        if (content.Length > MaxFileBytes)
            throw new UnreadableDocumentException("too_large", $"文件过大（{content.Length / 1024 / 1024} MB），上限为 {MaxFileBytes / 1024 / 1024} MB。请拆分后再导入。");

        var kind = Sniff(content);
        try
        {
            return kind switch
            {
                "text/plain" => new RawDocument(TextDecoder.Decode(content), MediaTypes.Text),
                "application/pdf" => new RawDocument(PdfText.Read(content), MediaTypes.Pdf),
                "application/zip" => ReadOfficeArchive(content, fileName),
                "application/x-ole-storage" => new RawDocument(XlsText.Read(content), MediaTypes.Xls),
                "application/x-executable" => throw new UnreadableDocumentException("executable",
                    $"“{fileName}”是一个可执行程序，不是报告文件（只是扩展名被改过）。请提供报告的 PDF、Word、Excel 或文本原件。"),
                _ => throw new UnreadableDocumentException("unsupported_format",
                    $"暂不支持该文件格式（文件名 {fileName}）。请提供文本、PDF、Word（.docx）或 Excel（.xlsx/.xls）文件。"),
            };
        }
        catch (Exception e) when (e is not UnreadableDocumentException && e is not OutOfMemoryException)
        {
            throw new UnreadableDocumentException("corrupt",
                $"文件“{fileName}”已损坏或不完整，无法读取（{Describe(kind)}）。请重新下载或向报送单位索取原件。");
        }
    }

    private static RawDocument ReadOfficeArchive(byte[] content, string fileName) =>
        ZipGuard.Inspect(content) switch
        {
            OfficeKind.Docx => new RawDocument(DocxText.Read(content), MediaTypes.Docx),
            OfficeKind.Xlsx => new RawDocument(XlsxText.Read(content), MediaTypes.Xlsx),
            _ => throw new UnreadableDocumentException("unsupported_format",
                $"“{fileName}”是压缩包，但不是 Word（.docx）或 Excel（.xlsx）文件。请直接提供报告文件。"),
        };

    private static string Describe(string kind) => kind switch
    {
        "application/pdf" => "PDF",
        "application/zip" => "Word/Excel 压缩结构",
        "application/x-ole-storage" => "旧版 Office 文件",
        _ => kind,
    };

    /// <summary>The media type by magic bytes; anything else is read as text (decoding refuses what is not text).</summary>
    internal static string Sniff(ReadOnlySpan<byte> b)
    {
        var head = b[..Math.Min(b.Length, 1024)];
        if (head.IndexOf("%PDF-"u8) >= 0) return "application/pdf";
        if (b.StartsWith("PK\u0003\u0004"u8)) return "application/zip";
        if (b.StartsWith(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 })) return "application/x-ole-storage";
        if (b.StartsWith("\u007fELF"u8) || b.StartsWith("MZ"u8) || b.StartsWith(new byte[] { 0xCF, 0xFA, 0xED, 0xFE })
            || b.StartsWith(new byte[] { 0xCA, 0xFE, 0xBA, 0xBE }) || b.StartsWith("#!"u8))
            return "application/x-executable";
        return "text/plain";
    }
}

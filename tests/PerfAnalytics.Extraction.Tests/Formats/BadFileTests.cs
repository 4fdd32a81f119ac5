using System.IO.Compression;
using System.Text;
using PerfAnalytics.Extraction;
using PerfAnalytics.Extraction.Formats;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Writer;

namespace PerfAnalytics.Extraction.Tests.Formats;

/// <summary>Files that cannot be read: each gets its own code and a Chinese message saying what to do; nothing crashes.</summary>
public class BadFileTests
{
    public static TheoryData<string, string, string> BadFiles => new()
    {
        // file maker, expected code, words the message must contain
        { "truncated-pdf", "truncated", "不完整" },
        { "corrupt-pdf", "corrupt", "已损坏" },
        { "renamed-executable", "executable", "可执行程序" },
        { "zip-bomb", "zip_bomb", "压缩炸弹" },
        { "zip-bomb-lying-header", "zip_bomb", "压缩炸弹" },
        { "encrypted-pdf", "encrypted", "密码" },
        { "image-only-pdf", "no_text_layer", "没有文字层（可能是扫描件），暂不支持 OCR" },
        { "too-many-pages", "too_many_pages", "超过上限 500 页" },
        { "too-large", "too_large", "文件过大" },
        { "plain-zip", "unsupported_format", "不是 Word" },
        { "broken-docx", "corrupt", "已损坏" },
        { "empty", "empty", "文件为空" },
        { "legacy-word", "legacy_doc", "旧版 Word（.doc）" },
        { "page-numbers-only-pdf", "no_text_layer", "没有可读取的文字" },
        { "pdf-bomb", "pdf_bomb", "解压后超过 256 MB" },
    };

    [Theory, MemberData(nameof(BadFiles))]
    public void UnreadableFileGetsItsCodeAndAClearChineseMessage(string maker, string code, string words)
    {
        var (bytes, name) = Make(maker);
        var e = Assert.Throws<UnreadableDocumentException>(() => DocumentReader.Read(bytes, name));
        Assert.Equal(code, e.Code);
        Assert.Contains(words, e.Message);
        Assert.Contains("请", e.Message); // says what to do
    }

    [Theory, MemberData(nameof(BadFiles))]
    public void UnreadableFileGivesAnErrorResultWithNothingPartial(string maker, string code, string words)
    {
        _ = (code, words);
        var (bytes, name) = Make(maker);
        var result = ReportExtractor.Extract(bytes, name);
        Assert.False(result.Succeeded);
        Assert.Contains(words, result.Error);
        Assert.Empty(result.Metrics);
        Assert.Empty(result.Tasks);
        Assert.Empty(result.Indicators);
        Assert.Equal("", result.Text);
    }

    private static (byte[] Bytes, string Name) Make(string maker) => maker switch
    {
        "truncated-pdf" => (FormatFiles.Fixture("seed-001.pdf")[..60_000], "seed-001.pdf"),
        "corrupt-pdf" => (Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >> endobj\ngarbage garbage\ntrailer << /Root 1 0 R >>\n%%EOF\n"), "bad.pdf"),
        "renamed-executable" => (RenamedExecutable(), "年度报告.pdf"),
        "zip-bomb" => (ZipBomb(lie: false), "bomb.docx"),
        "zip-bomb-lying-header" => (ZipBomb(lie: true), "bomb.docx"),
        "encrypted-pdf" => (FormatFiles.Fixture("encrypted.pdf"), "encrypted.pdf"),
        "image-only-pdf" => (FormatFiles.Fixture("image-only.pdf"), "scan.pdf"),
        "too-many-pages" => (BlankPages(DocumentReader.MaxPages + 1), "long.pdf"),
        "too-large" => (new byte[DocumentReader.MaxFileBytes + 1], "huge.txt"),
        "plain-zip" => (Zip(("photo.jpg", new byte[] { 0xFF, 0xD8, 0xFF })), "report.zip"),
        "broken-docx" => (Zip(("[Content_Types].xml", Encoding.UTF8.GetBytes(WordContentTypes)), ("word/document.xml", Encoding.UTF8.GetBytes("<w:document"))), "broken.docx"),
        "empty" => ([], "empty.pdf"),
        "legacy-word" => (FormatFiles.Fixture("legacy-word.doc"), "report.doc"),
        "page-numbers-only-pdf" => (StampedPages(6), "stamped.pdf"),
        "pdf-bomb" => (PdfBomb(), "bomb.pdf"),
        _ => throw new ArgumentOutOfRangeException(nameof(maker)),
    };

    private const string WordContentTypes =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" +
        "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>";

    /// <summary>An ELF header and machine code-like bytes, named like a report.</summary>
    private static byte[] RenamedExecutable()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        new byte[] { 0x7F, (byte)'E', (byte)'L', (byte)'F', 2, 1, 1, 0 }.CopyTo(bytes, 0);
        return bytes;
    }

    /// <summary>
    /// A .docx-shaped archive whose document expands to 200 MB of zeros (about 200 KB compressed), written in
    /// 1 MB pieces so the test never holds the expanded data. With <paramref name="lie"/> the headers claim 1 KB.
    /// </summary>
    private static byte[] ZipBomb(bool lie)
    {
        using var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var w = zip.CreateEntry("[Content_Types].xml").Open()) w.Write(Encoding.UTF8.GetBytes(WordContentTypes));
            using var s = zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 200; i++) s.Write(zeros);
        }
        var bytes = ms.ToArray();
        if (lie) ClaimSmallSizes(bytes);
        return bytes;
    }

    /// <summary>Rewrites the uncompressed size of every entry, in local and central headers, to 1 KB.</summary>
    private static void ClaimSmallSizes(byte[] zip)
    {
        for (var i = 0; i + 4 <= zip.Length; i++)
        {
            var sig = BitConverter.ToUInt32(zip, i);
            var at = sig switch { 0x04034b50 => i + 22, 0x02014b50 => i + 24, _ => -1 };
            if (at < 0) continue;
            var name = BitConverter.ToUInt16(zip, sig == 0x04034b50 ? i + 26 : i + 28);
            var nameAt = sig == 0x04034b50 ? i + 30 : i + 46;
            if (nameAt + name <= zip.Length && Encoding.ASCII.GetString(zip, nameAt, name) == "word/document.xml")
                BitConverter.GetBytes(1024u).CopyTo(zip, at);
        }
    }

    private static byte[] Zip(params (string Name, byte[] Data)[] entries)
    {
        using var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (name, data) in entries)
                using (var s = zip.CreateEntry(name).Open()) s.Write(data);
        return ms.ToArray();
    }

    /// <summary>
    /// A one-page PDF whose content stream is 300 MB of spaces, Flate-compressed to about 300 KB, written in 1 MB pieces.
    /// </summary>
    private static byte[] PdfBomb()
    {
        using var compressed = new MemoryStream();
        using (var z = new ZLibStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var spaces = Enumerable.Repeat((byte)' ', 1024 * 1024).ToArray();
            for (var i = 0; i < 300; i++) z.Write(spaces);
        }
        using var pdf = new MemoryStream();
        var offsets = new List<long>();
        void Write(string s) => pdf.Write(Encoding.ASCII.GetBytes(s));
        Write("%PDF-1.7\n");
        offsets.Add(pdf.Position); Write("1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n");
        offsets.Add(pdf.Position); Write("2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n");
        offsets.Add(pdf.Position); Write("3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >> endobj\n");
        offsets.Add(pdf.Position); Write($"4 0 obj << /Length {compressed.Length} /Filter /FlateDecode >> stream\n");
        compressed.Position = 0;
        compressed.CopyTo(pdf);
        Write("\nendstream endobj\n");
        var xref = pdf.Position;
        Write("xref\n0 5\n0000000000 65535 f \n");
        foreach (var o in offsets) Write($"{o:D10} 00000 n \n");
        Write($"trailer << /Size 5 /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return pdf.ToArray();
    }

    /// <summary>Pages that carry nothing but a printed page number.</summary>
    private static byte[] StampedPages(int count)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(UglyToad.PdfPig.Fonts.Standard14Fonts.Standard14Font.Helvetica);
        for (var i = 1; i <= count; i++)
            builder.AddPage(PageSize.A4).AddText($"- {i} -", 10, new UglyToad.PdfPig.Core.PdfPoint(290, 30), font);
        return builder.Build();
    }

    private static byte[] BlankPages(int count)
    {
        var builder = new PdfDocumentBuilder();
        for (var i = 0; i < count; i++) builder.AddPage(PageSize.A4);
        return builder.Build();
    }
}

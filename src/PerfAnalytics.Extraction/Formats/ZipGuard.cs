using System.IO.Compression;
using System.Text;

namespace PerfAnalytics.Extraction.Formats;

internal enum OfficeKind { Other, Docx, Xlsx }

/// <summary>
/// Checks a zip archive before any Office library opens it: too many entries, a declared or actual expanded
/// size beyond <see cref="MaxExpandedBytes"/>, or an entry compressed more than <see cref="MaxRatio"/> times is a zip bomb.
/// Then tells Word from Excel by the archive's [Content_Types].xml.
/// </summary>
internal static class ZipGuard
{
    public const long MaxExpandedBytes = 100L * 1024 * 1024;
    public const int MaxRatio = 100;
    public const int MaxEntries = 10_000;
    private const long RatioFloor = 1024 * 1024; // small entries (XML of a few KB) may compress very well

    public static OfficeKind Inspect(byte[] content)
    {
        using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
        if (zip.Entries.Count > MaxEntries) throw Bomb($"包含 {zip.Entries.Count} 个条目");
        long declared = zip.Entries.Sum(e => e.Length);
        if (declared > MaxExpandedBytes) throw Bomb($"解压后达 {declared / 1024 / 1024} MB");
        foreach (var e in zip.Entries)
            if (e.CompressedLength > e.Length + e.Length / 100 + 1024) // deflate never grows data this much: the size is a lie
                throw Bomb($"条目 {e.FullName} 声明的解压大小（{e.Length} 字节）小于其压缩数据");
        foreach (var e in zip.Entries)
            if (e.Length > RatioFloor && e.CompressedLength > 0 && e.Length / e.CompressedLength > MaxRatio)
                throw Bomb($"条目 {e.FullName} 压缩比超过 {MaxRatio} 倍");

        // Headers can lie: expand everything once, counting, and stop at the limit.
        long actual = 0;
        var buffer = new byte[81920];
        string? contentTypes = null;
        foreach (var e in zip.Entries)
        {
            using var s = e.Open();
            using var keep = e.FullName == "[Content_Types].xml" ? new MemoryStream() : null;
            long entryBytes = 0;
            int n;
            while ((n = s.Read(buffer, 0, buffer.Length)) > 0)
            {
                actual += n;
                entryBytes += n;
                if (actual > MaxExpandedBytes) throw Bomb($"解压后超过 {MaxExpandedBytes / 1024 / 1024} MB");
                if (entryBytes > RatioFloor && e.CompressedLength > 0 && entryBytes / e.CompressedLength > MaxRatio)
                    throw Bomb($"条目 {e.FullName} 压缩比超过 {MaxRatio} 倍");
                keep?.Write(buffer, 0, n);
            }
            if (keep is not null) contentTypes = Encoding.UTF8.GetString(keep.ToArray());
        }

        if (contentTypes is null) return OfficeKind.Other;
        if (contentTypes.Contains("wordprocessingml.document.main+xml") || contentTypes.Contains("ms-word.document.macroEnabled.main+xml")
            || contentTypes.Contains("wordprocessingml.template.main+xml"))
            return OfficeKind.Docx;
        if (contentTypes.Contains("spreadsheetml.sheet.main+xml") || contentTypes.Contains("ms-excel.sheet.macroEnabled.main+xml")
            || contentTypes.Contains("spreadsheetml.template.main+xml"))
            return OfficeKind.Xlsx;
        return OfficeKind.Other;
    }

    private static UnreadableDocumentException Bomb(string what) =>
        new("zip_bomb", $"文件的压缩结构异常（{what}），可能是恶意构造的“压缩炸弹”，已拒绝读取。正常的 Word/Excel 报告解压后不超过 {MaxExpandedBytes / 1024 / 1024} MB；请向报送单位索取原件。");
}

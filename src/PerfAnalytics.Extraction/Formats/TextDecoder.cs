using System.Text;

namespace PerfAnalytics.Extraction.Formats;

/// <summary>Decodes text files: UTF-8 (with or without BOM), UTF-16 (LE/BE, with or without BOM), GB18030/GBK.</summary>
public static class TextDecoder
{
    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding Gb18030 => Encoding.GetEncoding("GB18030");

    /// <summary>The text of the bytes, or an error when they are not text (binary, stray control characters).</summary>
    public static string Decode(byte[] b)
    {
        var text = DecodeAny(b);
        return ControlShare(text) > 0.02 ? throw NotText() : text;
    }

    private static string DecodeAny(byte[] b)
    {
        if (b.AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF })) return Utf8Strict(b.AsSpan(3)) ?? throw NotText();
        if (b.AsSpan().StartsWith(new byte[] { 0xFF, 0xFE })) return Encoding.Unicode.GetString(b, 2, b.Length - 2);
        if (b.AsSpan().StartsWith(new byte[] { 0xFE, 0xFF })) return Encoding.BigEndianUnicode.GetString(b, 2, b.Length - 2);
        if (Utf16Guess(b) is { } utf16) return utf16.GetString(b);
        if (Utf8Strict(b) is { } s) return s;
        var gb = Gb18030.GetString(b);
        if (gb.Contains('\uFFFD')) throw NotText();
        return gb;
    }

    private static UnreadableDocumentException NotText() =>
        new("unsupported_format", "无法识别文件内容：既不是文本（UTF-8、UTF-16、GB18030），也不是支持的 PDF、Word、Excel 文件。请提供报告的文本、PDF、Word 或 Excel 原件。");

    private static string? Utf8Strict(ReadOnlySpan<byte> b)
    {
        try { return new UTF8Encoding(false, true).GetString(b); }
        catch (DecoderFallbackException) { return null; }
    }

    /// <summary>UTF-16 without BOM: read as LE and as BE, the one whose code units are nearly all plausible text wins.</summary>
    private static Encoding? Utf16Guess(byte[] b)
    {
        if (b.Length < 4 || b.Length % 2 != 0 || Utf8Strict(b) is not null) return null;
        var n = Math.Min(b.Length, 8192) / 2;
        int le = 0, be = 0;
        for (var i = 0; i < n; i++)
        {
            if (Plausible(b[2 * i] | (b[2 * i + 1] << 8))) le++;
            if (Plausible((b[2 * i] << 8) | b[2 * i + 1])) be++;
        }
        if (le >= n * 0.95 && le > be) return Encoding.Unicode;
        if (be >= n * 0.95 && be > le) return Encoding.BigEndianUnicode;
        return null;
    }

    private static bool Plausible(int u) =>
        u is >= 0x20 and < 0x7F or '\n' or '\r' or '\t' or >= 0x4E00 and <= 0x9FFF or >= 0x3000 and <= 0x303F or >= 0xFF00 and <= 0xFFEF or >= 0x2000 and <= 0x206F;

    private static double ControlShare(string s)
    {
        if (s.Length == 0) return 0;
        var bad = 0;
        foreach (var c in s)
            if (char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f')) bad++;
        return (double)bad / s.Length;
    }
}

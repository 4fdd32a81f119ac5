using System.IO.Compression;
using System.Runtime.InteropServices;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokens;

namespace PerfAnalytics.Extraction.Formats;

/// <summary>
/// PdfPig's stream filters, watched: a Flate stream is first inflated into nothing, counting, so a small stream that
/// would expand to gigabytes (a "PDF bomb") is refused before PdfPig holds it in memory. One guard per document.
/// </summary>
internal sealed class PdfStreamGuard : IFilterProvider
{
    public const long MaxStreamBytes = 256L * 1024 * 1024;
    public const long MaxDocumentBytes = 1024L * 1024 * 1024;

    private readonly IFilterProvider _inner = DefaultFilterProvider.Instance;
    private long _expanded;

    public IReadOnlyList<IFilter> GetFilters(DictionaryToken dictionary) => Wrap(_inner.GetFilters(dictionary));

    public IReadOnlyList<IFilter> GetNamedFilters(IReadOnlyList<NameToken> names) => Wrap(_inner.GetNamedFilters(names));

    public IReadOnlyList<IFilter> GetAllFilters() => Wrap(_inner.GetAllFilters());

    private IReadOnlyList<IFilter> Wrap(IReadOnlyList<IFilter> filters) => [.. filters.Select(f => f is FlateFilter ? new Watched(f, this) : f)];

    private void Count(ReadOnlyMemory<byte> compressed)
    {
        var expanded = InflatedLength(compressed);
        _expanded += expanded;
        if (expanded > MaxStreamBytes || _expanded > MaxDocumentBytes)
            throw new UnreadableDocumentException("pdf_bomb",
                $"该 PDF 中的压缩数据解压后超过 {(expanded > MaxStreamBytes ? MaxStreamBytes : MaxDocumentBytes) / 1024 / 1024} MB，可能是恶意构造的文件，已拒绝读取。请向报送单位索取原件。");
    }

    /// <summary>Bytes a zlib stream inflates to, counted without keeping them, stopping past the limit; 0 when it is not zlib.</summary>
    private static long InflatedLength(ReadOnlyMemory<byte> compressed)
    {
        var bytes = MemoryMarshal.TryGetArray(compressed, out var segment) ? segment : new ArraySegment<byte>(compressed.ToArray());
        if (bytes.Count < 3) return 0;
        long total = 0;
        var buffer = new byte[81920];
        try
        {
            // Skip the two zlib header bytes, as PdfPig does, and inflate the raw deflate data.
            using var inflate = new DeflateStream(new MemoryStream(bytes.Array!, bytes.Offset + 2, bytes.Count - 2, writable: false), CompressionMode.Decompress);
            int n;
            while ((n = inflate.Read(buffer, 0, buffer.Length)) > 0)
                if ((total += n) > MaxStreamBytes) break;
        }
        catch (InvalidDataException)
        {
            // Damaged data: PdfPig decides what to make of it.
        }
        return total;
    }

    private sealed class Watched(IFilter inner, PdfStreamGuard guard) : IFilter
    {
        public bool IsSupported => inner.IsSupported;

        public Memory<byte> Decode(Memory<byte> input, DictionaryToken streamDictionary, IFilterProvider filterProvider, int filterIndex)
        {
            guard.Count(input);
            return inner.Decode(input, streamDictionary, filterProvider, filterIndex);
        }
    }
}

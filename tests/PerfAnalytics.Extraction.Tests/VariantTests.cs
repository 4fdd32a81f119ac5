using System.Text;

namespace PerfAnalytics.Extraction.Tests;

/// <summary>Variants of each seed give the same facts and identity as expected.json says of the seed.</summary>
public class VariantTests
{
    public static IEnumerable<object[]> Cases()
    {
        foreach (var f in Seeds.Files())
            foreach (var v in new[] { "gb18030", "utf16", "utf8bom", "crlf", "fullwidth", "rewrapped", "pagenumbers", "yuan" })
                yield return [f[0], v];
    }

    private static byte[] Make(string file, string variant)
    {
        var text = Seeds.Text(file);
        return variant switch
        {
            "gb18030" => Variants.Gb18030(text),
            "utf16" => Variants.Utf16WithBom(text),
            "utf8bom" => Variants.Utf8WithBom(text),
            "crlf" => Encoding.UTF8.GetBytes(Variants.Crlf(text)),
            "fullwidth" => Encoding.UTF8.GetBytes(Variants.FullWidthDigits(text)),
            "rewrapped" => Encoding.UTF8.GetBytes(Variants.Rewrapped(text)),
            "pagenumbers" => Encoding.UTF8.GetBytes(Variants.WithPageNumbers(text)),
            "yuan" => Encoding.UTF8.GetBytes(Variants.AmountsInYuan(text)),
            _ => throw new ArgumentOutOfRangeException(nameof(variant)),
        };
    }

    [Theory, MemberData(nameof(Cases))]
    public void VariantGivesTheSameFactsAsTheSeed(string file, string variant)
    {
        var result = ReportExtractor.Extract(Make(file, variant), file);
        Assert.Null(result.Error);
        GoldAssert.Metrics(Seeds.Expected(file), result, $"{file} ({variant})");
        var e = Seeds.Expected(file);
        Assert.Equal(e.GetProperty("agency").GetString(), result.Identity.Agency);
        Assert.Equal(e.GetProperty("fiscal_year").GetInt32(), result.Identity.FiscalYear);
        Assert.Equal(e.GetProperty("doc_kind").GetString(), result.Identity.DocKind);
        Assert.Equal(e.GetProperty("findings").GetArrayLength(), result.Findings.Count);
    }

    [Theory, MemberData(nameof(Cases))]
    public void EveryExcerptIsTheNormalisedTextAtItsOffsets(string file, string variant)
    {
        var result = ReportExtractor.Extract(Make(file, variant), file);
        foreach (var f in result.Metrics.Where(f => !f.Derived))
        {
            Assert.InRange(f.Start, 0, result.Text.Length);
            Assert.InRange(f.End, f.Start, result.Text.Length);
            var span = result.Text[f.Start..f.End];
            Assert.True(f.Excerpt == span || f.Excerpt.EndsWith(span, StringComparison.Ordinal), $"{f.Code}: «{f.Excerpt}» vs «{span}»");
        }
    }
}

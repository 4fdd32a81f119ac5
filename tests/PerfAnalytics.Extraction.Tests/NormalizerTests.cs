using PerfAnalytics.Extraction;

namespace PerfAnalytics.Extraction.Tests;

public class NormalizerTests
{
    [Fact]
    public void SpacesBetweenDigitsAndWordsAreRemovedAndOffsetsPointBack()
    {
        const string raw = "2024 年末实有在职人员 21 人";
        var n = TextNormalizer.Normalize(raw);
        Assert.Equal("2024年末实有在职人员21人", n.Text);
        var at = n.Text.IndexOf("21", StringComparison.Ordinal);
        Assert.Equal(raw.IndexOf("21", StringComparison.Ordinal), n.ToOriginal(at));
    }
}

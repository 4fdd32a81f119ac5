using System.Net;

namespace PerfAnalytics.Web.Tests;

public static class Html
{
    /// <summary>Prerendered HTML writes Chinese as &amp;#x..; entities: decode before asserting.</summary>
    public static async Task<string> GetDecodedAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }
}

using System.Text.Json;

namespace PerfAnalytics.Extraction.Tests;

/// <summary>The seed reports and what expected.json (the extraction spec) says of each.</summary>
public static class Seeds
{
    public static string Folder => System.IO.Path.Combine(AppContext.BaseDirectory, "seeds");

    public static string Path(string file) => System.IO.Path.Combine(Folder, file);

    public static byte[] Bytes(string file) => File.ReadAllBytes(Path(file));

    public static string Text(string file) => File.ReadAllText(Path(file));

    public static JsonElement Expected(string file) =>
        ExpectedAll.EnumerateArray().Single(r => r.GetProperty("file").GetString() == file);

    public static JsonElement ExpectedAll { get; } =
        JsonDocument.Parse(File.ReadAllText(System.IO.Path.Combine(AppContext.BaseDirectory, "expected.json"))).RootElement.GetProperty("reports");

    public static IEnumerable<object[]> Files() => ExpectedAll.EnumerateArray().Select(r => new object[] { r.GetProperty("file").GetString()! });
}

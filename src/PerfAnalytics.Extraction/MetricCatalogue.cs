namespace PerfAnalytics.Extraction;

/// <summary>One metric of the catalogue (metrics.md): a stable code, its group, unit and names.</summary>
public sealed record Metric(string Code, string Group, string Unit, string NameZh, string NameEn);

/// <summary>The metric catalogue, read from the embedded metrics.tsv.</summary>
public static class MetricCatalogue
{
    public static IReadOnlyList<Metric> All { get; } = Load();

    private static readonly Dictionary<string, Metric> ByCode = All.ToDictionary(m => m.Code);

    public static Metric Get(string code) => ByCode[code];

    public static bool Exists(string code) => ByCode.ContainsKey(code);

    private static List<Metric> Load()
    {
        using var s = typeof(MetricCatalogue).Assembly.GetManifestResourceStream("metrics.tsv")!;
        using var r = new StreamReader(s);
        var list = new List<Metric>();
        while (r.ReadLine() is { } line)
        {
            if (line.Length == 0 || line.StartsWith('#') || line.StartsWith("code\t", StringComparison.Ordinal)) continue;
            var c = line.Split('\t');
            list.Add(new Metric(c[0], c[1], c[2], c[3], c[4]));
        }
        return list;
    }
}

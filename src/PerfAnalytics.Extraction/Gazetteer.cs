namespace PerfAnalytics.Extraction;

/// <summary>A place of China's administrative divisions (province, prefecture and county level).</summary>
public sealed record Place(string Code, string Name, string Level, string? ParentCode, string ProvinceCode);

/// <summary>The gazetteer shipped in db/gazetteer/divisions.tsv, with a matcher for place names in text.</summary>
public static class Gazetteer
{
    public static IReadOnlyList<Place> All { get; } = Load();

    private static readonly Dictionary<string, Place> ByCode = All.ToDictionary(p => p.Code);
    private static readonly ILookup<string, Place> ByName = All.ToLookup(p => p.Name);
    private static readonly int MaxName = All.Max(p => p.Name.Length);

    private static IEnumerable<Place> Named(string name) => ByName[name];

    public static Place Province(Place p) => ByCode[p.ProvinceCode];

    public static Place? Parent(Place p) => p.ParentCode is { Length: > 0 } c ? ByCode.GetValueOrDefault(c) : null;

    /// <summary>The name staff use for a place: a district with its city (广州市海珠区), anything else by its own name.</summary>
    public static string FullName(Place p) =>
        p.Level == "district" && Parent(p) is { } parent ? parent.Name + p.Name : p.Name;

    /// <summary>Place names in <paramref name="text"/> from <paramref name="start"/> to <paramref name="end"/>, leftmost-longest.</summary>
    public static List<(int Start, int End, string Name)> Find(string text, int start = 0, int end = -1)
    {
        if (end < 0 || end > text.Length) end = text.Length;
        var found = new List<(int, int, string)>();
        var i = start;
        while (i < end)
        {
            var hit = 0;
            for (var len = Math.Min(MaxName, end - i); len >= 2; len--)
            {
                if (!ByName.Contains(text.Substring(i, len))) continue;
                hit = len;
                break;
            }
            if (hit == 0) { i++; continue; }
            found.Add((i, i + hit, text.Substring(i, hit)));
            i += hit;
        }
        return found;
    }

    /// <summary>Resolve a chain of names (广州市, 海珠区) to the most specific place, using the chain and the text to disambiguate.</summary>
    public static Place? Resolve(IReadOnlyList<string> chain, string context)
    {
        Place? parent = null;
        Place? result = null;
        foreach (var name in chain)
        {
            var options = Named(name).ToList();
            if (options.Count == 0) continue;
            var pick = options.FirstOrDefault(o => parent is not null && (o.ParentCode == parent.Code || o.ProvinceCode == parent.Code))
                ?? options.FirstOrDefault(o => options.Count > 1 && context.Contains(Province(o).Name, StringComparison.Ordinal) && Province(o) != o)
                ?? options[0];
            parent = result = pick;
        }
        return result;
    }

    private static List<Place> Load()
    {
        using var s = typeof(Gazetteer).Assembly.GetManifestResourceStream("divisions.tsv")!;
        using var r = new StreamReader(s);
        var list = new List<Place>();
        while (r.ReadLine() is { } line)
        {
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var c = line.Split('\t');
            list.Add(new Place(c[0], c[1], c[2], c[3].Length == 0 ? null : c[3], c[4]));
        }
        return list;
    }
}

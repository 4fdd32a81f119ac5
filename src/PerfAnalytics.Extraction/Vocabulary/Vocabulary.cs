namespace PerfAnalytics.Extraction.Vocabulary;

/// <summary>One row of vocabulary.tsv: labels that mean <see cref="Code"/> in a context.</summary>
internal sealed record LabelRow(string Code, string Context, string Flags, IReadOnlyList<string> Labels)
{
    public bool Ignore => Code == "-";
    public bool IsTotal => Flags.Contains("total");
    public bool IsWhole => Flags.Contains("whole");
    public bool IsPreferred => Flags.Contains("prefer");
}

/// <summary>A label found in the text: where, and the rows it may mean.</summary>
internal sealed record LabelMatch(int Start, int End, string Label, IReadOnlyList<LabelRow> Rows);

/// <summary>The label vocabulary (embedded vocabulary.tsv) and a matcher that finds the leftmost-longest labels.</summary>
internal static class LabelVocabulary
{
    public static IReadOnlyList<LabelRow> Rows { get; } = Load();

    private static readonly Node Root = Build();

    private sealed class Node
    {
        public readonly Dictionary<char, Node> Next = [];
        public string? Label;
        public List<LabelRow>? Rows;
    }

    private static List<LabelRow> Load()
    {
        using var s = typeof(LabelVocabulary).Assembly.GetManifestResourceStream("vocabulary.tsv")!;
        using var r = new StreamReader(s);
        var rows = new List<LabelRow>();
        while (r.ReadLine() is { } line)
        {
            if (line.Length == 0 || line.StartsWith('#') || line.StartsWith("code\t", StringComparison.Ordinal)) continue;
            var c = line.Split('\t');
            rows.Add(new LabelRow(c[0], c[1], c[2], c[3].Split('|', StringSplitOptions.RemoveEmptyEntries)));
        }
        return rows;
    }

    private static Node Build()
    {
        var root = new Node();
        foreach (var row in Rows)
            foreach (var label in row.Labels)
            {
                var n = root;
                foreach (var ch in label.Where(ch => !IsIgnorable(ch)))
                {
                    if (!n.Next.TryGetValue(ch, out var next)) n.Next[ch] = next = new Node();
                    n = next;
                }
                n.Label ??= label;
                (n.Rows ??= []).Add(row);
            }
        return root;
    }

    /// <summary>Quotes, spaces and the like inside a label ("“三公”经费") are skipped when matching.</summary>
    internal static bool IsIgnorable(char c) => c is '“' or '”' or '"' or '‘' or '’' or '\'' or ' ' or '「' or '」';

    /// <summary>All labels, leftmost-longest and not overlapping.</summary>
    public static List<LabelMatch> FindAll(string text)
    {
        var found = new List<LabelMatch>();
        var i = 0;
        while (i < text.Length)
        {
            var m = LongestAt(text, i);
            if (m is null) { i++; continue; }
            found.Add(m);
            i = m.End;
        }
        return found;
    }

    public static LabelMatch? LongestAt(string text, int start)
    {
        if (!Root.Next.TryGetValue(text[start], out var n)) return null;
        LabelMatch? best = null;
        var i = start + 1;
        while (true)
        {
            if (n.Rows is not null) best = new LabelMatch(start, i, n.Label!, n.Rows);
            while (i < text.Length && IsIgnorable(text[i]) && !n.Next.ContainsKey(text[i])) i++;
            if (i >= text.Length || !n.Next.TryGetValue(text[i], out var next)) break;
            n = next;
            i++;
        }
        return best;
    }
}

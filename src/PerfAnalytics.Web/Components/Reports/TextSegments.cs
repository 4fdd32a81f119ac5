using System.Text.Json;
using PerfAnalytics.Data.Queries;

namespace PerfAnalytics.Web.Components.Reports;

/// <summary>A piece of a report's text: plain, or the words a fact was read from (<see cref="FactId"/> set).</summary>
public sealed record Segment(string Text, long? FactId = null, string? Metric = null, bool Selected = false);

/// <summary>
/// Cuts a report's text into plain and highlighted segments so Razor can render each as encoded text inside a
/// &lt;mark&gt;: the document text is never turned into markup.
/// </summary>
public static class TextSegments
{
    private sealed record Span(int Start, int End, long FactId, string Metric);

    private sealed record Part(int Start, int End);

    public static IReadOnlyList<Segment> Build(string text, IEnumerable<ReportFact> facts, Func<ReportFact, bool> isSelected)
    {
        var factList = facts.ToList();
        var selected = factList.Where(isSelected).Select(f => f.Id).ToHashSet();
        var spans = factList.SelectMany(SpansOf)
            .Where(s => s.Start >= 0 && s.End <= text.Length && s.Start < s.End)
            .OrderBy(s => s.Start).ThenByDescending(s => selected.Contains(s.FactId)).ThenBy(s => s.End)
            .ToList();

        var segments = new List<Segment>();
        var at = 0;
        foreach (var span in spans)
        {
            if (span.Start < at) continue; // overlaps one already marked: the first one wins
            if (span.Start > at) segments.Add(new Segment(text[at..span.Start]));
            segments.Add(new Segment(text[span.Start..span.End], span.FactId, span.Metric, selected.Contains(span.FactId)));
            at = span.End;
        }
        if (at < text.Length) segments.Add(new Segment(text[at..]));
        return segments;
    }

    /// <summary>The fact's own span, or the spans of its parts when it was added up from several places.</summary>
    private static IEnumerable<Span> SpansOf(ReportFact fact)
    {
        if (!string.IsNullOrEmpty(fact.Parts))
        {
            var parts = JsonSerializer.Deserialize<List<Part>>(fact.Parts, JsonOptions) ?? [];
            if (parts.Count > 0) return parts.Select(p => new Span(p.Start, p.End, fact.Id, fact.MetricCode));
        }
        return fact.Start is { } s && fact.End is { } e ? [new Span(s, e, fact.Id, fact.MetricCode)] : [];
    }

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);
}

namespace PerfAnalytics.Extraction.Rules;

/// <summary>A figure found by a rule, before the choice between several findings of the same code.</summary>
internal sealed record Candidate(string Code, Quantity Q, int Start, int End, int Priority, bool Derived = false, IReadOnlyList<SourceSpan>? Parts = null, string? Excerpt = null);

/// <summary>What the rules found, per code; the best candidate of each code becomes the fact.</summary>
internal sealed class Candidates
{
    private readonly List<Candidate> _all = [];

    public void Add(Candidate c) => _all.Add(c);

    public bool Has(string code) => _all.Any(c => c.Code == code);

    public Candidate? Best(string code) => _all.Where(c => c.Code == code)
        .OrderByDescending(c => c.Priority).ThenBy(c => c.Derived).ThenBy(c => c.Start).FirstOrDefault();

    public IEnumerable<string> Codes => _all.Select(c => c.Code).Distinct();
}

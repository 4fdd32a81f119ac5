namespace PerfAnalytics.Data.Queries;

/// <summary>Which places and years a page shows; an empty or missing list means all.</summary>
public sealed record ReportFilter(IReadOnlyList<string>? Places = null, IReadOnlyList<int>? Years = null)
{
    public static readonly ReportFilter All = new();

    /// <summary>The Dapper parameters of the shared filter clause (<see cref="Sql"/>).</summary>
    internal object Parameters => new
    {
        allPlaces = Places is null || Places.Count == 0,
        places = Places?.ToArray() ?? [],
        allYears = Years is null || Years.Count == 0,
        years = Years?.ToArray() ?? [],
    };
}

using System.Globalization;
using Dapper;
using PerfAnalytics.Data;

namespace PerfAnalytics.Data.Tests;

/// <summary>Every row of every warehouse table, as text: two snapshots are equal when nothing changed.</summary>
public static class Snapshot
{
    private static readonly string[] Tables =
        ["metric", "jurisdiction", "agency", "source_document", "report", "fact", "correction", "task", "indicator", "finding"];

    public static async Task<IReadOnlyList<string>> TakeAsync(Warehouse warehouse)
    {
        await using var c = await warehouse.OpenAsync();
        var rows = new List<string>();
        foreach (var table in Tables)
        {
            // Table names come from the fixed list above, not from input.
            var data = await c.QueryAsync($"SELECT * FROM {table} ORDER BY 1");
            rows.Add($"{table}: {data.Count()} rows");
            rows.AddRange(data.Select(r => table + " " + string.Join("|", ((IDictionary<string, object?>)r).Select(kv => kv.Key + "=" + Show(kv.Value)))));
        }
        return rows;
    }

    public static async Task<long> CountAsync(Warehouse warehouse, string table)
    {
        Assert.Contains(table, Tables);
        await using var c = await warehouse.OpenAsync();
        return await c.ExecuteScalarAsync<long>($"SELECT COUNT(*) FROM {table}");
    }

    private static string Show(object? v) => v switch
    {
        null => "null",
        byte[] b => Convert.ToHexString(b),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => v.ToString() ?? "",
    };
}

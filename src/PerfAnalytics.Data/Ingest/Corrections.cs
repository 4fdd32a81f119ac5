using Dapper;
using PerfAnalytics.Extraction;

namespace PerfAnalytics.Data.Ingest;

/// <summary>Staff corrections: a fact's value is set (or a missing fact added) with a reason and a name, and audited.</summary>
public sealed class Corrections(Warehouse warehouse)
{
    private const string FindFactSql = "SELECT id AS Id, report_id AS ReportId, metric_code AS MetricCode, value AS Value FROM fact WHERE id = @factId;";

    private const string FindFactByMetricSql = "SELECT id FROM fact WHERE report_id = @reportId AND metric_code = @metricCode;";

    private const string SetFactValueSql = "UPDATE fact SET value = @newValue, origin = 'corrected' WHERE id = @factId;";

    private const string InsertCorrectedFactSql = """
        INSERT INTO fact (report_id, metric_code, value, unit, origin) VALUES (@reportId, @metricCode, @newValue, @unit, 'corrected');
        """;

    private const string InsertCorrectionSql = """
        INSERT INTO correction (fact_id, report_id, metric_code, old_value, new_value, reason, corrected_by, corrected_at)
        VALUES (@factId, @reportId, @metricCode, @oldValue, @newValue, @reason, @user, @at);
        """;

    private sealed class FactRow
    {
        public long Id { get; init; }
        public long ReportId { get; init; }
        public string MetricCode { get; init; } = "";
        public decimal Value { get; init; }
    }

    /// <summary>Sets the value of a fact; returns the correction id.</summary>
    public async Task<long> SetValueAsync(long factId, decimal newValue, string reason, string user, CancellationToken ct = default)
    {
        Require(reason, user);
        await using var c = await warehouse.OpenAsync(ct);
        await using var tx = await c.BeginTransactionAsync(ct);
        var fact = await c.QuerySingleOrDefaultAsync<FactRow>(FindFactSql, new { factId }, tx)
            ?? throw new ArgumentException($"没有编号为 {factId} 的指标值 (no such fact)", nameof(factId));
        await c.ExecuteAsync(SetFactValueSql, new { newValue, factId }, tx);
        var id = await c.ExecuteScalarAsync<long>(InsertCorrectionSql + warehouse.Dialect.SelectLastIdSql, new
        {
            factId, reportId = fact.ReportId, metricCode = fact.MetricCode, oldValue = (decimal?)fact.Value, newValue, reason, user, at = DateTime.UtcNow,
        }, tx);
        await tx.CommitAsync(ct);
        return id;
    }

    /// <summary>Adds a figure the extractor missed (or corrects it if it is there); returns the fact id.</summary>
    public async Task<long> AddFactAsync(long reportId, string metricCode, decimal value, string reason, string user, CancellationToken ct = default)
    {
        Require(reason, user);
        if (!MetricCatalogue.Exists(metricCode))
            throw new ArgumentException($"指标代码 {metricCode} 不在指标目录中 (unknown metric code)", nameof(metricCode));
        long? existing;
        await using (var c0 = await warehouse.OpenAsync(ct))
            existing = await c0.ExecuteScalarAsync<long?>(FindFactByMetricSql, new { reportId, metricCode });
        if (existing is { } fid)
        {
            await SetValueAsync(fid, value, reason, user, ct);
            return fid;
        }
        await using var c = await warehouse.OpenAsync(ct);
        await using var tx = await c.BeginTransactionAsync(ct);
        var factId = await c.ExecuteScalarAsync<long>(InsertCorrectedFactSql + warehouse.Dialect.SelectLastIdSql, new
        {
            reportId, metricCode, newValue = value, unit = MetricCatalogue.Get(metricCode).Unit,
        }, tx);
        await c.ExecuteAsync(InsertCorrectionSql, new
        {
            factId, reportId, metricCode, oldValue = (decimal?)null, newValue = value, reason, user, at = DateTime.UtcNow,
        }, tx);
        await tx.CommitAsync(ct);
        return factId;
    }

    private static void Require(string reason, string user)
    {
        if (string.IsNullOrWhiteSpace(reason)) throw new ArgumentException("请填写更正理由 (a reason is required)", nameof(reason));
        if (string.IsNullOrWhiteSpace(user)) throw new ArgumentException("请填写更正人 (a user name is required)", nameof(user));
    }
}

namespace PerfAnalytics.Data;

/// <summary>
/// The few statements that differ between SQL Server and SQLite, side by side. Everything else is shared SQL text.
/// Every string property here is SQL; the ScriptDom test parses all of <see cref="SqlServer"/>'s.
/// </summary>
public sealed class SqlDialect
{
    public required string Name { get; init; }

    /// <summary>Appended after an INSERT in the same command: returns the new row's id.</summary>
    public required string SelectLastIdSql { get; init; }

    /// <summary>Writes one catalogue row (code, group, unit, names), inserting or updating.</summary>
    public required string UpsertMetricSql { get; init; }

    /// <summary>A page of the report list, newest first (@skip, @take).</summary>
    public required string ReportListPageSql { get; init; }

    public static readonly SqlDialect Sqlite = new()
    {
        Name = "SQLite",
        SelectLastIdSql = "SELECT last_insert_rowid();",
        UpsertMetricSql = """
            INSERT INTO metric (code, metric_group, unit, name_zh, name_en)
            VALUES (@Code, @Group, @Unit, @NameZh, @NameEn)
            ON CONFLICT (code) DO UPDATE SET metric_group = excluded.metric_group, unit = excluded.unit,
                name_zh = excluded.name_zh, name_en = excluded.name_en;
            """,
        ReportListPageSql = Queries.ReportList.SelectSql + "\nORDER BY r.id DESC\nLIMIT @take OFFSET @skip;",
    };

    public static readonly SqlDialect SqlServer = new()
    {
        Name = "SQL Server",
        SelectLastIdSql = "SELECT CAST(SCOPE_IDENTITY() AS BIGINT);",
        UpsertMetricSql = """
            MERGE metric WITH (HOLDLOCK) AS t
            USING (SELECT @Code AS code, @Group AS metric_group, @Unit AS unit, @NameZh AS name_zh, @NameEn AS name_en) AS s
            ON t.code = s.code
            WHEN MATCHED THEN UPDATE SET metric_group = s.metric_group, unit = s.unit, name_zh = s.name_zh, name_en = s.name_en
            WHEN NOT MATCHED THEN INSERT (code, metric_group, unit, name_zh, name_en)
                VALUES (s.code, s.metric_group, s.unit, s.name_zh, s.name_en);
            """,
        ReportListPageSql = Queries.ReportList.SelectSql + "\nORDER BY r.id DESC\nOFFSET @skip ROWS FETCH NEXT @take ROWS ONLY;",
    };

    public static SqlDialect For(WarehouseProvider provider) => provider == WarehouseProvider.SqlServer ? SqlServer : Sqlite;
}

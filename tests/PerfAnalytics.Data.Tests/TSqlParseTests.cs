using System.Reflection;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using PerfAnalytics.Data;

namespace PerfAnalytics.Data.Tests;

/// <summary>
/// Every T-SQL text the warehouse can send to SQL Server parses: the migration scripts (from disk and as embedded)
/// and every SQL constant of the Data assembly plus the SQL Server dialect's statements, found by reflection.
/// </summary>
public sealed class TSqlParseTests
{
    private static readonly Assembly Data = typeof(Warehouse).Assembly;

    public static string RepoDb
    {
        get
        {
            for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
                if (Directory.Exists(Path.Combine(d.FullName, "db", "sqlserver"))) return Path.Combine(d.FullName, "db");
            throw new DirectoryNotFoundException("db/sqlserver not found above " + AppContext.BaseDirectory);
        }
    }

    /// <summary>All SQL texts: const string fields named *Sql in any type of the Data assembly, and the dialect's.</summary>
    public static IReadOnlyList<(string Name, string Sql)> QueryTexts()
    {
        var consts = Data.GetTypes()
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
                .Where(f => f.IsLiteral && f.FieldType == typeof(string) && f.Name.EndsWith("Sql", StringComparison.Ordinal))
                .Select(f => ($"{t.Name}.{f.Name}", (string)f.GetRawConstantValue()!)));
        var dialect = typeof(SqlDialect).GetProperties().Where(p => p.PropertyType == typeof(string) && p.Name.EndsWith("Sql", StringComparison.Ordinal))
            .Select(p => ($"SqlDialect.SqlServer.{p.Name}", (string)p.GetValue(SqlDialect.SqlServer)!));
        return [.. consts, .. dialect];
    }

    /// <summary>Dapper expands a list parameter `IN @places` into `IN (@places1, @places2, ...)` before sending.</summary>
    private static string AsDapperSendsIt(string sql) =>
        System.Text.RegularExpressions.Regex.Replace(sql, @"\bIN\s+@(\w+)", "IN (@${1}1, @${1}2)", System.Text.RegularExpressions.RegexOptions.IgnoreCase);

    private static IList<ParseError> Parse(string sql)
    {
        new TSql170Parser(initialQuotedIdentifiers: true).Parse(new StringReader(sql), out var errors);
        return errors;
    }

    private static string Show(string name, IList<ParseError> errors) =>
        string.Join("\n", errors.Select(e => $"{name}({e.Line},{e.Column}): {e.Message}"));

    [Fact]
    public void EveryMigrationScriptInDbSqlserverParsesAsTSql()
    {
        var files = Directory.GetFiles(Path.Combine(RepoDb, "sqlserver"), "*.sql");
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var errors = Parse(File.ReadAllText(file));
            Assert.True(errors.Count == 0, Show(file, errors));
        }
    }

    [Fact]
    public void EveryMigrationScriptOnDiskIsEmbeddedForBothEngines()
    {
        foreach (var engine in new[] { "sqlserver", "sqlite" })
        {
            var onDisk = Directory.GetFiles(Path.Combine(RepoDb, engine), "*.sql").Select(Path.GetFileName).Order(StringComparer.Ordinal);
            var embedded = Data.GetManifestResourceNames().Where(n => n.StartsWith($"db.{engine}.", StringComparison.Ordinal))
                .Select(n => n[$"db.{engine}.".Length..]).Order(StringComparer.Ordinal);
            Assert.Equal(onDisk, embedded);
        }
        // The two engines have the same numbered migrations.
        Assert.Equal(Directory.GetFiles(Path.Combine(RepoDb, "sqlserver"), "*.sql").Select(Path.GetFileName).Order(StringComparer.Ordinal),
            Directory.GetFiles(Path.Combine(RepoDb, "sqlite"), "*.sql").Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void EverySqlServerQueryTextParsesAsTSql()
    {
        var texts = QueryTexts();
        // The reflection must see the known queries, or it would pass by finding nothing.
        foreach (var known in new[] { "MetricMatrix.Sql", "ReportPage.Sql", "IngestSql.InsertFactSql", "Corrections.InsertCorrectionSql", "SqlDialect.SqlServer.UpsertMetricSql", "SqlDialect.SqlServer.ReportListPageSql" })
            Assert.Contains(known, texts.Select(t => t.Name));
        foreach (var (name, sql) in texts)
        {
            var errors = Parse(AsDapperSendsIt(sql));
            Assert.True(errors.Count == 0, Show(name, errors));
        }
    }

    [Fact]
    public void NoSqlTextHidesUnderANameTheParseTestDoesNotCollect()
    {
        string[] verbs = ["SELECT", "INSERT", "UPDATE", "DELETE", "MERGE", "CREATE", "ALTER", "DROP"];
        var hidden = Data.GetTypes()
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
                .Where(f => f.IsLiteral && f.FieldType == typeof(string) && !f.Name.EndsWith("Sql", StringComparison.Ordinal))
                .Where(f => verbs.Any(v => ((string)f.GetRawConstantValue()!).TrimStart().StartsWith(v + " ", StringComparison.OrdinalIgnoreCase)))
                .Select(f => $"{t.Name}.{f.Name}"));
        Assert.Empty(hidden);
    }

    [Fact]
    public async Task BothEnginesHaveTheSameTablesAndColumns()
    {
        var tsql = new Dictionary<string, List<string>>();
        foreach (var file in Directory.GetFiles(Path.Combine(RepoDb, "sqlserver"), "*.sql").Order(StringComparer.Ordinal))
        {
            var script = new TSql170Parser(true).Parse(new StringReader(File.ReadAllText(file)), out _);
            var tables = new CreateTableCollector();
            script.Accept(tables);
            foreach (var t in tables.Tables) tsql[t.SchemaObjectName.BaseIdentifier.Value] = [.. t.Definition.ColumnDefinitions.Select(c => c.ColumnIdentifier.Value)];
        }

        using var engine = new SqliteEngine();
        var w = engine.CreateEmpty();
        WarehouseMigrator.Migrate(w);
        await using var c = await w.OpenAsync();
        var sqlite = new Dictionary<string, List<string>>();
        foreach (var table in await Dapper.SqlMapper.QueryAsync<string>(c, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%' AND name <> 'SchemaVersions'"))
            sqlite[table] = [.. await Dapper.SqlMapper.QueryAsync<string>(c, "SELECT name FROM pragma_table_info(@table)", new { table })];

        Assert.NotEmpty(tsql);
        Assert.Equal(tsql.Keys.Order(StringComparer.Ordinal), sqlite.Keys.Order(StringComparer.Ordinal));
        foreach (var (table, columns) in tsql)
            Assert.Equal(columns, sqlite[table]);
    }

    private sealed class CreateTableCollector : TSqlFragmentVisitor
    {
        public List<CreateTableStatement> Tables { get; } = [];
        public override void Visit(CreateTableStatement node) => Tables.Add(node);
    }

    [Fact]
    public void AScriptWithAnErrorIsReportedByTheParser()
    {
        // The check itself can fail: a broken statement gives errors.
        Assert.NotEmpty(Parse("SELECT id FROM WHERE report_id = @id;"));
        Assert.NotEmpty(Parse("INSERT INTO fact (a) VALUES (1) ON CONFLICT (a) DO NOTHING;"));
    }
}

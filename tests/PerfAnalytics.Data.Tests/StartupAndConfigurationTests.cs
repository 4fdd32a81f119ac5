using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Data.Sqlite;

namespace PerfAnalytics.Data.Tests;

/// <summary>Which warehouse the configuration picks, and what start-up does to an empty default one (SQLite).</summary>
public sealed class StartupAndConfigurationTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("perfanalytics-startup-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    private static IConfiguration Config(params (string Key, string Value)[] pairs) =>
        new ConfigurationBuilder().AddInMemoryCollection(pairs.Select(p => KeyValuePair.Create(p.Key, (string?)p.Value))).Build();

    [Fact]
    public void NothingConfiguredMeansTheSeededSqliteFileInThePerUserDataFolder()
    {
        var w = Warehouse.Create(WarehouseOptions.FromConfiguration(Config()));
        Assert.Equal(WarehouseProvider.Sqlite, w.Provider);
        Assert.True(w.LoadSeedReports);
        var expected = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify), "PerfAnalytics", "warehouse.db");
        Assert.Equal(expected, new SqliteConnectionStringBuilder(w.ConnectionString).DataSource);
        Assert.Contains(expected, w.Description);
    }

    [Fact]
    public void AConnectionStringThatNamesAServerPicksSqlServerAndTheDescriptionHidesThePassword()
    {
        var w = Warehouse.Create(WarehouseOptions.FromConfiguration(Config(
            ("ConnectionStrings:Warehouse", "Server=db.example;Database=perf;User Id=sa;Password=Secret123;TrustServerCertificate=true"))));
        Assert.Equal((WarehouseProvider.SqlServer, "SQL Server"), (w.Provider, w.Dialect.Name));
        Assert.False(w.LoadSeedReports);
        Assert.DoesNotContain("Secret123", w.Description);
        Assert.Contains("db.example", w.Description);
    }

    [Fact]
    public void TheProviderSettingWinsAndSqlServerWithoutAConnectionStringIsRefused()
    {
        var file = Path.Combine(folder, "explicit.db");
        var w = Warehouse.Create(WarehouseOptions.FromConfiguration(Config(("Warehouse:Provider", "Sqlite"), ("ConnectionStrings:Warehouse", $"Data Source={file}"))));
        Assert.Equal((WarehouseProvider.Sqlite, file, false), (w.Provider, new SqliteConnectionStringBuilder(w.ConnectionString).DataSource, w.LoadSeedReports));
        Assert.Throws<InvalidOperationException>(() => Warehouse.Create(WarehouseOptions.FromConfiguration(Config(("Warehouse:Provider", "SqlServer")))));
    }

    [Fact]
    public void EnvironmentVariablesOverrideTheDataFolder()
    {
        const string variable = "PERFANALYTICS_TESTCFG_Warehouse__DataFolder";
        Environment.SetEnvironmentVariable(variable, folder);
        try
        {
            var config = new ConfigurationBuilder().AddInMemoryCollection([KeyValuePair.Create("Warehouse:DataFolder", (string?)"/elsewhere")])
                .AddEnvironmentVariables("PERFANALYTICS_TESTCFG_").Build();
            var w = Warehouse.Create(WarehouseOptions.FromConfiguration(config));
            Assert.Equal(Path.Combine(folder, "warehouse.db"), new SqliteConnectionStringBuilder(w.ConnectionString).DataSource);
        }
        finally
        {
            Environment.SetEnvironmentVariable(variable, null);
        }
    }

    [Fact]
    public void AddWarehouseRegistersOneWarehouseFromConfiguration()
    {
        var services = new ServiceCollection();
        services.AddWarehouse(Config(("Warehouse:DataFolder", folder)));
        services.AddWarehouse(Config(("Warehouse:DataFolder", "/ignored")));
        using var sp = services.BuildServiceProvider();
        var w = sp.GetRequiredService<Warehouse>();
        Assert.Same(w, sp.GetRequiredService<Warehouse>());
        Assert.Equal(Path.Combine(folder, "warehouse.db"), new SqliteConnectionStringBuilder(w.ConnectionString).DataSource);
        Assert.NotNull(sp.GetRequiredService<Ingest.Corrections>());
    }

    [Fact]
    public async Task StartupMigratesAnEmptyDefaultWarehouseAndLoadsTheSeedReportsOnce()
    {
        var w = Warehouse.Sqlite(Path.Combine(folder, "warehouse.db"), loadSeedReports: true);
        var log = new List<string>();
        await WarehouseStartup.PrepareAsync(w, log.Add);
        Assert.Contains(log, l => l.Contains(w.Description));
        var seedFolder = SeedReports.FindFolder();
        Assert.NotNull(seedFolder);
        var seeds = SeedReports.Files(seedFolder);
        Assert.Equal(Seeds.Files.Select(Path.GetFileName), seeds.Select(Path.GetFileName));
        Assert.Equal(seeds.Count, await Snapshot.CountAsync(w, "report"));

        var before = await Snapshot.TakeAsync(w);
        await WarehouseStartup.PrepareAsync(w, log.Add);
        Assert.Equal(before, await Snapshot.TakeAsync(w));
    }

    [Fact]
    public async Task AnExplicitWarehouseFileStartsEmpty()
    {
        var w = Warehouse.Create(new WarehouseOptions { ConnectionString = Path.Combine(folder, "mine.db") });
        await WarehouseStartup.PrepareAsync(w, _ => { });
        Assert.Equal(0, await Snapshot.CountAsync(w, "source_document"));
    }
}

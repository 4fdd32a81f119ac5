using System.CommandLine;
using Microsoft.Data.Sqlite;
using PerfAnalytics.Cli;
using PerfAnalytics.Data.Queries;

namespace PerfAnalytics.Data.Tests;

/// <summary>`perfanalytics migrate / ingest / reports` against a SQLite file given with --warehouse.</summary>
public sealed class CliTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("perfanalytics-cli-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    private static Task<int> Run(params string[] args)
    {
        var root = new RootCommand();
        WarehouseCommands.Add(root);
        return root.Parse(args).InvokeAsync();
    }

    [Fact]
    public async Task IngestImportsFoldersAndFilesThenReportsDuplicatesAndExitsNonZeroOnAFailedFile()
    {
        var db = Path.Combine(folder, "cli.db");
        Assert.Equal(0, await Run("migrate", "--warehouse", db));
        Assert.Equal(0, await Run("ingest", Seeds.Folder, "--warehouse", db));
        var w = Warehouse.Sqlite(db);
        Assert.Equal(Seeds.Files.Count, (await ReportList.RunAsync(w)).Count);

        var damaged = Path.Combine(folder, "损坏.bin");
        await File.WriteAllBytesAsync(damaged, [.. Enumerable.Range(0, 2048).Select(i => (byte)(i * 13 % 256))]);
        var before = await Snapshot.TakeAsync(w);
        Assert.Equal(1, await Run("ingest", Seeds.Files[0], damaged, "--warehouse", db));
        Assert.Equal(Seeds.Files.Count, (await ReportList.RunAsync(w)).Count);
        Assert.Equal("损坏.bin", Assert.Single(await ReportList.FailedAsync(w)).FileName);
        Assert.Equal(before.Count(l => l.StartsWith("source_document ", StringComparison.Ordinal)) + 1,
            (await Snapshot.TakeAsync(w)).Count(l => l.StartsWith("source_document ", StringComparison.Ordinal)));

        Assert.Equal(1, await Run("ingest", Path.Combine(folder, "没有这个文件.txt"), "--warehouse", db));
        Assert.Equal(0, await Run("reports", "--warehouse", db));
    }
}

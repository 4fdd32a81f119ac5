using System.CommandLine;
using System.Diagnostics;
using PerfAnalytics.Extraction;

namespace PerfAnalytics.Cli;

/// <summary>`bench-extract`: extraction throughput on one thread, in documents per second.</summary>
public static class BenchCommands
{
    public static void Add(RootCommand root)
    {
        var folder = new Option<DirectoryInfo?>("--folder") { Description = "报告文件夹（默认 db/reports）(folder of reports; default db/reports)" };
        var seconds = new Option<double>("--seconds") { Description = "测量时长（秒）(measuring time in seconds)", DefaultValueFactory = _ => 10 };
        var cmd = new Command("bench-extract", "测量抽取速度：单线程每秒处理的文件数 (extraction throughput, one thread)") { folder, seconds };
        cmd.SetAction(r =>
        {
            var dir = r.GetValue(folder) ?? new DirectoryInfo(DefaultReports.Folder());
            var files = dir.GetFiles().Where(f => f.Length > 0).Select(f => (f.Name, Bytes: File.ReadAllBytes(f.FullName))).ToList();
            if (files.Count == 0)
            {
                Console.Error.WriteLine($"{dir.FullName}: 没有文件 (no files)");
                return 2;
            }
            var (docs, elapsed, allocated) = Run(files, TimeSpan.FromSeconds(r.GetValue(seconds)));
            Console.WriteLine($"files: {files.Count} ({files.Sum(f => f.Bytes.Length) / 1024} KiB), documents: {docs}, elapsed: {elapsed.TotalSeconds:F1} s");
            Console.WriteLine($"throughput: {docs / elapsed.TotalSeconds:F0} documents/s on one thread; {allocated / docs / 1024:F0} KiB allocated per document");
            return 0;
        });
        root.Subcommands.Add(cmd);
    }

    public static (long Docs, TimeSpan Elapsed, double Allocated) Run(IReadOnlyList<(string Name, byte[] Bytes)> files, TimeSpan duration)
    {
        foreach (var (name, bytes) in files) ReportExtractor.Extract(bytes, name); // warm-up
        var sw = Stopwatch.StartNew();
        var before = GC.GetAllocatedBytesForCurrentThread();
        long docs = 0;
        while (sw.Elapsed < duration)
            foreach (var (name, bytes) in files)
            {
                ReportExtractor.Extract(bytes, name);
                docs++;
            }
        return (docs, sw.Elapsed, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}

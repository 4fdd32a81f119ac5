using System.CommandLine;
using System.Text;
using PerfAnalytics.Data;
using PerfAnalytics.Data.Exports;

namespace PerfAnalytics.Cli;

/// <summary>`export`: a table view of the warehouse to XLSX or CSV; `bench-export`: how fast and how lean that is at scale.</summary>
public static class ExportCommands
{
    public static void Add(RootCommand root)
    {
        var view = new Option<string>("--view") { Description = "表格：compare（对比）、trend（趋势）、findings（问题）、report（报告指标）", DefaultValueFactory = _ => "compare" };
        var places = new Option<string?>("--places") { Description = "地区，逗号分隔，如 湛江市,临湘市（趋势与问题取第一个）" };
        var years = new Option<string?>("--years") { Description = "年度，如 2024、2023,2024 或 2020-2024" };
        var theme = new Option<string>("--theme") { Description = "主题：spending（支出结构）、petitions（信访量）、scores（自评）", DefaultValueFactory = _ => "spending" };
        var format = new Option<string?>("--format") { Description = "xlsx 或 csv（默认取 --out 的扩展名，否则 xlsx）" };
        var output = new Option<string?>("--out") { Description = "输出文件或文件夹；为文件夹时按内容生成文件名（默认当前文件夹）" };
        var report = new Option<long?>("--report") { Description = "报告编号（--view report）" };
        var severity = new Option<string?>("--severity") { Description = "问题严重程度：error、warning、info（--view findings）" };
        var code = new Option<string?>("--code") { Description = "问题类型代码（--view findings）" };
        var export = new Command("export", "导出对比、趋势、问题或报告指标表为 XLSX 或 CSV (export a table view)")
            { view, places, years, theme, format, output, report, severity, code };
        export.SetAction(async (r, ct) =>
        {
            Console.OutputEncoding = Encoding.UTF8;
            try
            {
                var outText = r.GetValue(output);
                if (!TryFormat(r.GetValue(format), outText, out var fmt))
                {
                    Console.Error.WriteLine($"格式“{r.GetValue(format)}”无法识别：请用 xlsx 或 csv");
                    return 2;
                }
                var warehouse = WarehouseCommands.Resolve(r);
                await WarehouseStartup.PrepareAsync(warehouse, m => Console.Error.WriteLine(m), ct);
                var placeList = ExportSelection.Places(r.GetValue(places));
                var yearList = ExportSelection.Years(r.GetValue(years));
                var table = await ExportViews.BuildAsync(warehouse, r.GetValue(view)!, placeList, yearList, r.GetValue(theme)!,
                    r.GetValue(report), r.GetValue(severity), r.GetValue(code), ct);
                var path = OutputPath(outText, Exporter.FileName(table, fmt));
                WriteFile(path, s => Exporter.Write(table, fmt, s));
                Console.Out.WriteLine(path);
                if (fmt == ExportFormat.Csv)
                {
                    // CSV holds one table: the sources of its figures go into a companion file.
                    var sources = SourceTable.For(table);
                    var sourcesPath = Path.Combine(Path.GetDirectoryName(path)!, Path.GetFileNameWithoutExtension(path) + "_来源.csv");
                    WriteFile(sourcesPath, s => CsvExporter.Write(sources, s));
                    Console.Out.WriteLine(sourcesPath);
                }
                return 0;
            }
            catch (Exception e) when (e is ExportRequestException or FormatException)
            {
                Console.Error.WriteLine(e.Message);
                return 2;
            }
        });
        root.Subcommands.Add(export);
        ExportBench.Add(root);
    }

    private static bool TryFormat(string? format, string? output, out ExportFormat fmt)
    {
        if (format is not null) return Exporter.TryParseFormat(format, out fmt);
        fmt = string.Equals(Path.GetExtension(output), ".csv", StringComparison.OrdinalIgnoreCase) ? ExportFormat.Csv : ExportFormat.Xlsx;
        return true;
    }

    /// <summary>--out as given when it names a file; inside it with the generated name when it is a folder (or ends with a separator).</summary>
    public static string OutputPath(string? output, string generatedName)
    {
        if (string.IsNullOrWhiteSpace(output)) return Path.GetFullPath(generatedName);
        var isFolder = Directory.Exists(output) || output.EndsWith(Path.DirectorySeparatorChar) || output.EndsWith(Path.AltDirectorySeparatorChar);
        return Path.GetFullPath(isFolder ? Path.Combine(output, generatedName) : output);
    }

    private static void WriteFile(string path, Action<Stream> write)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        try
        {
            using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
            write(file);
        }
        catch
        {
            File.Delete(path); // no half-written file left behind
            throw;
        }
    }
}

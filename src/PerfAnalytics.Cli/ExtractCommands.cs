using System.CommandLine;
using System.Text;
using PerfAnalytics.Extraction;
using PerfAnalytics.Extraction.Formats;

namespace PerfAnalytics.Cli;

/// <summary>`text` and `extract`: what the extractor sees and what it takes out.</summary>
public static class ExtractCommands
{
    public static void Add(RootCommand root)
    {
        var textFile = new Argument<FileInfo>("file") { Description = "报告文件 (report file)" };
        var text = new Command("text", "打印归一化后的文本 (print the normalised text)") { textFile };
        text.SetAction(r =>
        {
            var file = r.GetValue(textFile)!;
            try
            {
                var raw = DocumentReader.Read(File.ReadAllBytes(file.FullName), file.Name);
                Console.Out.Write(TextNormalizer.Normalize(raw.Text, undoHardWraps: raw.MediaType == MediaTypes.Text).Text);
                return 0;
            }
            catch (Exception e) when (e is UnreadableDocumentException or IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"{file.Name}: {e.Message}");
                return 2;
            }
        });
        root.Subcommands.Add(text);

        var files = new Argument<FileInfo[]>("files") { Description = "报告文件 (report files)", Arity = ArgumentArity.OneOrMore };
        var json = new Option<bool>("--json") { Description = "以 JSON 输出 (JSON output, the extract contract)" };
        var extract = new Command("extract", "抽取报告中的身份、指标、任务与问题 (extract identity, metrics, tasks, indicators and findings)") { files, json };
        extract.SetAction(r =>
        {
            var results = r.GetValue(files)!.Select(ExtractFile).ToList();
            Console.OutputEncoding = Encoding.UTF8;
            if (r.GetValue(json))
                Console.Out.WriteLine(results.Count == 1 ? ExtractJson.Serialize(results[0]) : ExtractJson.Serialize(results));
            else
                foreach (var res in results) ExtractJson.WriteSummary(Console.Out, res);
            return results.Any(x => x.Error is not null) ? 1 : 0;
        });
        root.Subcommands.Add(extract);
    }

    public static ExtractionResult ExtractFile(FileInfo file)
    {
        try
        {
            return ReportExtractor.Extract(File.ReadAllBytes(file.FullName), file.Name);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ReportExtractor.Failed(file.Name, "", "", "", $"无法读取文件：{e.Message}");
        }
    }
}

using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using PerfAnalytics.Extraction;

namespace PerfAnalytics.Cli;

/// <summary>The `extract` JSON contract of architecture.md.</summary>
public static class ExtractJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static string Serialize(ExtractionResult r) => ToNode(r).ToJsonString(Options);

    public static string Serialize(IEnumerable<ExtractionResult> rs) => new JsonArray([.. rs.Select(ToNode)]).ToJsonString(Options);

    public static JsonObject ToNode(ExtractionResult r)
    {
        var id = r.Identity;
        var o = new JsonObject { ["file"] = r.File, ["sha256"] = r.Sha256 };
        if (r.Error is not null)
        {
            o["error"] = r.Error;
            o["error_code"] = r.ErrorCode;
            return o;
        }
        o["media_type"] = r.MediaType;
        o["jurisdiction"] = id.Jurisdiction;
        o["jurisdiction_code"] = id.JurisdictionCode;
        o["province"] = id.Province;
        o["admin_level"] = id.AdminLevel;
        o["agency"] = id.Agency;
        o["fiscal_year"] = id.FiscalYear;
        o["doc_kind"] = id.DocKind;
        o["report_date"] = id.ReportDate?.ToString("yyyy-MM-dd");
        o["self_grade"] = id.SelfGrade;
        o["metrics"] = new JsonArray([.. r.Metrics.Select(f => (JsonNode)new JsonObject
        {
            ["code"] = f.Code,
            ["value"] = f.Value,
            ["unit"] = f.Unit,
            ["source_value"] = f.SourceValue,
            ["source_unit"] = f.SourceUnit,
            ["excerpt"] = f.Excerpt,
            ["start"] = f.Start,
            ["end"] = f.End,
            ["derived"] = f.Derived,
            ["parts"] = f.Parts is null ? null : new JsonArray([.. f.Parts.Select(p => (JsonNode)new JsonObject
            {
                ["excerpt"] = p.Excerpt, ["start"] = p.Start, ["end"] = p.End,
            })]),
        })]);
        o["tasks"] = new JsonArray([.. r.Tasks.Select(t => (JsonNode)new JsonObject
        {
            ["name"] = t.Name, ["amount"] = t.Amount, ["excerpt"] = t.Excerpt, ["start"] = t.Start, ["end"] = t.End,
        })]);
        o["indicators"] = new JsonArray([.. r.Indicators.Select(i => (JsonNode)new JsonObject
        {
            ["level1"] = i.Level1, ["level2"] = i.Level2, ["name"] = i.Name,
            ["target"] = i.Target, ["actual"] = i.Actual,
            ["target_value"] = i.TargetValue, ["target_unit"] = i.TargetUnit,
            ["actual_value"] = i.ActualValue, ["actual_unit"] = i.ActualUnit,
            ["start"] = i.Start, ["end"] = i.End,
        })]);
        o["findings"] = new JsonArray([.. r.Findings.Select(f => (JsonNode)new JsonObject
        {
            ["code"] = f.Code, ["severity"] = f.Severity, ["message"] = f.Message,
            ["metrics"] = new JsonArray([.. f.Metrics.Select(m => (JsonNode)JsonValue.Create(m)!)]),
        })]);
        return o;
    }

    public static void WriteSummary(TextWriter w, ExtractionResult r)
    {
        if (r.Error is not null)
        {
            w.WriteLine($"{r.File}: 错误 {r.Error}");
            return;
        }
        var id = r.Identity;
        w.WriteLine($"{r.File}: {id.Agency} {id.FiscalYear} {id.DocKind} ({id.Jurisdiction}, {id.Province}, {id.AdminLevel}) 报告日期 {id.ReportDate?.ToString("yyyy-MM-dd") ?? "—"} 等级 {id.SelfGrade ?? "—"}");
        foreach (var f in r.Metrics) w.WriteLine($"  {f.Code,-32} {f.Value,14} {f.Unit,-4} {(f.Derived ? "derived" : "")} «{f.Excerpt}»");
        foreach (var f in r.Findings) w.WriteLine($"  [{f.Severity}] {f.Code}: {f.Message}");
    }
}

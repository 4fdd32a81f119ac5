using PerfAnalytics.Extraction.Rules;
using PerfAnalytics.Extraction.Vocabulary;

namespace PerfAnalytics.Extraction;

/// <summary>Normalised text in, identity, facts, tasks, indicators and findings out.</summary>
internal static class Pipeline
{
    public static ExtractionResult Run(NormalizedText normalized, string fileName, string sha256, string mediaType)
    {
        var text = normalized.Text;
        if (text.Trim().Length == 0)
            return ReportExtractor.Failed(fileName, sha256, mediaType, text, "文件没有可读的文字内容。", "no_text");
        var (kind, error) = IdentityRule.Kind(text);
        if (kind is null)
            return ReportExtractor.Failed(fileName, sha256, mediaType, text, error!, "unrecognised_kind");

        var doc = new DocContext(text, kind);
        var found = new Candidates();
        var grades = new GradeSink();
        LabelValueRule.Apply(doc, LabelVocabulary.FindAll(text), found, grades);
        var rows = CellRows.Read(text);
        HeaderTableRule.Apply(doc, rows, found);
        MatrixTableRule.Apply(doc, rows, found);
        var indicators = IndicatorRule.Apply(doc);
        var tasks = TaskRule.Apply(doc);
        RatesFromIndicators(doc, indicators, found);
        Derivations.Apply(text, found);

        var facts = found.Codes.Where(MetricCatalogue.Exists).Select(c => ToFact(text, found.Best(c)!))
            .OrderBy(f => f.Start).ToList();
        var values = found.Codes.ToDictionary(c => c, c => found.Best(c)!.Q.Value);
        var identity = IdentityRule.Identify(text, kind, grades.Grade);
        var findings = Checks.Run(values, indicators, text, identity.Agency, identity.SelfGrade);
        return new ExtractionResult(fileName, sha256, mediaType, text, identity, facts, tasks, indicators, findings);
    }

    private static Fact ToFact(string text, Candidate c) =>
        new(c.Code, c.Q.Value, MetricCatalogue.Get(c.Code).Unit, c.Q.SourceValue, c.Q.SourceUnit,
            c.Excerpt ?? text[c.Start..c.End], c.Start, c.End, c.Derived, c.Parts);

    /// <summary>
    /// Achieved rates in the indicator table: an indicator named exactly as a rate of the catalogue (按期办结率), and the
    /// satisfaction figure under a satisfaction heading.
    /// </summary>
    private static void RatesFromIndicators(DocContext doc, List<Indicator> indicators, Candidates found)
    {
        if (doc.IsPlan) return;
        foreach (var ind in indicators.Where(x => x.ActualUnit == "%" && x.ActualValue is not null))
        {
            var label = LabelVocabulary.LongestAt(ind.Name, 0);
            if (label is null || label.End != ind.Name.Length) continue;
            var row = label.Rows.FirstOrDefault(r => r.Context is "*" or "actual");
            if (row is null || !MetricCatalogue.Exists(row.Code) || MetricCatalogue.Get(row.Code).Unit != "%" || found.Has(row.Code)) continue;
            found.Add(new Candidate(row.Code, new Quantity(ind.ActualValue!.Value, "%", ind.ActualValue.Value, "%", ind.Start, ind.End), ind.Start, ind.End, 0,
                Excerpt: $"{ind.Name}：{ind.Actual}"));
        }
        if (found.Has("satisfaction_rate")) return;
        var i = indicators.FirstOrDefault(x => x.ActualUnit == "%" && x.ActualValue is not null && (x.Level1 + x.Level2).Contains("满意"));
        if (i is null) return;
        var q = new Quantity(i.ActualValue!.Value, "%", i.ActualValue.Value, "%", i.Start, i.End);
        found.Add(new Candidate("satisfaction_rate", q, i.Start, i.End, 0));
    }
}

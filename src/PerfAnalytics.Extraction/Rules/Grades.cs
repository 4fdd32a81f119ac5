namespace PerfAnalytics.Extraction.Rules;

/// <summary>Grade words, normalised to 优, 良, 中, 差 (优秀 → 优, 良好 → 良, 合格 → 中, 不合格 → 差).</summary>
internal static class Grades
{
    private static readonly (string Word, string Grade)[] Words =
        [("不合格", "差"), ("优秀", "优"), ("良好", "良"), ("合格", "中"), ("较差", "差"), ("优", "优"), ("良", "良"), ("中", "中"), ("差", "差")];

    public static (string Grade, int Length)? At(string text, int i)
    {
        foreach (var (word, grade) in Words)
        {
            if (string.CompareOrdinal(text, i, word, 0, word.Length) != 0) continue;
            var after = i + word.Length;
            // A single-character grade must stand alone: "等次：优", "“优”", not 中央 or 优化.
            if (word.Length == 1 && after < text.Length && !"\n\t 。，,；;”\"、)）等级".Contains(text[after])) return null;
            return (grade, word.Length);
        }
        return null;
    }
}

/// <summary>The self-grade found in a report (the first one stated), with where it was written.</summary>
internal sealed class GradeSink
{
    public string? Grade { get; private set; }
    public int Start { get; private set; }
    public int End { get; private set; }

    public void Add(string grade, int start, int end)
    {
        if (Grade is not null) return;
        (Grade, Start, End) = (grade, start, end);
    }
}

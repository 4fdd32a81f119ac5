namespace PerfAnalytics.Cli;

/// <summary>Where the default data set (db/reports) is: beside the program when published, else up from it in the repo.</summary>
public static class DefaultReports
{
    public static string Folder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "db", "reports");
            if (Directory.Exists(candidate)) return candidate;
        }
        return Path.Combine(AppContext.BaseDirectory, "db", "reports");
    }
}

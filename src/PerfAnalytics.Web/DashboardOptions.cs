namespace PerfAnalytics.Web;

/// <summary>Settings of the dashboard (section "Dashboard").</summary>
public sealed class DashboardOptions
{
    /// <summary>Animate charts; the browser tests turn this off.</summary>
    public bool ChartAnimations { get; set; } = true;

    /// <summary>Largest upload accepted per file, in bytes.</summary>
    public long MaxUploadBytes { get; set; } = 20 * 1024 * 1024;
}

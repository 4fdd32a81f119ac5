namespace PerfAnalytics.Web;

/// <summary>Marker for the shared interface strings in Resources/SharedResource*.resx (Chinese neutral, English satellite).</summary>
public sealed class SharedResource;

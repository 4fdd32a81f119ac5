using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace PerfAnalytics.Web.Tests;

/// <summary>The dashboard over a temporary warehouse of its own, which it migrates and fills with the seeds on start.</summary>
public class DashboardFactory : WebApplicationFactory<Program>
{
    public string WarehousePath { get; } = Path.Combine(Path.GetTempPath(), $"perfanalytics-web-{Guid.NewGuid():N}.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("ConnectionStrings:Warehouse", WarehousePath);
        builder.UseSetting("Warehouse:LoadSeedReports", "true");
        builder.UseSetting("Dashboard:ChartAnimations", "false");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { WarehousePath, WarehousePath + "-wal", WarehousePath + "-shm" })
            if (File.Exists(file)) File.Delete(file);
        GC.SuppressFinalize(this);
    }
}

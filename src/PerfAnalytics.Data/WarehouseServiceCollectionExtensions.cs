using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PerfAnalytics.Data.Ingest;

namespace PerfAnalytics.Data;

public static class WarehouseServiceCollectionExtensions
{
    /// <summary>
    /// The warehouse for the web app: <see cref="WarehouseOptions"/> from configuration (environment variables
    /// override), a singleton <see cref="Warehouse"/>, <see cref="Corrections"/>, and a start-up step that migrates
    /// it and loads the seed reports when it is empty.
    /// </summary>
    public static IServiceCollection AddWarehouse(this IServiceCollection services, IConfiguration configuration)
    {
        if (services.Any(d => d.ServiceType == typeof(Warehouse))) return services; // added already: keep the first
        services.AddOptions<WarehouseOptions>()
            .Configure(o =>
            {
                var c = WarehouseOptions.FromConfiguration(configuration);
                o.Provider = c.Provider;
                o.ConnectionString = c.ConnectionString;
                o.DataFolder = c.DataFolder;
                o.LoadSeedReports = c.LoadSeedReports;
            })
            .Validate(o => o.ResolvedProvider != WarehouseProvider.SqlServer || !string.IsNullOrWhiteSpace(o.ConnectionString),
                "Warehouse:Provider 为 SqlServer 时必须设置 ConnectionStrings:Warehouse")
            .ValidateOnStart();
        services.TryAddSingleton(sp => Warehouse.Create(sp.GetRequiredService<IOptions<WarehouseOptions>>().Value));
        services.TryAddSingleton<Corrections>();
        services.AddHostedService<WarehouseStartupService>();
        return services;
    }

    private sealed class WarehouseStartupService(Warehouse warehouse, ILogger<WarehouseStartupService> logger) : IHostedService
    {
        public Task StartAsync(CancellationToken ct) =>
            WarehouseStartup.PrepareAsync(warehouse, m => logger.LogInformation("{Message}", m), ct);

        public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
    }
}

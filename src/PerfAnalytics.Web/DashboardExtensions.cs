using System.Globalization;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Localization;
using MudBlazor;
using MudBlazor.Services;
using PerfAnalytics.Data;
using PerfAnalytics.Web.Components;
using PerfAnalytics.Web.Exports;

namespace PerfAnalytics.Web;

/// <summary>The dashboard's services and request pipeline, one call each from Program.cs.</summary>
public static class DashboardExtensions
{
    public static readonly CultureInfo[] Cultures = [new("zh-CN"), new("en")];

    public static IServiceCollection AddDashboard(this IServiceCollection services)
    {
        services.AddOptions<DashboardOptions>().BindConfiguration("Dashboard").ValidateOnStart();
        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture(Cultures[0]);
            o.SupportedCultures = Cultures;
            o.SupportedUICultures = Cultures;
            o.RequestCultureProviders = [new CookieRequestCultureProvider()];
        });
        services.AddMudServices();
        services.AddRazorComponents().AddInteractiveServerComponents();
        return services;
    }

    public static WebApplication UseDashboard(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
            app.UseExceptionHandler("/error", createScopeForErrors: true);
        app.UseRequestLocalization();
        app.UseAntiforgery();
        app.MapStaticAssets();
        app.MapGet("/culture", SetCulture);
        app.MapExports();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }

    /// <summary>Says where the dashboard listens and which warehouse it reads, once it is up.</summary>
    public static WebApplication AnnounceOnStart(this WebApplication app)
    {
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var urls = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            var warehouse = app.Services.GetRequiredService<Warehouse>();
            Console.WriteLine($"仪表盘 (dashboard): {string.Join(" ", urls)}");
            Console.WriteLine($"数据仓库 (warehouse): {warehouse.Description}");
        });
        return app;
    }

    /// <summary>Stores the chosen language in the culture cookie and goes back to the page.</summary>
    private static IResult SetCulture(string name, string? redirect, HttpContext http)
    {
        if (Cultures.Any(c => c.Name == name))
        {
            http.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(name)),
                new CookieOptions { MaxAge = TimeSpan.FromDays(365), IsEssential = true, SameSite = SameSiteMode.Lax });
        }
        var target = redirect is { Length: > 0 } && redirect.StartsWith('/') && !redirect.StartsWith("//") ? redirect : "/";
        return Results.LocalRedirect(target);
    }

    /// <summary>MudBlazor theme with a CJK font stack (no web fonts can be fetched).</summary>
    public static MudTheme Theme { get; } = new()
    {
        Typography = new Typography
        {
            Default = new DefaultTypography
            {
                FontFamily = ["Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", "sans-serif"],
            },
        },
    };
}

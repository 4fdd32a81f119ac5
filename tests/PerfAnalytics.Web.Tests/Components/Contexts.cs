using System.Globalization;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MudBlazor.Services;
using PerfAnalytics.Data;
using PerfAnalytics.Data.Ingest;

namespace PerfAnalytics.Web.Tests.Components;

/// <summary>A bUnit context with the dashboard's services: MudBlazor, the resources (Chinese), a warehouse, the chart module.</summary>
public static class Contexts
{
    public static BunitContext Create(Warehouse? warehouse = null)
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("zh-CN");
        var ctx = new BunitContext();
        ctx.Services.AddMudServices();
        ctx.Services.AddLocalization(o => o.ResourcesPath = "Resources");
        ctx.Services.AddSingleton(Options.Create(new DashboardOptions { ChartAnimations = false }));
        if (warehouse is not null)
        {
            ctx.Services.AddSingleton(warehouse);
            ctx.Services.AddSingleton(new Corrections(warehouse));
        }
        ctx.JSInterop.Mode = JSRuntimeMode.Loose; // MudBlazor's own calls (focus, popovers) are not under test here
        var chart = ctx.JSInterop.SetupModule("./Components/ApexChart.razor.js");
        chart.Mode = JSRuntimeMode.Strict;
        chart.SetupModule("create", _ => true);
        return ctx;
    }
}

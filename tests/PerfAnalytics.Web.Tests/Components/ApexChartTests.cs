using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using Microsoft.JSInterop;
using PerfAnalytics.Web.Charts;
using PerfAnalytics.Web.Components;

namespace PerfAnalytics.Web.Tests.Components;

public class ApexChartTests
{
    private const string Module = "./Components/ApexChart.razor.js";
    private static readonly ChartLook Look = new("zh-cn", false, "暂无数据");

    private static ApexOptions Budget(decimal value) =>
        ChartOptions.GroupedBars([new ChartSeries("预算数", [new ChartPoint("湛江市", value, ReportId: 1, Metric: "budget_total")])], "万元", ChartOptions.Money, Look);

    private static (BunitJSModuleInterop Module, BunitJSModuleInterop Chart) SetUp(BunitContext ctx)
    {
        ctx.Services.AddLocalization(o => o.ResourcesPath = "Resources");
        var module = ctx.JSInterop.SetupModule(Module);
        var chart = module.SetupModule("create", _ => true);
        chart.SetupVoid("update", _ => true);
        chart.SetupVoid("destroy").SetVoidResult();
        return (module, chart);
    }

    [Fact]
    public async Task CreatesTheChartFromTheOptionsAndUpdatesOnlyWhenTheyChange()
    {
        await using var ctx = new BunitContext();
        var (module, chart) = SetUp(ctx);

        var cut = ctx.Render<ApexChart>(p => p.Add(c => c.Options, Budget(1114.15m)));
        var create = module.VerifyInvoke("create");
        Assert.Contains("\"y\":1114.15", (string)create.Arguments[1]!);

        cut.Render(p => p.Add(c => c.Options, Budget(1114.15m)));
        Assert.Empty(chart.Invocations["update"]);

        cut.Render(p => p.Add(c => c.Options, Budget(988.71m)));
        var update = chart.VerifyInvoke("update");
        Assert.Contains("\"y\":988.71", (string)update.Arguments[0]!);
    }

    [Fact]
    public async Task WiresPointClicksOnlyWhenSomeoneListens()
    {
        await using var ctx = new BunitContext();
        var (module, _) = SetUp(ctx);

        ctx.Render<ApexChart>(p => p.Add(c => c.Options, Budget(1m)));

        Assert.Null(module.VerifyInvoke("create").Arguments[2]);
    }

    [Fact]
    public async Task AClickedPointIsReportedWithItsReportAndMetric()
    {
        await using var ctx = new BunitContext();
        var (module, _) = SetUp(ctx);
        ChartPoint? clicked = null;

        var cut = ctx.Render<ApexChart>(p => p
            .Add(c => c.Options, Budget(1114.15m))
            .Add(c => c.OnPointClick, (ChartPoint point) => clicked = point));
        Assert.IsType<DotNetObjectReference<ApexChart>>(module.VerifyInvoke("create").Arguments[2]);
        await cut.InvokeAsync(() => cut.Instance.PointClicked(0, 0));

        Assert.Equal(new ChartPoint("湛江市", 1114.15m, 1, "budget_total"), clicked);
    }

    [Fact]
    public async Task DestroysTheChartWhenTheComponentGoes()
    {
        await using var ctx = new BunitContext();
        var (_, chart) = SetUp(ctx);

        var cut = ctx.Render<ApexChart>(p => p.Add(c => c.Options, Budget(1m)));
        await cut.Instance.DisposeAsync();

        chart.VerifyInvoke("destroy");
    }

    [Fact]
    public async Task AChartTheBrowserCannotDrawShowsAWarningInsteadOfBreakingThePage()
    {
        await using var ctx = new BunitContext();
        ctx.Services.AddLocalization(o => o.ResourcesPath = "Resources");
        ctx.Services.AddMudServices();
        System.Globalization.CultureInfo.CurrentUICulture = new("zh-CN");
        var module = ctx.JSInterop.SetupModule(Module);
        module.SetupModule("create", _ => true).SetupVoid("update", _ => true).SetException(new JSException("tooltip.shared cannot be enabled"));

        var cut = ctx.Render<ApexChart>(p => p.Add(c => c.Options, Budget(1m)));
        cut.Render(p => p.Add(c => c.Options, Budget(2m)));

        cut.WaitForAssertion(() => Assert.Contains("图表无法绘制", cut.Markup));
        Assert.True(cut.Instance.Failed);
    }
}

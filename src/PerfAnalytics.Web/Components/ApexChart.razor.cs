using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Logging;
using Microsoft.JSInterop;
using PerfAnalytics.Web.Charts;

namespace PerfAnalytics.Web.Components;

/// <summary>An ApexCharts chart drawn from an options object; raises <see cref="OnPointClick"/> on a data point.</summary>
public sealed partial class ApexChart : IAsyncDisposable
{
    [Inject] private IJSRuntime JS { get; set; } = default!;

    [Inject] private ILogger<ApexChart> Logger { get; set; } = default!;

    /// <summary>The chart's options (built by <see cref="ChartOptions"/>).</summary>
    [Parameter, EditorRequired] public ApexOptions Options { get; set; } = default!;

    /// <summary>A stable name for the chart, used by tests and screen readers.</summary>
    [Parameter] public string? Name { get; set; }

    [Parameter] public string? Title { get; set; }

    /// <summary>A click on a bar or point; wired in the browser only when someone listens.</summary>
    [Parameter] public EventCallback<ChartPoint> OnPointClick { get; set; }

    private ElementReference _element;
    private IJSObjectReference? _module;
    private IJSObjectReference? _chart;
    private DotNetObjectReference<ApexChart>? _self;
    private string? _drawn;

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        var json = Options.ToJson();
        try
        {
            if (firstRender)
            {
                _module = await JS.InvokeAsync<IJSObjectReference>("import", "./Components/ApexChart.razor.js");
                _self = OnPointClick.HasDelegate ? DotNetObjectReference.Create(this) : null;
                _drawn = json;
                _chart = await _module.InvokeAsync<IJSObjectReference>("create", _element, json, _self);
            }
            else if (_chart is not null && json != _drawn)
            {
                _drawn = json;
                await _chart.InvokeVoidAsync("update", json);
            }
        }
        catch (JSDisconnectedException)
        {
            // The circuit is gone: nothing left to draw on.
        }
        catch (JSException e)
        {
            // A chart that cannot be drawn must not take the page (and its circuit) down with it.
            Logger.LogWarning(e, "Chart {Name} could not be drawn", Name);
            Failed = true;
            StateHasChanged();
        }
    }

    /// <summary>The browser refused to draw the chart.</summary>
    public bool Failed { get; private set; }

    /// <summary>Called by the JS module when a data point is clicked.</summary>
    [JSInvokable]
    public Task PointClicked(int seriesIndex, int dataPointIndex)
    {
        var series = seriesIndex >= 0 && seriesIndex < Options.Series.Count ? Options.Series[seriesIndex] : null;
        return series is not null && dataPointIndex >= 0 && dataPointIndex < series.Data.Count
            ? OnPointClick.InvokeAsync(series.Data[dataPointIndex])
            : Task.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_chart is not null)
            {
                await _chart.InvokeVoidAsync("destroy");
                await _chart.DisposeAsync();
            }
            if (_module is not null) await _module.DisposeAsync();
        }
        catch (JSDisconnectedException)
        {
            // The browser left first; its side is already gone.
        }
        _self?.Dispose();
    }
}

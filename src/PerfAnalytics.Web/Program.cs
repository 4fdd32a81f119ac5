using PerfAnalytics.Web;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddDashboard();

var app = builder.Build();

app.UseDashboard();

app.Run();

/// <summary>Entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;

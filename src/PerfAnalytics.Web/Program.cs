using PerfAnalytics.Data;
using PerfAnalytics.Web;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddWarehouse(builder.Configuration);   // SQLite file by default, SQL Server with a connection string
builder.Services.AddDashboard();                        // MudBlazor, localization (zh-CN, en), Blazor Server

var app = builder.Build();

app.UseDashboard();                                     // culture cookie, static assets, pages
app.AnnounceOnStart();                                  // prints the URL and the warehouse in use

app.Run();

/// <summary>Entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;

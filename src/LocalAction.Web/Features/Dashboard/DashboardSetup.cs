namespace LocalAction.Web.Features.Dashboard;

/// <summary>Registers the dashboard's computation and its cache (one per process, invalidated on publication).</summary>
public static class DashboardSetup
{
    public static WebApplicationBuilder AddLocalActionDashboard(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<DashboardCache>();
        builder.Services.AddSingleton<DashboardRegistry>();
        builder.Services.AddScoped<DashboardFigures>();
        return builder;
    }
}

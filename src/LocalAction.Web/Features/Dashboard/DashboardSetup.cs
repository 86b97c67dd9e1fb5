namespace LocalAction.Web.Features.Dashboard;

/// <summary>Registers the dashboard's computation.</summary>
public static class DashboardSetup
{
    public static WebApplicationBuilder AddLocalActionDashboard(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<DashboardFigures>();
        return builder;
    }
}

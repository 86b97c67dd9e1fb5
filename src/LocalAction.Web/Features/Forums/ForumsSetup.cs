namespace LocalAction.Web.Features.Forums;

/// <summary>Registers the forums feature: engagement figures, the forum reader and side-event registration.</summary>
public static class ForumsSetup
{
    public static WebApplicationBuilder AddLocalActionForums(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<EngagementFigures>();
        builder.Services.AddScoped<ForumDetailLoader>();
        builder.Services.AddScoped<EventRegistrations>();
        builder.Services.AddScoped<SideEvents>();
        return builder;
    }
}

namespace LocalAction.Web.Features.Handover;

/// <summary>Registers the hand-over package builder.</summary>
public static class HandoverSetup
{
    public static WebApplicationBuilder AddLocalActionHandover(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<HandoverBuilder>();
        return builder;
    }
}

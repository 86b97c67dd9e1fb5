namespace LocalAction.Web.Features.Updates;

/// <summary>Registers the update process: campaigns, the validator, attachment checks and the workflow.</summary>
public static class UpdatesSetup
{
    public static WebApplicationBuilder AddLocalActionUpdates(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<Campaigns.Campaigns>();
        builder.Services.AddScoped<UpdateValidator>();
        builder.Services.AddScoped<AttachmentInspector>();
        builder.Services.AddScoped<UpdateWorkflow>();
        return builder;
    }
}

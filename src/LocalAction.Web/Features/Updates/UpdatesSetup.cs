using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LocalAction.Web.Features.Updates;

/// <summary>Registers the update process: campaigns, the validator, attachment checks, the workflow and the bulk import.</summary>
public static class UpdatesSetup
{
    public static WebApplicationBuilder AddLocalActionUpdates(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<Campaigns.Campaigns>();
        builder.Services.AddScoped<UpdateValidator>();
        builder.Services.AddScoped<AttachmentInspector>();
        builder.Services.AddScoped<UpdateWorkflow>();
        builder.Services.TryAddScoped<Imports.Files.TabularFileReader>();
        builder.Services.AddScoped<Import.ImportFileReader>();
        builder.Services.AddScoped<Import.UpdateImport>();
        return builder;
    }
}

using LocalAction.Web.Features.Imports.Files;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LocalAction.Web.Features.Imports;

/// <summary>Registers the pledge import: its settings, the file reader it shares with the update import, and the page's jobs.</summary>
public static class ImportsSetup
{
    public static WebApplicationBuilder AddLocalActionImports(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(ImportSettings.From(builder.Configuration));
        builder.Services.TryAddScoped<TabularFileReader>();
        builder.Services.AddScoped<PledgeImport>();
        builder.Services.AddSingleton<ImportJobs>();
        return builder;
    }
}

namespace LocalAction.Web.Features.Exports;

/// <summary>Registers the pledge export (scoped: it reads through the request's DbContext).</summary>
public static class ExportsSetup
{
    public static WebApplicationBuilder AddLocalActionExports(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<PledgeExport>();
        return builder;
    }
}

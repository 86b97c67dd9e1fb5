namespace LocalAction.Web.Features.Exports.Iati;

/// <summary>Registers the IATI export (the writer is scoped: it reads through the request's DbContext).</summary>
public static class IatiSetup
{
    public static WebApplicationBuilder AddLocalActionIatiExport(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<IatiExport>();
        return builder;
    }
}

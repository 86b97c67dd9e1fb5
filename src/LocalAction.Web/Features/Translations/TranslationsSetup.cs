namespace LocalAction.Web.Features.Translations;

public static class TranslationsSetup
{
    public static WebApplicationBuilder AddLocalActionTranslations(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<PledgeTranslations>();
        return builder;
    }
}

namespace LocalAction.Web.Features.Mail;

/// <summary>Registers the mail settings and the outbox dispatcher.</summary>
public static class MailSetup
{
    public static WebApplicationBuilder AddLocalActionMail(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<MailSettings>().BindConfiguration(MailSettings.Section);
        builder.Services.AddSingleton<OutboxDispatcher>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<OutboxDispatcher>());
        return builder;
    }
}

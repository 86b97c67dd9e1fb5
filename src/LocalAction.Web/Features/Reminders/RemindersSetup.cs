namespace LocalAction.Web.Features.Reminders;

/// <summary>Registers the reminder settings, the job and the service that runs it on a schedule.</summary>
public static class RemindersSetup
{
    public static WebApplicationBuilder AddLocalActionReminders(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ReminderSettings>().BindConfiguration(ReminderSettings.Section);
        builder.Services.AddScoped<ReminderMail>();
        builder.Services.AddScoped<ReminderJob>();
        builder.Services.AddHostedService<ReminderService>();
        return builder;
    }
}

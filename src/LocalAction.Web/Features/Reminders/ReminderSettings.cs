namespace LocalAction.Web.Features.Reminders;

/// <summary>The reminder job: configuration section "Reminders".</summary>
public sealed class ReminderSettings
{
    public const string Section = "Reminders";

    /// <summary>Whether the job runs on its own; unset means yes, except in the Testing environment where tests run it explicitly.</summary>
    public bool? Enabled { get; set; }

    /// <summary>How often the job looks for due reminders.</summary>
    public int IntervalMinutes { get; set; } = 60;

    /// <summary>How many days before a campaign closes the "closing" reminder goes out.</summary>
    public int ClosingDays { get; set; } = ReminderSteps.DefaultClosingDays;
}

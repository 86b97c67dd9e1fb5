namespace LocalAction.Web.Features.Reminders;

/// <summary>
/// That one reminder step was sent for one pledge. The unique (pledge, step) key is what makes reminders go out once
/// even when several app instances run the job at the same moment: the second insert fails and its e-mails are rolled back.
/// </summary>
public sealed class ReminderDelivery
{
    public int Id { get; init; }
    public int PledgeId { get; init; }

    /// <summary>The step, e.g. "campaign:3:opened", "due:2025-12-31", "overdue:2025-12-31".</summary>
    public required string Step { get; init; }
    public DateTime SentAt { get; init; }
    public int Recipients { get; init; }
}

using LocalAction.Web.Features.Updates;

namespace LocalAction.Web.Features.Reminders;

/// <summary>What a reminder is about.</summary>
public enum ReminderKind
{
    CampaignOpened,
    CampaignClosing,
    Due,
    Overdue,
}

/// <summary>An open campaign with the pledge in scope; <see cref="Answered"/> when the pledge has a submitted or validated update in it.</summary>
public sealed record ReminderCampaign(int Id, string Name, DateOnly OpensOn, DateOnly ClosesOn, bool Answered);

/// <summary>
/// What the rule needs to know of a published, non-synthetic pledge. <see cref="LastValidatedUpdate"/> is the day the
/// newest validated update counts from (<see cref="ReportingDates.ReportedOn"/>); <see cref="HasPendingUpdate"/> is true
/// while a submitted update waits for the Secretariat.
/// </summary>
public sealed record ReminderFacts(DateOnly PledgedOn, DateOnly? LastValidatedUpdate, bool HasPendingUpdate, IReadOnlyList<ReminderCampaign> Campaigns);

/// <summary>One reminder step. <see cref="Key"/> is what <see cref="ReminderDelivery.Step"/> stores, so it must never change meaning.</summary>
public sealed record ReminderStep(string Key, ReminderKind Kind, ReminderCampaign? Campaign, DateOnly? Since);

/// <summary>
/// The reminder steps due for a pledge on a day. A step's key names its cause (the campaign, or the day the traffic light
/// is measured from), so sending each key once per pledge is exactly "never twice": a new validated update moves
/// <see cref="ReportingState.Since"/> and starts a new cycle instead of re-sending an old step.
/// </summary>
public static class ReminderSteps
{
    public const int DefaultClosingDays = 7;

    public static IReadOnlyList<ReminderStep> Due(DateOnly today, ReminderFacts facts, int closingDays = DefaultClosingDays)
    {
        var steps = new List<ReminderStep>();
        foreach (var campaign in facts.Campaigns.OrderBy(c => c.ClosesOn).ThenBy(c => c.Id))
        {
            if (campaign.Answered || today < campaign.OpensOn || today > campaign.ClosesOn) continue;
            // Inside the closing window "closing" replaces "opened": a campaign first seen there (short, or created late)
            // would otherwise send two messages on the same day.
            steps.Add(campaign.ClosesOn.DayNumber - today.DayNumber <= closingDays
                ? new ReminderStep($"campaign:{campaign.Id}:closing", ReminderKind.CampaignClosing, campaign, null)
                : new ReminderStep($"campaign:{campaign.Id}:opened", ReminderKind.CampaignOpened, campaign, null));
        }

        // A submitted update is already the answer; telling its authors that the pledge is overdue would only confuse them.
        if (facts.HasPendingUpdate) return steps;
        var state = ReportingState.On(today, facts.LastValidatedUpdate, facts.PledgedOn);
        if (state.Light == ReportingLight.Amber) steps.Add(new ReminderStep($"due:{Day(state.Since)}", ReminderKind.Due, null, state.Since));
        else if (state.Light == ReportingLight.Red) steps.Add(new ReminderStep($"overdue:{Day(state.Since)}", ReminderKind.Overdue, null, state.Since));
        return steps;
    }

    /// <summary>Invariant: a culture with another calendar must not change a stored key.</summary>
    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}

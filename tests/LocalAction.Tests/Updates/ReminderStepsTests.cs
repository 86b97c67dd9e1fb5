using LocalAction.Web.Features.Reminders;
using Shouldly;
using Xunit;

namespace LocalAction.Tests.Updates;

/// <summary>The reminder step rule, without a database.</summary>
public sealed class ReminderStepsTests
{
    private static readonly DateOnly Today = new(2026, 3, 10);

    private static List<string> Keys(ReminderFacts facts, int closingDays = 7) =>
        ReminderSteps.Due(Today, facts, closingDays).Select(s => s.Key).ToList();

    private static ReminderFacts Fresh(params ReminderCampaign[] campaigns) => new(Today.AddMonths(-1), null, false, campaigns);

    [Fact]
    public void A_fresh_pledge_outside_campaigns_needs_no_reminder() => Keys(Fresh()).ShouldBeEmpty();

    [Fact]
    public void An_open_campaign_sends_opened_until_the_closing_window_then_closing()
    {
        Keys(Fresh(new ReminderCampaign(3, "c", Today.AddDays(-1), Today.AddDays(8), false))).ShouldBe(["campaign:3:opened"]);
        Keys(Fresh(new ReminderCampaign(3, "c", Today.AddDays(-1), Today.AddDays(7), false))).ShouldBe(["campaign:3:closing"]);
        Keys(Fresh(new ReminderCampaign(3, "c", Today.AddDays(-30), Today, false))).ShouldBe(["campaign:3:closing"]);
        Keys(Fresh(new ReminderCampaign(3, "c", Today.AddDays(-1), Today.AddDays(8), false)), closingDays: 10).ShouldBe(["campaign:3:closing"]);
    }

    [Fact]
    public void A_campaign_not_open_today_or_already_answered_sends_nothing()
    {
        Keys(Fresh(new ReminderCampaign(3, "c", Today.AddDays(1), Today.AddDays(30), false))).ShouldBeEmpty();
        Keys(Fresh(new ReminderCampaign(3, "c", Today.AddDays(-30), Today.AddDays(-1), false))).ShouldBeEmpty();
        Keys(Fresh(new ReminderCampaign(3, "c", Today.AddDays(-1), Today.AddDays(30), true))).ShouldBeEmpty();
    }

    [Fact]
    public void Each_open_campaign_has_its_own_step()
    {
        Keys(Fresh(new ReminderCampaign(4, "b", Today, Today.AddDays(30), false), new ReminderCampaign(3, "a", Today, Today.AddDays(3), false)))
            .ShouldBe(["campaign:3:closing", "campaign:4:opened"]);
    }

    [Theory]
    [InlineData("2025-03-10", null)] // exactly 12 months: still green
    [InlineData("2025-03-09", "due:2025-03-09")]
    [InlineData("2024-03-10", "due:2024-03-10")] // exactly 24 months: still amber
    [InlineData("2024-03-09", "overdue:2024-03-09")]
    public void The_light_decides_due_and_overdue_and_the_step_names_the_day_it_counts_from(string since, string? expected)
    {
        var day = DateOnly.Parse(since, System.Globalization.CultureInfo.InvariantCulture);
        var fromPledge = Keys(new ReminderFacts(day, null, false, []));
        var fromUpdate = Keys(new ReminderFacts(new DateOnly(2015, 1, 1), day, false, []));
        fromPledge.ShouldBe(expected is null ? [] : [expected]);
        fromUpdate.ShouldBe(fromPledge);
    }

    [Fact]
    public void A_new_validated_update_starts_a_new_cycle_with_a_new_key()
    {
        var before = Keys(new ReminderFacts(new DateOnly(2022, 12, 31), null, false, []));
        var after = Keys(new ReminderFacts(new DateOnly(2022, 12, 31), new DateOnly(2025, 1, 31), false, []));
        before.ShouldBe(["overdue:2022-12-31"]);
        after.ShouldBe(["due:2025-01-31"]);
    }

    [Fact]
    public void A_submitted_update_waiting_for_validation_holds_due_and_overdue_back_but_not_campaign_steps()
    {
        var campaign = new ReminderCampaign(3, "c", Today, Today.AddDays(30), false);
        Keys(new ReminderFacts(new DateOnly(2022, 12, 31), null, true, [campaign])).ShouldBe(["campaign:3:opened"]);
    }

    [Fact]
    public void A_campaign_step_and_an_overdue_step_can_be_due_together()
    {
        var campaign = new ReminderCampaign(3, "c", Today, Today.AddDays(30), false);
        Keys(new ReminderFacts(new DateOnly(2022, 12, 31), null, false, [campaign])).ShouldBe(["campaign:3:opened", "overdue:2022-12-31"]);
    }
}

using LocalAction.Web.Features.Updates;

namespace LocalAction.Tests.Updates;

/// <summary>The traffic-light rule at its edges, and the days seeded records count from.</summary>
public sealed class ReportingLightRuleTests
{
    private static readonly DateOnly Update = new(2025, 12, 31);
    private static readonly DateOnly Pledged = new(2023, 12, 31);

    [Theory]
    [InlineData("2025-12-31", ReportingLight.Green)]
    [InlineData("2026-12-31", ReportingLight.Green)] // exactly 12 months: still within
    [InlineData("2027-01-01", ReportingLight.Amber)] // 12 months and a day
    [InlineData("2027-12-31", ReportingLight.Amber)] // exactly 24 months: not yet more than 24
    [InlineData("2028-01-01", ReportingLight.Red)]   // 24 months and a day
    public void The_light_counts_from_the_last_validated_update(string today, ReportingLight expected)
    {
        var state = ReportingState.On(DateOnly.Parse(today), Update, Pledged);
        state.Light.ShouldBe(expected);
        state.Since.ShouldBe(Update);
        state.FromUpdate.ShouldBeTrue();
        state.IsInactive.ShouldBe(expected == ReportingLight.Red);
    }

    [Fact]
    public void Without_an_update_the_light_counts_from_the_pledge()
    {
        var state = ReportingState.On(new DateOnly(2025, 12, 31), null, Pledged);
        state.Light.ShouldBe(ReportingLight.Amber);
        state.Since.ShouldBe(Pledged);
        state.FromUpdate.ShouldBeFalse();
        ReportingState.On(new DateOnly(2026, 1, 1), null, Pledged).Light.ShouldBe(ReportingLight.Red);
    }

    [Fact]
    public void The_anniversary_of_29_February_is_the_last_day_of_February()
    {
        var leap = new DateOnly(2024, 2, 29);
        ReportingState.On(new DateOnly(2025, 2, 28), leap, Pledged).Light.ShouldBe(ReportingLight.Green);
        ReportingState.On(new DateOnly(2025, 3, 1), leap, Pledged).Light.ShouldBe(ReportingLight.Amber);
    }

    [Fact]
    public void A_seeded_pledge_counts_from_the_end_of_its_round_year_and_a_published_one_from_its_day()
    {
        ReportingDates.PledgedOn(null, 2022).ShouldBe(new DateOnly(2022, 12, 31));
        ReportingDates.PledgedOn(new DateOnly(2026, 5, 4), 2026).ShouldBe(new DateOnly(2026, 5, 4));
    }

    [Fact]
    public void A_seeded_update_counts_from_the_end_of_its_source_reports_month()
    {
        ReportingDates.ReportedOn(null, "001_45f8febba912c4ab.txt").ShouldBe(new DateOnly(2025, 12, 31));
        ReportingDates.ReportedOn(new DateOnly(2026, 3, 2), "001_45f8febba912c4ab.txt").ShouldBe(new DateOnly(2026, 3, 2));
        ReportingDates.ReportedOn(null, "an-undated-source.txt").ShouldBeNull();
    }

    [Fact]
    public void The_basis_names_why_the_day_was_chosen_and_the_latest_update_wins()
    {
        ReportingBasis.ForUpdate(new DateOnly(2026, 3, 2), "001_45f8febba912c4ab.txt", null).ShouldBe((new DateOnly(2026, 3, 2), ReportingBasis.UpdateReported));
        ReportingBasis.ForUpdate(null, "001_45f8febba912c4ab.txt", null).ShouldBe((new DateOnly(2025, 12, 31), ReportingBasis.UpdateSourceMonth));
        ReportingBasis.ForUpdate(null, "platform", new DateTime(2026, 4, 5, 10, 0, 0)).ShouldBe((new DateOnly(2026, 4, 5), ReportingBasis.UpdateValidated));

        var today = new DateOnly(2026, 11, 23);
        var (state, basis) = ReportingBasis.For(today,
            [(new DateOnly(2025, 12, 31), ReportingBasis.UpdateSourceMonth), (new DateOnly(2026, 6, 30), ReportingBasis.UpdateReported)], null, 2023);
        state.Since.ShouldBe(new DateOnly(2026, 6, 30));
        basis.ShouldBe(ReportingBasis.UpdateReported);
        ReportingBasis.For(today, [], null, 2022).ShouldBe((ReportingState.On(today, null, new DateOnly(2022, 12, 31)), ReportingBasis.RoundYearEnd));
        ReportingBasis.For(today, [], new DateOnly(2026, 5, 4), 2026).Basis.ShouldBe(ReportingBasis.PledgePublished);
    }
}

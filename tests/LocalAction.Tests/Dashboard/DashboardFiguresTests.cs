using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LocalAction.Tests.Infrastructure;
using LocalAction.Tests.Updates;
using LocalAction.Web.Features.Accounts;
using LocalAction.Web.Features.Dashboard;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;
using static LocalAction.Tests.Submissions.SubmissionTestData;

namespace LocalAction.Tests.Dashboard;

/// <summary>Every dashboard figure against an independent computation, the filters, the stats API and the cache, on both providers.</summary>
public abstract class DashboardFiguresTests<TApp>(TApp app) where TApp : SeededApp
{
    private LocalActionFactory F => app.Factory;

    private async Task<DashboardSummary> ComputeAsync(DashboardFilter filter, bool cached = false)
    {
        await using var scope = F.Services.CreateAsyncScope();
        var figures = scope.ServiceProvider.GetRequiredService<DashboardFigures>();
        return cached ? await figures.ComputeAsync(filter) : await figures.ComputeFromDatabaseAsync(filter);
    }

    private static List<DashboardFilter> Filters(DashboardExpectation expected) =>
    [
        DashboardFilter.None,
        new(Round: "imrf-2022"),
        new(Round: "grf-2023"),
        new(Region: expected.LeadRegions().First()),
        new(Priority: 1),
        new(Round: "grf-2023", Region: expected.LeadRegions().First(), Priority: 3),
    ];

    [Fact]
    public async Task Every_figure_equals_an_independent_count_unfiltered_and_under_each_filter()
    {
        var expected = await DashboardExpectation.LoadAsync(F);
        foreach (var filter in Filters(expected))
        {
            var actual = await ComputeAsync(filter);
            var headline = expected.HeadlineFor(filter);
            new DashboardExpectation.Headline(actual.Pledges, actual.IdpOnlyPledges, actual.PledgingEntities, actual.Countries,
                    actual.ResidentsRepresented, actual.PopulationsKnown, actual.PledgesWithValidatedUpdate, actual.MoneyMobilizedUsd,
                    actual.MoneyFiguresCounted, actual.PeopleReached, actual.PeopleFiguresCounted, actual.PledgesWithoutDocumentedDetails)
                .ShouldBe(headline, $"headline, filter {filter}");

            actual.Breakdowns.Select(b => b.Key).ShouldBe(BreakdownKeys.All);
            foreach (var (key, rows) in expected.Breakdowns(filter))
            {
                var breakdown = actual[key]!;
                breakdown.Rows.Select(r => r.Code).ShouldBeUnique($"{key}, filter {filter}");
                breakdown.Rows.Where(r => r.Value != 0).ToDictionary(r => r.Code, r => r.Value)
                    .ShouldBe(rows, ignoreOrder: true, $"{key}, filter {filter}");
                breakdown.Title.ShouldNotBeNullOrWhiteSpace();
            }
        }
    }

    [Fact]
    public async Task The_seeded_registry_gives_figures_worth_testing()
    {
        var all = await ComputeAsync(DashboardFilter.None);
        all.Pledges.ShouldBeGreaterThan(50);
        all.IdpOnlyPledges.ShouldBeGreaterThan(0);
        all.PledgesWithValidatedUpdate.ShouldBeGreaterThan(0);
        all.PeopleFiguresCounted.ShouldBeGreaterThan(0);
        all[BreakdownKeys.Priorities]!.Rows.Sum(r => r.Value).ShouldBeGreaterThanOrEqualTo(all.Pledges); // once per priority, not-stated included
        all[BreakdownKeys.Priorities]!.Note!.ShouldContain("more than the number of pledges");
        all[BreakdownKeys.Compacts]!.Rows.Single(r => r.Code == "idp-only").Value.ShouldBe(all.IdpOnlyPledges);
        all[BreakdownKeys.Compacts]!.Rows.Sum(r => r.Value).ShouldBe(all.Pledges);
    }

    [Fact]
    public async Task Filters_partition_the_figures_consistently()
    {
        var expected = await DashboardExpectation.LoadAsync(F);
        var all = await ComputeAsync(DashboardFilter.None);

        // By round: the round-filtered counts add up to the whole and equal the rows of the unfiltered breakdown.
        var byRound = new List<DashboardSummary>();
        foreach (var round in expected.Rounds) byRound.Add(await ComputeAsync(new(Round: round.Code)));
        byRound.Sum(s => s.Pledges).ShouldBe(all.Pledges);
        byRound.Sum(s => s.IdpOnlyPledges).ShouldBe(all.IdpOnlyPledges);
        byRound.Sum(s => s.PledgesWithValidatedUpdate).ShouldBe(all.PledgesWithValidatedUpdate);
        byRound.Sum(s => s.PeopleReached).ShouldBe(all.PeopleReached);
        byRound.Sum(s => s.MoneyMobilizedUsd).ShouldBe(all.MoneyMobilizedUsd);
        foreach (var s in byRound)
        {
            all[BreakdownKeys.Rounds]!.Rows.Single(r => r.Code == s.Filter.Round).Value.ShouldBe(s.Pledges);
            s[BreakdownKeys.Rounds]!.Rows.Single().Value.ShouldBe(s.Pledges);
            foreach (var key in new[] { BreakdownKeys.Compacts, BreakdownKeys.Stages, BreakdownKeys.BudgetBands, BreakdownKeys.OrganizationKinds })
                s[key]!.Rows.Sum(r => r.Value).ShouldBe(s.Pledges, key);
        }
        foreach (var key in new[] { BreakdownKeys.Priorities, BreakdownKeys.Compacts, BreakdownKeys.Beneficiaries, BreakdownKeys.Challenges })
            foreach (var row in all[key]!.Rows)
                byRound.Sum(s => s[key]!.Rows.Single(r => r.Code == row.Code).Value).ShouldBe(row.Value, $"{key} {row.Code}");

        // By region: the region-filtered counts and the pledges whose lead has no region add up to the whole.
        var regions = all[BreakdownKeys.ReportRegions]!.Rows;
        var sum = 0;
        foreach (var region in regions.Where(r => r.Code != "not-stated"))
        {
            var s = await ComputeAsync(new(Region: region.Code));
            s.Pledges.ShouldBe((int)region.Value, region.Code);
            sum += s.Pledges;
        }
        (sum + regions.Single(r => r.Code == "not-stated").Value).ShouldBe(all.Pledges);

        // By priority: a pledge under several priorities is in several filtered sets, exactly as the breakdown counts it.
        for (var n = 1; n <= 8; n++)
            (await ComputeAsync(new(Priority: n))).Pledges.ShouldBe((int)all[BreakdownKeys.Priorities]!.Rows.Single(r => r.Code == $"{n}").Value);
    }

    [Fact]
    public async Task The_stats_API_returns_the_summary_and_one_breakdown_with_filters()
    {
        var client = F.CreateClient();
        var expected = (await ComputeAsync(new(Round: "imrf-2022")));

        var response = await client.GetAsync("/api/v1/stats/summary?round=imrf-2022");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.ETag.ShouldNotBeNull();
        var summary = await response.Content.ReadFromJsonAsync<JsonElement>();
        summary.GetProperty("pledges").GetInt32().ShouldBe(expected.Pledges);
        summary.GetProperty("filter").GetProperty("round").GetString().ShouldBe("imrf-2022");
        summary.GetProperty("breakdowns").GetArrayLength().ShouldBe(BreakdownKeys.All.Length);

        var compacts = await client.GetFromJsonAsync<JsonElement>("/api/v1/stats/compacts?round=imrf-2022&priority=1");
        compacts.GetProperty("key").GetString().ShouldBe("compacts");
        compacts.GetProperty("unit").GetString().ShouldBe("pledges");
        var rows = compacts.GetProperty("rows").EnumerateArray().ToList();
        rows.Select(r => r.GetProperty("code").GetString()).ShouldContain("idp-only");
        rows.Sum(r => r.GetProperty("value").GetDecimal()).ShouldBe((await ComputeAsync(new(Round: "imrf-2022", Priority: 1))).Pledges);
    }

    [Theory]
    [InlineData("/api/v1/stats/summary?round=imrf-1999", "round", "imrf-1999")]
    [InlineData("/api/v1/stats/summary?region=atlantis", "region", "atlantis")]
    [InlineData("/api/v1/stats/priorities?priority=9", "priority", "'9'")]
    [InlineData("/api/v1/stats/summary?priority=one", "priority", "'one'")]
    [InlineData("/api/v1/stats/summary?colour=blue", "colour", "colour")]
    public async Task Bad_filters_get_400_problem_details_naming_the_parameter_and_value(string url, string parameter, string value)
    {
        var response = await F.CreateClient().GetAsync(url);
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        errors.GetProperty(parameter)[0].GetString()!.ShouldContain(value);
    }

    [Fact]
    public async Task An_unknown_breakdown_gets_404_naming_the_valid_keys()
    {
        var response = await F.CreateClient().GetAsync("/api/v1/stats/colours");
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var detail = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString()!;
        detail.ShouldContain("colours");
        foreach (var key in BreakdownKeys.All) detail.ShouldContain(key);
    }

    [Fact]
    public async Task The_cache_answers_until_a_pledge_is_published_and_then_counts_it()
    {
        var before = await ComputeAsync(DashboardFilter.None, cached: true);
        (await ComputeAsync(DashboardFilter.None, cached: true)).ShouldBeSameAs(before); // from the cache

        var accra = await OrganizationIdAsync(F, "accra");
        var focal = await TestAccounts.ApiClientAsync(F, Roles.FocalPoint, accra);
        var secretariat = await TestAccounts.ApiClientAsync(F, Roles.Secretariat);
        var (id, version) = await CreateCompleteDraftAsync(focal, "accra");
        (await focal.PostAsJsonAsync($"/api/v1/submissions/{id}/submit", new { version })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ReviewAsync(secretariat, id, "start-review")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ReviewAsync(secretariat, id, "validate")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ReviewAsync(secretariat, id, "publish")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var after = await ComputeAsync(DashboardFilter.None, cached: true);
        after.Pledges.ShouldBe(before.Pledges + 1);
        after[BreakdownKeys.Rounds]!.Rows.Single(r => r.Code == "imrf-2026").Value
            .ShouldBe(before[BreakdownKeys.Rounds]!.Rows.Single(r => r.Code == "imrf-2026").Value + 1);
        await KeptDataEqualsAFreshReadAsync();
    }

    [Fact]
    public async Task Validating_an_update_is_counted_at_once_and_the_kept_data_stays_equal_to_a_fresh_read()
    {
        var pledge = await UpdateTestData.PledgeAsync(F, 12);
        await UpdateTestData.CampaignAsync(F, [pledge.Id]);
        var before = await ComputeAsync(DashboardFilter.None, cached: true);
        var focal = await TestAccounts.ApiClientAsync(F, Roles.FocalPoint, pledge.OrganizationId);
        var secretariat = await TestAccounts.ApiClientAsync(F, Roles.Secretariat);
        var created = await focal.PostAsJsonAsync($"/api/v1/pledges/{pledge.PublicId}/updates", UpdateTestData.Valid());
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var id = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetInt32();
        (await secretariat.PostAsJsonAsync($"/api/v1/updates/{id}/validate", new { version = 1 })).StatusCode.ShouldBe(HttpStatusCode.OK);

        var after = await ComputeAsync(DashboardFilter.None, cached: true);
        var challenge = (DashboardSummary s) => s[BreakdownKeys.Challenges]!.Rows.Single(r => r.Code == "financing-gaps").Value;
        var hadUpdate = before.PledgesWithValidatedUpdate != after.PledgesWithValidatedUpdate;
        after.PledgesWithValidatedUpdate.ShouldBeGreaterThanOrEqualTo(before.PledgesWithValidatedUpdate);
        after.MoneyFiguresCounted.ShouldBe(before.MoneyFiguresCounted + 1); // 50 000 EUR at the recorded rate
        if (hadUpdate) challenge(after).ShouldBe(challenge(before) + 1);
        await KeptDataEqualsAFreshReadAsync();
    }

    /// <summary>The data the dashboard keeps and updates pledge by pledge gives exactly what reading everything again gives.</summary>
    private async Task KeptDataEqualsAFreshReadAsync()
    {
        var expected = await DashboardExpectation.LoadAsync(F);
        foreach (var filter in Filters(expected))
        {
            await using var scope = F.Services.CreateAsyncScope();
            var figures = scope.ServiceProvider.GetRequiredService<DashboardFigures>();
            JsonSerializer.Serialize(await figures.ComputeUncachedAsync(filter))
                .ShouldBe(JsonSerializer.Serialize(await figures.ComputeFromDatabaseAsync(filter)), $"filter {filter}");
        }
    }
}

public sealed class DashboardFiguresTestsOnSqlite(SqliteApp app) : DashboardFiguresTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class DashboardFiguresTestsOnPostgres(PostgresApp app) : DashboardFiguresTests<PostgresApp>(app), IClassFixture<PostgresApp>;

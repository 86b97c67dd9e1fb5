using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using LocalAction.Tests.Infrastructure;
using LocalAction.Web.Features.Forums;
using Microsoft.EntityFrameworkCore;

namespace LocalAction.Tests.Forums;

/// <summary>The forums seeded from seeds 000, 002 and 004: engagement figures against the seeds', sources, pages and API.</summary>
public abstract partial class ForumSeedTests<TApp>(TApp app) where TApp : SeededApp
{
    private LocalActionFactory F => app.Factory;

    [Fact]
    public async Task The_engagement_figures_the_records_support_equal_the_figures_the_seeds_publish()
    {
        await using var scope = F.CreateDbScope();
        var figures = new EngagementFigures(scope.Db);
        var published = await scope.Db.PublishedStatistics.ToDictionaryAsync(s => s.Key, s => (int)s.Value);

        var y2022 = (await figures.ForAsync("imrf-2022"))!;
        y2022.OfficialSessions.ShouldBe(published["forum.official-sessions.imrf-2022"]); // 7
        y2022.OfficialSessionsWithLrgSpeaking.ShouldBe(published["forum.sessions-with-lrg-speakers.imrf-2022"]); // 6
        y2022.LocalAndRegionalGovernments.ShouldBe(published["delegation.lrgs.imrf-2022"]); // 16
        y2022.Networks.ShouldBe(published["delegation.associations.imrf-2022"]); // 8
        y2022.Regions.ShouldBe(published["delegation.regions.imrf-2022"]); // 5
        y2022.InNationalDelegation.ShouldBe(published["delegation.in-national-delegations.imrf-2022"]); // 5

        var y2026 = (await figures.ForAsync("imrf-2026"))!;
        y2026.OfficialSlots.ShouldBe(published["forum.official-sessions.imrf-2026"]); // the ten half-day slots of Figure 1
        y2026.LocalAndRegionalGovernments.ShouldBe(published["delegation.lrgs.imrf-2026"]); // 11
        y2026.Networks.ShouldBe(published["delegation.networks.imrf-2026"]); // 2
        y2026.Regions.ShouldBe(published["delegation.regions.imrf-2026"]); // 5
        y2026.InNationalDelegation.ShouldBe(published["delegation.in-national-delegations.imrf-2026"]); // 4
    }

    [Fact]
    public async Task Where_the_seeds_name_fewer_sessions_and_events_than_they_count_the_figures_stay_lower_and_say_so()
    {
        await using var scope = F.CreateDbScope();
        var figures = new EngagementFigures(scope.Db);
        var y2026 = (await figures.ForAsync("imrf-2026"))!;

        // Counted independently: the official sessions of 2026 in which a listed government (not a network) has a role.
        var forumId = await scope.Db.Forums.Where(f => f.Code == "imrf-2026").Select(f => f.Id).SingleAsync();
        var official = new[] { SessionType.MultiStakeholderHearing, SessionType.Roundtable, SessionType.PolicyDebate, SessionType.Plenary };
        var spoken = await (from r in scope.Db.SpeakingRoles
                            join s in scope.Db.ForumSessions on r.SessionId equals s.Id
                            join m in scope.Db.DelegationMembers on r.DelegationMemberId equals m.Id
                            where s.ForumId == forumId && s.Type != null && official.Contains(s.Type.Value)
                                && m.Kind != LocalAction.Web.Features.Organizations.OrganizationKind.LocalGovernmentNetwork
                            select s.Group ?? s.Title).Distinct().ToListAsync();
        y2026.OfficialSessionsWithLrgSpeaking.ShouldBe(spoken.Count);
        y2026.OfficialSessionsWithLrgSpeaking.ShouldBeLessThan(4); // the seed says 4 but names speakers in fewer
        y2026.OtherEventsWithDelegation.ShouldBe(8); // Figure 2 lists 8 of the 9 side events the seed counts

        var html = await F.CreateClient().GetStringAsync("/forums/imrf-2026");
        var document = new HtmlParser().ParseDocument(html);
        var row = document.QuerySelector("td[data-row='sessions-with-lrg-speaking']")!.ParentElement!;
        row.TextContent.ShouldContain("4"); // the published figure, beside the counted one
        html.ShouldContain("nothing is added to make them agree");
    }

    [Fact]
    public async Task Every_source_the_forum_records_cite_is_found_word_for_word_on_its_line_of_the_seed()
    {
        await using var scope = F.CreateDbScope();
        var sources = new List<string?>();
        sources.AddRange(await scope.Db.Forums.Select(f => f.Source).ToListAsync());
        sources.AddRange(await scope.Db.ForumSessions.Select(s => s.Source).ToListAsync());
        sources.AddRange(await scope.Db.DelegationMembers.Select(s => s.Source).ToListAsync());
        sources.AddRange(await scope.Db.ForumQuotes.Select(s => s.Source).ToListAsync());
        sources.AddRange(await scope.Db.Declarations.Select(s => s.Source).ToListAsync());
        sources.AddRange(await scope.Db.DeclarationParagraphs.Select(s => s.Source).ToListAsync());
        sources.AddRange(await scope.Db.ProposedLanguage.Select(s => s.Source).ToListAsync());
        sources.Count(s => s is not null).ShouldBeGreaterThan(150);

        var seeds = Directory.GetFiles(Path.Combine(RepositoryPaths.WebProject, "Data", "Seed", "Sources"), "*.txt")
            .ToDictionary(f => Path.GetFileName(f)[..3], f => File.ReadAllLines(f));
        var problems = new List<string>();
        foreach (var source in sources.OfType<string>())
        {
            var match = SourcePattern().Match(source);
            if (!match.Success) { problems.Add("unreadable source: " + source); continue; }
            var line = seeds[match.Groups["seed"].Value][int.Parse(match.Groups["line"].Value) - 1];
            if (!line.Contains(match.Groups["quote"].Value, StringComparison.Ordinal)) problems.Add(source);
        }
        problems.ShouldBeEmpty();
    }

    [Fact]
    public async Task Nothing_the_seeds_do_not_state_is_filled_in()
    {
        await using var scope = F.CreateDbScope();
        var grf2027 = await scope.Db.Forums.SingleAsync(f => f.Code == "grf-2027");
        grf2027.City.ShouldBeNull();
        grf2027.StartsOn.ShouldBeNull();
        grf2027.TimeZone.ShouldBeNull();
        (await scope.Db.ForumSessions.CountAsync(s => s.ForumId == grf2027.Id)).ShouldBe(0);

        // The IMRF programmes give times without a zone: New York's is inferred from the venue and marked as such.
        var imrf = await scope.Db.Forums.SingleAsync(f => f.Code == "imrf-2022");
        imrf.TimeZone.ShouldBe("America/New_York");
        imrf.TimeZoneInferred.ShouldBeTrue();

        // The side event of seed 000 states no capacity and no invitation: no seat limit, open registration.
        var page = await scope.Db.EventPages.SingleAsync(p => p.Slug == "bridging-the-compacts-2026");
        page.Capacity.ShouldBeNull();
        page.InvitationOnly.ShouldBeFalse();
        page.RegistrationClosesAt.ShouldBe(new DateTimeOffset(2026, 5, 4, 17, 0, 0, TimeSpan.FromHours(-4)));

        // No accreditation route is guessed for members without the report's * mark.
        (await scope.Db.DelegationMembers.CountAsync(m => m.InNationalDelegation != true && m.Accreditation != null)).ShouldBe(0);
        // An organization matched to the registry only by inference (Lampedusa and Linosa) stays unmatched.
        (await scope.Db.DelegationMembers.SingleAsync(m => m.NameAsWritten == "Lampedusa and Linosa")).OrganizationId.ShouldBeNull();
    }

    [Fact]
    public async Task The_2026_declaration_shows_its_vote_and_the_2022_one_its_consensus_side_by_side()
    {
        var html = await F.CreateClient().GetStringAsync("/declarations");
        var table = new HtmlParser().ParseDocument(html).QuerySelector("table[data-table='declarations-compared']")!;
        table.QuerySelectorAll("th[scope=col]").Select(th => th.TextContent.Trim()).ShouldContain(t => t.StartsWith("A/RES/76/266"));
        table.QuerySelectorAll("td[data-figure='in-favour']").Select(td => td.TextContent.Trim()).ShouldBe(["No recorded vote", "143"]);
        table.QuerySelectorAll("td[data-figure='against']")[1].TextContent.ShouldStartWith("6 (Czech Republic");
        table.QuerySelectorAll("td[data-figure='abstentions']")[1].TextContent.Trim().ShouldBe("23");

        await using var scope = F.CreateDbScope();
        var declarations = await scope.Db.Declarations.Include(d => d.Paragraphs).Include(d => d.ProposedLanguage).OrderBy(d => d.Year).ToListAsync();
        var counts = table.QuerySelectorAll("td[data-figure='paragraphs']").Select(td => int.Parse(td.TextContent.Trim())).ToList();
        counts.ShouldBe(declarations.Select(d => d.Paragraphs.Count).ToList());
        counts.ShouldAllBe(c => c > 0);
        // The proposal on access to future IMRFs was not adopted in either year, as the seeds say.
        declarations.ShouldAllBe(d => d.ProposedLanguage.Any(p => p.Adopted == false));
    }

    [Fact]
    public async Task An_organization_page_shows_the_forums_it_was_in_and_its_roles_there()
    {
        var html = await F.CreateClient().GetStringAsync("/organizations/accra");
        var section = new HtmlParser().ParseDocument(html).QuerySelector("section[aria-labelledby='forums-heading']")!;
        section.QuerySelector("a[href='/forums/imrf-2022']").ShouldNotBeNull();
        section.TextContent.ShouldContain("in its national government's delegation");

        var none = await F.CreateClient().GetStringAsync("/organizations/bogota");
        new HtmlParser().ParseDocument(none).QuerySelector("section[aria-labelledby='forums-heading']")!.QuerySelector("a[href='/forums/gfmd-2024']").ShouldNotBeNull();
    }

    [Fact]
    public async Task The_forum_API_answers_the_programme_and_refuses_bad_codes()
    {
        var client = F.CreateClient();
        using var list = JsonDocument.Parse(await client.GetStringAsync("/api/v1/forums"));
        list.RootElement.EnumerateArray().Select(f => f.GetProperty("code").GetString()).ShouldContain("imrf-2026");

        using var forum = JsonDocument.Parse(await client.GetStringAsync("/api/v1/forums/imrf-2026"));
        var programme = forum.RootElement.GetProperty("programme");
        programme.GetArrayLength().ShouldBeGreaterThan(10);
        programme.EnumerateArray().ShouldContain(s => s.GetProperty("eventUrl").GetString() == "/events/bridging-the-compacts-2026");
        forum.RootElement.GetProperty("engagement").GetProperty("localAndRegionalGovernments").GetInt32().ShouldBe(11);

        var malformed = await client.GetAsync("/api/v1/forums/IMRF%202026");
        malformed.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await malformed.Content.ReadAsStringAsync()).ShouldContain("\"parameter\":\"code\"");
        (await client.GetAsync("/api/v1/forums/imrf-2030")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetAsync("/forums/imrf-2030")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetAsync("/events/no-such-event")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [GeneratedRegex("^Seed (?<seed>\\d{3}) \\([^)]*\\), line (?<line>\\d+): “(?<quote>.*)”$", RegexOptions.Singleline)]
    private static partial Regex SourcePattern();
}

public sealed class ForumSeedTestsOnSqlite(SqliteApp app) : ForumSeedTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class ForumSeedTestsOnPostgres(PostgresApp app) : ForumSeedTests<PostgresApp>(app), IClassFixture<PostgresApp>;

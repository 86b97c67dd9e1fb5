using System.Net;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using LocalAction.Tests.Infrastructure;
using LocalAction.Web.Features.Exports.Iati;
using LocalAction.Web.Features.Pledges;
using LocalAction.Web.Features.Search;
using LocalAction.Web.Features.Updates;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalAction.Tests.Exports;

/// <summary>The IATI 2.03 export of the seeded registry, checked against the official schema, on both providers.</summary>
public abstract class IatiExportTests<TApp>(TApp app) where TApp : SeededApp
{
    private const string Url = "/api/v1/exports/pledges.iati.xml";
    private LocalActionFactory F => app.Factory;

    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    [InlineData("es")]
    public async Task The_whole_registry_is_valid_IATI_2_03_without_a_single_error_or_warning(string lang)
    {
        var response = await F.CreateClient().GetAsync($"{Url}?lang={lang}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/xml");
        response.Headers.ETag.ShouldBeNull(); // streamed as written, never held whole in memory for a hash
        var bytes = await response.Content.ReadAsByteArrayAsync();
        IatiSchema.Problems(new MemoryStream(bytes)).ShouldBeEmpty();

        var document = XDocument.Load(new MemoryStream(bytes));
        document.Root!.Attribute("version")!.Value.ShouldBe("2.03");
        DateTime.Parse(document.Root.Attribute("generated-datetime")!.Value, System.Globalization.CultureInfo.InvariantCulture).ShouldBeGreaterThan(DateTime.UtcNow.AddMinutes(-10));
        var activities = document.Root.Elements("iati-activity").ToList();
        activities.ForEach(a => a.Attribute(XNamespace.Xml + "lang")!.Value.ShouldBe(lang));

        // Every published pledge that states what IATI requires is an activity; the others are named in a comment, none dropped silently.
        await using var scope = F.CreateDbScope();
        var published = await scope.Db.Pledges.Where(p => p.ReviewState == ReviewState.Published).CountAsync();
        var complete = await scope.Db.Pledges.Where(p => p.ReviewState == ReviewState.Published && p.Title != null && p.Description != null && p.Stage != null && p.StartYear != null)
            .Select(p => p.PublicId).ToListAsync();
        complete.Count.ShouldBeGreaterThan(10);
        activities.Select(PublicId).ShouldBe(complete, ignoreOrder: true);
        var comments = document.Root.Nodes().OfType<XComment>().Select(c => c.Value).ToList();
        comments.Count(c => c.Contains("left out: IATI requires")).ShouldBe(published - complete.Count);
        comments.Last().ShouldContain($"{published} pledges selected, {complete.Count} written as activities, {published - complete.Count} left out.");
    }

    [Fact]
    public async Task Identifiers_are_unique_and_made_of_the_reporting_organisation_and_the_public_id()
    {
        var document = await ExportAsync("");
        var identifiers = document.Root!.Elements("iati-activity").Select(a => a.Element("iati-identifier")!.Value).ToList();
        identifiers.ShouldNotBeEmpty();
        identifiers.Distinct().Count().ShouldBe(identifiers.Count);
        identifiers.ShouldAllBe(id => id.StartsWith(IatiSettings.DefaultRef + "-CLA-"));
        var reporting = document.Root.Elements("iati-activity").First().Element("reporting-org")!;
        reporting.Attribute("ref")!.Value.ShouldBe(IatiSettings.DefaultRef);
        reporting.Attribute("type")!.Value.ShouldBe(IatiSettings.DefaultType);
        reporting.Element("narrative")!.Value.ShouldBe(IatiSettings.DefaultName);
    }

    [Fact]
    public async Task A_filter_selects_the_same_pledges_as_the_search_API()
    {
        var document = await ExportAsync("compact=gcr&round=grf-2023");
        var activities = document.Root!.Elements("iati-activity").ToList();
        activities.ShouldNotBeEmpty();
        await using var scope = F.CreateDbScope();
        var expected = await scope.Db.Pledges
            .Where(p => p.ReviewState == ReviewState.Published && p.Compact == Compact.Gcr && p.Round!.Code == "grf-2023"
                && p.Title != null && p.Description != null && p.Stage != null && p.StartYear != null)
            .Select(p => p.PublicId).ToListAsync();
        activities.Select(PublicId).ShouldBe(expected, ignoreOrder: true);

        var search = JsonNode.Parse(await F.CreateClient().GetStringAsync("/api/v1/pledges?compact=gcr&round=grf-2023&pageSize=200"))!;
        var selected = search["items"]!.AsArray().Select(i => i!["publicId"]!.GetValue<string>()).ToList();
        selected.ShouldBeSubsetOf(expected.Concat(LeftOut(document)));
        (selected.Count).ShouldBe(expected.Count + LeftOut(document).Count);
    }

    [Fact]
    public async Task Bad_filters_and_languages_are_refused_with_every_parameter_named()
    {
        var response = await F.CreateClient().GetAsync($"{Url}?compact=martian&lang=de&colour=red");
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]!.AsObject();
        errors.Select(e => e.Key).ShouldBe(["compact", "lang", "colour"], ignoreOrder: true);
        errors["lang"]![0]!.GetValue<string>().ShouldContain("en, fr, es");
    }

    [Fact]
    public async Task A_pledge_with_a_validated_update_has_its_people_reached_as_a_result_with_its_period()
    {
        await using var scope = F.CreateDbScope();
        var pledge = await scope.Db.Pledges.AsNoTracking().Include(p => p.Updates)
            .Where(p => p.ReviewState == ReviewState.Published && p.Title != null && p.Description != null && p.Stage != null && p.StartYear != null
                && p.Updates.Any(u => u.Status == UpdateStatus.Validated && u.PeopleReachedTotal != null))
            .OrderBy(p => p.PublicId).FirstAsync();
        var update = pledge.Updates.Single(u => u.Status == UpdateStatus.Validated && u.PeopleReachedTotal != null);
        var day = ReportingBasis.ForUpdate(update.ReportedOn, update.SourceDocument, update.ValidatedAt).Day!.Value;

        var activity = (await ExportAsync("")).Root!.Elements("iati-activity").Single(a => PublicId(a) == pledge.PublicId);
        var result = activity.Element("result")!;
        result.Attribute("type")!.Value.ShouldBe("1");
        result.Element("title")!.Element("narrative")!.Value.ShouldBe("People reached");
        var indicator = result.Element("indicator")!;
        indicator.Attribute("measure")!.Value.ShouldBe("1");
        var period = indicator.Element("period")!;
        period.Element("period-start")!.Attribute("iso-date")!.Value.ShouldBe($"{pledge.StartYear}-01-01");
        period.Element("period-end")!.Attribute("iso-date")!.Value.ShouldBe(day.ToString("yyyy-MM-dd"));
        period.Element("actual")!.Attribute("value")!.Value.ShouldBe(update.PeopleReachedTotal!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));

        // The rest of the activity states the pledge's own facts.
        activity.Element("title")!.Element("narrative")!.Value.ShouldBe(pledge.Title);
        activity.Element("activity-date")!.Attribute("iso-date")!.Value.ShouldBe($"{pledge.StartYear}-01-01");
        activity.Element("activity-date")!.Element("narrative")!.Value.ShouldContain($"only the year {pledge.StartYear}");
        activity.Element("activity-status")!.Attribute("code")!.Value.ShouldBe(IatiCodes.ActivityStatus(pledge.Stage!.Value));
        var sdgs = await scope.Db.Set<PledgeSdg>().Where(s => s.PledgeId == pledge.Id).Select(s => s.SdgNumber.ToString()).ToListAsync();
        activity.Elements("sector").Where(s => s.Attribute("vocabulary")!.Value == "7").Select(s => s.Attribute("code")!.Value).ShouldBe(sdgs, ignoreOrder: true);
        activity.Elements("tag").Where(s => s.Attribute("vocabulary")!.Value == "2").Select(s => s.Attribute("code")!.Value).ShouldBe(sdgs, ignoreOrder: true);
        activity.Elements("participating-org").Where(o => o.Attribute("role")!.Value == "2").ShouldHaveSingleItem();
    }

    [Fact]
    public async Task A_pledged_budget_with_its_years_and_day_becomes_an_indicative_budget_and_an_incoming_pledge()
    {
        // A pledge as the platform publishes it: every fact known, including the day it was pledged and its budget.
        string publicId;
        await using (var scope = F.CreateDbScope())
        {
            var source = await scope.Db.Pledges.Include(p => p.Organizations)
                .Where(p => p.ReviewState == ReviewState.Published && p.Organizations.Count == 1).OrderBy(p => p.Id).FirstAsync();
            var round = await scope.Db.Rounds.SingleAsync(r => r.Code == "imrf-2026");
            publicId = "CLA-2026-9" + Random.Shared.Next(100, 999);
            var pledge = new Pledge
            {
                PublicId = publicId, Title = "Welcome centre for newcomers", Description = "A one-stop welcome centre with language classes.",
                OriginalLanguage = "en", RoundId = round.Id, Kind = PledgeKind.Individual, Compact = Compact.Mirror, StartYear = 2026, EndYear = 2028,
                Ongoing = false, BudgetAmount = 250_000.50m, BudgetCurrency = "EUR", Stage = PledgeStage.Planning, PledgedOn = new DateOnly(2026, 5, 5),
                ReviewState = ReviewState.Published, Completeness = Completeness.Documented, SourceDocument = "submission",
                CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow,
            };
            pledge.Organizations.Add(new PledgeOrganization { OrganizationId = source.Organizations[0].OrganizationId, Role = PledgeRole.Lead });
            pledge.Partners.Add(new PledgePartner { Name = "=Refugee Council", Type = PartnerType.Donor });
            scope.Db.Pledges.Add(pledge);
            await scope.Db.SaveChangesAsync();
            scope.Services.GetRequiredService<SearchIndex>().Invalidate();
        }

        // The search index is rebuilt in the background after a change: wait until it lists the new pledge.
        for (var attempt = 0; !(await F.CreateClient().GetStringAsync("/api/v1/pledges?round=imrf-2026")).Contains(publicId); attempt++)
        {
            attempt.ShouldBeLessThan(100, "the search index never picked up the new pledge");
            await Task.Delay(100);
        }
        var bytes = await F.CreateClient().GetByteArrayAsync($"{Url}?round=imrf-2026");
        IatiSchema.Problems(new MemoryStream(bytes)).ShouldBeEmpty();
        var activity = XDocument.Load(new MemoryStream(bytes)).Root!.Elements("iati-activity").Single(a => PublicId(a) == publicId);
        activity.Attribute("default-currency")!.Value.ShouldBe("EUR");
        activity.Element("activity-status")!.Attribute("code")!.Value.ShouldBe("1");
        activity.Elements("activity-date").Select(d => (d.Attribute("type")!.Value, d.Attribute("iso-date")!.Value)).ShouldBe([("1", "2026-01-01"), ("3", "2028-12-31")]);
        var budget = activity.Element("budget")!;
        (budget.Attribute("type")!.Value, budget.Attribute("status")!.Value).ShouldBe(("1", "1"));
        budget.Element("period-start")!.Attribute("iso-date")!.Value.ShouldBe("2026-01-01");
        budget.Element("period-end")!.Attribute("iso-date")!.Value.ShouldBe("2028-12-31");
        budget.Element("value")!.Value.ShouldBe("250000.5");
        var transaction = activity.Element("transaction")!;
        transaction.Element("transaction-type")!.Attribute("code")!.Value.ShouldBe("12");
        transaction.Element("transaction-date")!.Attribute("iso-date")!.Value.ShouldBe("2026-05-05");
        transaction.Element("value")!.Attribute("currency")!.Value.ShouldBe("EUR");
        var donor = activity.Elements("participating-org").Single(o => o.Element("narrative")!.Value == "=Refugee Council");
        donor.Attribute("role")!.Value.ShouldBe("1");
        activity.Element("result").ShouldBeNull();
    }

    [Fact]
    public async Task The_reporting_organisation_comes_from_the_settings()
    {
        await using var configured = F.WithWebHostBuilder(b => b
            .UseSetting("Iati:ReportingOrgRef", "XX-TEST-SECRETARIAT").UseSetting("Iati:ReportingOrgName", "Local Coalition Secretariat").UseSetting("Iati:ReportingOrgType", "40"));
        var bytes = await configured.CreateClient().GetByteArrayAsync($"{Url}?round=grf-2023");
        IatiSchema.Problems(new MemoryStream(bytes)).ShouldBeEmpty();
        var activities = XDocument.Load(new MemoryStream(bytes)).Root!.Elements("iati-activity").ToList();
        activities.ShouldNotBeEmpty();
        activities.ShouldAllBe(a => a.Element("iati-identifier")!.Value.StartsWith("XX-TEST-SECRETARIAT-CLA-2023-"));
        activities.Select(a => a.Element("reporting-org")!).ShouldAllBe(r =>
            r.Attribute("ref")!.Value == "XX-TEST-SECRETARIAT" && r.Attribute("type")!.Value == "40" && r.Element("narrative")!.Value == "Local Coalition Secretariat");
    }

    private async Task<XDocument> ExportAsync(string query)
    {
        var response = await F.CreateClient().GetAsync($"{Url}?{query}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return XDocument.Load(await response.Content.ReadAsStreamAsync());
    }

    private static string PublicId(XElement activity) => activity.Element("iati-identifier")!.Value[(IatiSettings.DefaultRef.Length + 1)..];

    private static List<string> LeftOut(XDocument document) => document.Root!.Nodes().OfType<XComment>()
        .Where(c => c.Value.Contains("left out: IATI requires")).Select(c => c.Value.Trim().Split(' ')[0]).ToList();
}

public sealed class IatiExportTestsOnSqlite(SqliteApp app) : IatiExportTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class IatiExportTestsOnPostgres(PostgresApp app) : IatiExportTests<PostgresApp>(app), IClassFixture<PostgresApp>;

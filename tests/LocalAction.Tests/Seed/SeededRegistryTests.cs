using LocalAction.Tests.Infrastructure;
using LocalAction.Web.Data.Seed;
using LocalAction.Web.Features.Organizations;
using LocalAction.Web.Features.Pledges;
using LocalAction.Web.Features.Updates;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalAction.Tests.Seed;

/// <summary>The registry seeded from the four source documents holds what they state, and nothing more.</summary>
public abstract class SeededRegistryTests<TApp>(TApp app) where TApp : SeededApp
{
    [Fact]
    public async Task The_2022_round_has_70_pledges_the_2023_round_54_and_the_registry_124()
    {
        await using var s = app.Factory.CreateDbScope();
        var byRound = await s.Db.Pledges.GroupBy(p => p.Round!.Code).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
        byRound["imrf-2022"].ShouldBe(70);
        byRound["grf-2023"].ShouldBe(54);
        (await s.Db.Pledges.CountAsync()).ShouldBe(124);
        (await s.Db.Pledges.CountAsync(p => p.ReviewState == ReviewState.Published)).ShouldBe(124);
    }

    [Fact]
    public async Task Public_ids_are_numbered_per_round_in_the_order_of_the_lists()
    {
        await using var s = app.Factory.CreateDbScope();
        var first2022 = await s.Db.Pledges.Where(p => p.PublicId == "CLA-2022-0001").Select(p => p.Organizations.Single().Organization!.Name).SingleAsync();
        first2022.ShouldBe("Accra");
        var last2023 = await s.Db.Pledges.Where(p => p.PublicId == "CLA-2023-0054").Select(p => p.Organizations.Single().Organization!.Name).SingleAsync();
        last2023.ShouldBe("Welcoming America");
        (await s.Db.Pledges.AnyAsync(p => p.PublicId == "CLA-2022-0071")).ShouldBeFalse();
    }

    [Fact]
    public async Task The_85_organizations_of_the_lists_are_there_with_their_countries()
    {
        await using var s = app.Factory.CreateDbScope();
        (await s.Db.Organizations.CountAsync()).ShouldBe(85);
        var orgs = await s.Db.Organizations.AsNoTracking().ToDictionaryAsync(o => o.Slug);
        orgs["bogota"].CountryCode.ShouldBe("CO");
        orgs["bogota"].Name.ShouldBe("Bogotá");
        orgs["zurich"].CountryCode.ShouldBe("CH");
        orgs["san-jose-us"].CountryCode.ShouldBe("US");
        orgs["san-jose-us"].LocationAsWritten.ShouldBe("California, US");
        orgs["san-jose-cr"].CountryCode.ShouldBe("CR");
        orgs["hargeisa"].CountryCode.ShouldBe("SO");
        orgs["hargeisa"].LocationAsWritten.ShouldBe("Somaliland");
        orgs["ramallah"].CountryCode.ShouldBe("PS");
        orgs["united-cities-and-local-governments"].CountryCode.ShouldBeNull();
        orgs["united-cities-and-local-governments"].Kind.ShouldBe(OrganizationKind.LocalGovernmentNetwork);
        orgs["cities-alliance"].Kind.ShouldBe(OrganizationKind.InternationalOrPartnerOrganization);
        orgs["mayors-mechanism-germany"].Kind.ShouldBe(OrganizationKind.NationalGovernment);
        orgs["salt-lake-county"].Kind.ShouldBe(OrganizationKind.DistrictOrCounty);
        orgs["laguna-province"].Kind.ShouldBe(OrganizationKind.ProvinceStateOrRegion);
        orgs["tlaxcala"].Kind.ShouldBe(OrganizationKind.ProvinceStateOrRegion);
    }

    [Fact]
    public async Task Populations_are_known_only_where_the_report_states_them()
    {
        await using var s = app.Factory.CreateDbScope();
        var known = await s.Db.Organizations.Where(o => o.Population != null).ToDictionaryAsync(o => o.Slug, o => o.Population);
        known.ShouldBe(new Dictionary<string, long?> { ["amman"] = 4_000_000, ["nairobi"] = 5_000_000, ["sao-paulo"] = 11_000_000 }, ignoreOrder: true);
        var classes = await s.Db.CitySizeClasses.ToListAsync();
        var amman = await s.Db.Organizations.SingleAsync(o => o.Slug == "amman");
        CitySizeClassifier.Classify(amman, classes)!.Code.ShouldBe("large-metropolitan");
        var paris = await s.Db.Organizations.SingleAsync(o => o.Slug == "paris");
        CitySizeClassifier.Classify(paris, classes).ShouldBeNull();
    }

    [Fact]
    public async Task GCM_Champion_marks_are_kept_per_country_and_round()
    {
        await using var s = app.Factory.CreateDbScope();
        var marks = await s.Db.ChampionCountries.Select(c => c.CountryCode + "/" + c.Round!.Code).ToListAsync();
        marks.ShouldContain("CO/imrf-2022");
        marks.ShouldContain("KE/grf-2023");
        marks.ShouldContain("PH/grf-2023");
        marks.ShouldNotContain("UG/imrf-2022"); // Arua, Kampala, Koboko, Entebbe carry no mark
        marks.ShouldNotContain("PH/imrf-2022"); // no Philippine LRG pledged in 2022
    }

    [Fact]
    public async Task The_Zurich_pledge_holds_every_fact_the_report_states()
    {
        await using var s = app.Factory.CreateDbScope();
        var p = await Documented(s.Db).SingleAsync(p => p.Title!.StartsWith("Enhancing the Cooperation of All State Levels"));
        p.Round!.Code.ShouldBe("grf-2023");
        p.Organizations.Single().Organization!.Slug.ShouldBe("zurich");
        p.Compact.ShouldBe(Compact.Gcr);
        p.Kind.ShouldBe(PledgeKind.NationalLocal);
        p.StartYear.ShouldBe(2023);
        p.EndYear.ShouldBeNull();
        p.Ongoing.ShouldBe(true);
        p.Completeness.ShouldBe(Completeness.Documented);
        p.Priorities.Select(x => x.PriorityNumber).ShouldBe([1]);
        p.GcmObjectives.Single().GcmObjectiveNumber.ShouldBe(23);
        p.GcmObjectives.Single().Origin.ShouldBe(MappingOrigin.Derived);
        p.Sdgs.Select(x => x.SdgNumber).ShouldBe([17]);
        p.Partners.Select(x => x.Name).ShouldContain("Swiss State Secretariat for Migration");
        p.Description!.ShouldContain("pledged to institutionalize structured dialogue");
        p.SourceDocument.ShouldBe("001_45f8febba912c4ab.txt");
        p.SourceSection!.ShouldContain("Priority 1");
        var update = p.Updates.Single();
        update.Status.ShouldBe(UpdateStatus.Validated);
        update.Results!.ShouldContain("national “Asylum Committee” in 2024");
    }

    [Fact]
    public async Task Bogota_nutrition_centre_results_are_a_validated_update_with_people_reached_by_group()
    {
        await using var s = app.Factory.CreateDbScope();
        var p = await Documented(s.Db).SingleAsync(p => p.Title == "Nutrition Reception Centre for Migrant and Refugee Children and Mothers");
        p.Round!.Code.ShouldBe("imrf-2022");
        p.Compact.ShouldBe(Compact.Mirror);
        (p.StartYear, p.EndYear, p.Ongoing).ShouldBe((2022, (int?)2023, (bool?)false));
        p.Priorities.Single().PriorityNumber.ShouldBe(3);
        p.Sdgs.Select(x => x.SdgNumber).Order().ShouldBe([1, 5, 8, 10, 16, 17]);
        var u = p.Updates.Single();
        u.PeopleReachedTotal.ShouldBe(541);
        u.PeopleReachedWomen.ShouldBe(132);
        u.PeopleReachedChildren.ShouldBe(408);
        u.PeopleReachedMigrants.ShouldBeNull(); // not stated
    }

    [Fact]
    public async Task Priority_four_derives_GCM_15_three_GCR_areas_and_seven_SDGs()
    {
        await using var s = app.Factory.CreateDbScope();
        var p = await Documented(s.Db).SingleAsync(p => p.Title == "Facilitating Dual Nationality and Preventing Statelessness");
        p.GcmObjectives.Select(x => x.GcmObjectiveNumber).ShouldBe([15]);
        p.GcrAreas.Select(x => x.GcrAreaCode).Order().ShouldBe(["education", "energy-infrastructure", "health"]);
        p.Sdgs.Select(x => x.SdgNumber).Order().ShouldBe([1, 3, 4, 6, 7, 11, 16]);
        p.Sdgs.ShouldAllBe(x => x.Origin == MappingOrigin.Derived);
    }

    [Fact]
    public async Task The_Nairobi_Kampala_joint_pledge_is_one_record_per_city_each_naming_the_other()
    {
        await using var s = app.Factory.CreateDbScope();
        var joint = await Documented(s.Db).Where(p => p.Title == "Nairobi and Kampala Joint City Pledge to Institutionalize Refugee Inclusion").ToListAsync();
        joint.Count.ShouldBe(2);
        joint.ShouldAllBe(p => p.Kind == PledgeKind.CityToCityJoint && p.Compact == Compact.Gcr && p.Round!.Code == "grf-2023");
        joint.Select(p => p.Organizations.Single(o => o.Role == PledgeRole.Lead).Organization!.Slug).Order().ShouldBe(["kampala", "nairobi"]);
        joint.Select(p => p.Organizations.Single(o => o.Role == PledgeRole.CoPledger).Organization!.Slug).Order().ShouldBe(["kampala", "nairobi"]);
    }

    [Fact]
    public async Task Every_pledge_described_in_section_05_is_documented_with_a_validated_update()
    {
        await using var s = app.Factory.CreateDbScope();
        var titles = await s.Db.Pledges.Where(p => p.Title != null).Select(p => p.Title!).Distinct().ToListAsync();
        titles.Count.ShouldBe(23);
        var withUpdate = await s.Db.PledgeUpdates.Where(u => u.Status == UpdateStatus.Validated).Select(u => u.PledgeId).Distinct().CountAsync();
        withUpdate.ShouldBe(24); // 23 described actions, the joint one counted for both cities
    }

    [Fact]
    public async Task IDP_only_actions_are_kept_and_marked()
    {
        await using var s = app.Factory.CreateDbScope();
        var idp = await s.Db.Pledges.Where(p => p.Compact == Compact.IdpOnly)
            .Select(p => p.Organizations.Single().Organization!.Slug).OrderBy(x => x).ToListAsync();
        idp.ShouldBe(["addis-ababa", "beira", "dedougou", "dhaka-north", "dunavtsi"]);
    }

    [Fact]
    public async Task Records_without_details_stay_unknown_and_say_so()
    {
        await using var s = app.Factory.CreateDbScope();
        var boston = await s.Db.Pledges.Where(p => p.Organizations.Any(o => o.Organization!.Slug == "boston")).ToListAsync();
        boston.Count.ShouldBe(5);
        boston.ShouldAllBe(p => p.Title == null && p.Description == null && p.Compact == null && p.StartYear == null
            && p.Completeness == Completeness.DetailsNotDocumented && p.Kind == PledgeKind.Individual);
        (await s.Db.Pledges.CountAsync(p => p.Completeness == Completeness.DetailsNotDocumented)).ShouldBe(124 - 25);
    }

    [Fact]
    public async Task Published_statistics_are_kept_with_their_sources()
    {
        await using var s = app.Factory.CreateDbScope();
        var stats = await s.Db.PublishedStatistics.ToDictionaryAsync(x => x.Key);
        stats.Values.ShouldContain(x => x.Value == 124 && x.Unit == "count" && x.SourceSeed == "001_45f8febba912c4ab.txt");
        stats.Values.ShouldContain(x => x.Value == 85 && x.Unit == "count");
        stats.Values.ShouldContain(x => x.Value == 40 && x.Unit == "count");
        stats.Values.ShouldContain(x => x.Value == 150_000_000 && x.Unit == "residents" && x.Qualifier == "more-than");
        stats.Values.ShouldContain(x => x.Value == 80_000_000 && x.Unit == "usd");
        var priorities = Enumerable.Range(1, 8).Select(n => stats[$"pledges.by-priority.{n}"].Value).ToArray();
        priorities.ShouldBe([57m, 23m, 75m, 90m, 85m, 42m, 29m, 51m]);
        var round2026 = stats.Values.Where(x => x.Scope == "2026" && x.SourceSeed == "002_0b12c110cfdb9dab.txt").Select(x => (x.Value, x.Unit)).ToList();
        round2026.ShouldContain((43m, "count"));
        round2026.ShouldContain((42m, "count"));
        round2026.ShouldContain((73m, "percent"));
        round2026.ShouldContain((43m, "percent"));
        round2026.ShouldContain((51m, "percent"));
        stats.Values.ShouldAllBe(x => x.SourceQuote.Length > 0 && x.SourceSection.Length > 0);
    }

    [Fact]
    public async Task Every_seeded_pledge_and_update_has_its_creation_revision()
    {
        await using var s = app.Factory.CreateDbScope();
        (await s.Db.Revisions.CountAsync(r => r.EntityType == "Pledge" && r.ChangedBy == RegistrySeeder.SeedActor)).ShouldBe(124);
        (await s.Db.Revisions.CountAsync(r => r.EntityType == "PledgeUpdate")).ShouldBe(await s.Db.PledgeUpdates.CountAsync());
        var zurich = await s.Db.Pledges.FirstAsync(p => p.Title!.StartsWith("Enhancing the Cooperation"));
        var revision = await s.Db.Revisions.SingleAsync(r => r.EntityType == "Pledge" && r.EntityId == zurich.Id);
        revision.Snapshot.ShouldContain("\"compact\":\"Gcr\"");
    }

    [Fact]
    public async Task Seeding_again_adds_nothing_and_changes_nothing()
    {
        await using var s = app.Factory.CreateDbScope();
        var before = await Fingerprint(s.Db);
        var result = await s.Services.GetRequiredService<RegistrySeeder>().SeedAsync();
        result.AddedNothing.ShouldBeTrue(result.ToString());
        s.Db.ChangeTracker.Clear();
        (await Fingerprint(s.Db)).ShouldBe(before);
    }

    private static async Task<string> Fingerprint(LocalAction.Web.Data.LocalActionDbContext db) => string.Join('|',
        await db.Pledges.CountAsync(), await db.Organizations.CountAsync(), await db.PledgeUpdates.CountAsync(), await db.Revisions.CountAsync(),
        await db.PublishedStatistics.CountAsync(), await db.Countries.CountAsync(), await db.ChampionCountries.CountAsync(),
        await db.Pledges.MaxAsync(p => p.UpdatedAt), await db.Pledges.SumAsync(p => p.Version));

    private static IQueryable<Pledge> Documented(LocalAction.Web.Data.LocalActionDbContext db) => db.Pledges.AsNoTracking()
        .Include(p => p.Round).Include(p => p.Organizations).ThenInclude(o => o.Organization)
        .Include(p => p.Priorities).Include(p => p.GcmObjectives).Include(p => p.GcrAreas).Include(p => p.Sdgs)
        .Include(p => p.Partners).Include(p => p.Updates).AsSplitQuery();
}

public sealed class SeededRegistryTestsOnSqlite(SqliteApp app) : SeededRegistryTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class SeededRegistryTestsOnPostgres(PostgresApp app) : SeededRegistryTests<PostgresApp>(app), IClassFixture<PostgresApp>;

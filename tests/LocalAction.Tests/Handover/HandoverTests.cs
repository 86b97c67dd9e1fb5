using System.IO.Compression;
using System.Net;
using System.Text.Json.Nodes;
using AngleSharp.Html.Parser;
using CsvHelper;
using LocalAction.Tests.Infrastructure;
using LocalAction.Web.Features.Accounts;
using LocalAction.Web.Features.Handover;
using LocalAction.Web.Features.Pledges;
using Microsoft.EntityFrameworkCore;

namespace LocalAction.Tests.Handover;

/// <summary>The hand-over packages of the seeded rounds, their validation report and who may fetch them, on both providers.</summary>
public abstract class HandoverTests<TApp>(TApp app) where TApp : SeededApp
{
    private LocalActionFactory F => app.Factory;

    [Fact]
    public async Task The_GCM_package_holds_only_the_rounds_GCM_and_Mirror_pledges_within_the_forms_limits()
    {
        var secretariat = await TestAccounts.ApiClientAsync(F, Roles.Secretariat);
        var package = await DownloadAsync(secretariat, "/api/v1/handover/gcm?round=imrf-2022", "gcm-imrf-2022");

        await using var scope = F.CreateDbScope();
        var round = await scope.Db.Pledges.Where(p => p.Round!.Code == "imrf-2022" && p.ReviewState == ReviewState.Published)
            .Select(p => new { p.PublicId, p.Compact, p.Description }).ToListAsync();
        var compactOf = round.ToDictionary(p => p.PublicId, p => p.Compact);

        package.Rows.ShouldNotBeEmpty();
        foreach (var row in package.Rows)
        {
            compactOf.ShouldContainKey(row["pledge_id"]);
            compactOf[row["pledge_id"]].ShouldBeOneOf(Compact.Gcm, Compact.Mirror);
            row["round"].ShouldBe("imrf-2022");
            row["description"].Length.ShouldBeInRange(300, 3_000);
            row["gcm_objectives"].ShouldNotBeEmpty();
            row["pledge_type"].ShouldBeOneOf("individual", "in partnership", "common");
            row["contact"].ShouldBeEmpty();
            row["url"].ShouldEndWith("/pledges/" + row["pledge_id"]);
        }
        // Every GCM or Mirror pledge of the round is either handed over or named in the report as blocked.
        var blocked = package.Report.Where(r => r["blocks_hand_over"] == "yes").Select(r => r["pledge_id"]).ToHashSet();
        round.Where(p => p.Compact is Compact.Gcm or Compact.Mirror).Select(p => p.PublicId)
            .ShouldAllBe(id => package.Rows.Any(r => r["pledge_id"] == id) ^ blocked.Contains(id));
        package.Rows.Select(r => r["pledge_id"]).ShouldNotContain(id => blocked.Contains(id));

        // IDP-only actions are listed as left out, and nowhere else.
        var idpOnly = round.Where(p => p.Compact == Compact.IdpOnly).Select(p => p.PublicId).ToList();
        idpOnly.ShouldNotBeEmpty();
        package.LeftOut.Select(r => r["pledge_id"]).ShouldBe(idpOnly, ignoreOrder: true);
        package.LeftOut.ShouldAllBe(r => r["reason"].StartsWith("IDP-only"));
        package.Report.Select(r => r["pledge_id"]).ShouldNotContain(id => idpOnly.Contains(id));
    }

    [Fact]
    public async Task The_report_names_every_pledge_without_a_documented_description_instead_of_inventing_one()
    {
        var secretariat = await TestAccounts.ApiClientAsync(F, Roles.Secretariat);
        var package = await DownloadAsync(secretariat, "/api/v1/handover/gcm?round=imrf-2022", "gcm-imrf-2022");

        await using var scope = F.CreateDbScope();
        var undocumented = await scope.Db.Pledges
            .Where(p => p.Round!.Code == "imrf-2022" && p.ReviewState == ReviewState.Published && p.Description == null
                && (p.Compact == null || p.Compact == Compact.Gcm || p.Compact == Compact.Mirror))
            .Select(p => p.PublicId).ToListAsync();
        undocumented.Count.ShouldBeGreaterThan(50); // most seeded pledges have no documented description
        var named = package.Report.Where(r => r["field"] == "description" && r["problem"] == "No description is documented in the registry.")
            .Select(r => r["pledge_id"]).ToList();
        named.ShouldBe(undocumented, ignoreOrder: true);
        // A short description is named with its length, not padded.
        var shortOnes = await scope.Db.Pledges
            .Where(p => p.Round!.Code == "imrf-2022" && p.Description != null && p.Description.Length < 300 && p.Compact == Compact.Mirror)
            .Select(p => new { p.PublicId, p.Description }).ToListAsync();
        foreach (var pledge in shortOnes)
            package.Report.ShouldContain(r => r["pledge_id"] == pledge.PublicId && r["problem"].StartsWith($"The description is {pledge.Description!.Trim().Length} characters long"));
        // Nobody's e-mail is handed over: the missing contact is reported, not filled from accounts.
        package.Report.Where(r => r["field"] == "contact").ShouldAllBe(r => r["blocks_hand_over"] == "no");
        package.Rows.ShouldAllBe(r => !r["contact"].Contains('@'));
    }

    [Fact]
    public async Task The_GCR_package_carries_areas_of_focus_and_stage_and_reports_the_unrecorded_contribution_type()
    {
        var secretariat = await TestAccounts.ApiClientAsync(F, Roles.Secretariat);
        var package = await DownloadAsync(secretariat, "/api/v1/handover/gcr?round=grf-2023", "gcr-grf-2023");
        package.Rows.ShouldNotBeEmpty();
        package.Rows.ShouldAllBe(r => (r["compact"] == "gcr" || r["compact"] == "mirror") && r["round"] == "grf-2023" && r["areas_of_focus"] != "");
        package.Rows.ShouldAllBe(r => r["contribution_type"] == "");
        foreach (var row in package.Rows)
            package.Report.ShouldContain(r => r["pledge_id"] == row["pledge_id"] && r["field"] == "contribution_type" && r["blocks_hand_over"] == "no");
        package.Rows.Where(r => r["stage"] != "").ShouldAllBe(r => new[] { "planning", "in progress", "fulfilled", "discontinued" }.Contains(r["stage"]));

        var gfmd = await DownloadAsync(secretariat, "/api/v1/handover/gfmd?round=grf-2023", "gfmd-grf-2023");
        gfmd.Rows.Count.ShouldBeGreaterThanOrEqualTo(package.Rows.Count);
        gfmd.Rows.ShouldAllBe(r => r["title"] != "" && r["description"] != "");
    }

    [Fact]
    public async Task Only_the_Secretariat_gets_packages_and_unknown_packages_or_rounds_are_named()
    {
        (await F.CreateClient().GetAsync("/api/v1/handover/gcm?round=imrf-2022")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var organizationId = await FirstOrganizationAsync();
        var focal = await TestAccounts.ApiClientAsync(F, Roles.FocalPoint, organizationId);
        var forbidden = await focal.GetAsync("/api/v1/handover/gcm?round=imrf-2022");
        forbidden.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await forbidden.Content.ReadAsStringAsync()).ShouldContain("Only the Secretariat");

        var secretariat = await TestAccounts.ApiClientAsync(F, Roles.Secretariat);
        var unknownPackage = await secretariat.GetAsync("/api/v1/handover/unhcr?round=imrf-2022");
        unknownPackage.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = JsonNode.Parse(await unknownPackage.Content.ReadAsStringAsync())!;
        problem["parameter"]!.GetValue<string>().ShouldBe("package");
        problem["detail"]!.GetValue<string>().ShouldContain("gcm, gcr, gfmd");
        var unknownRound = await secretariat.GetAsync("/api/v1/handover/gcm?round=imrf-1999");
        unknownRound.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        JsonNode.Parse(await unknownRound.Content.ReadAsStringAsync())!["parameter"]!.GetValue<string>().ShouldBe("round");
        (await secretariat.GetAsync("/api/v1/handover/gcm")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task The_page_shows_the_Secretariat_what_will_be_handed_over_and_refuses_everyone_else()
    {
        var anonymous = TestAccounts.BrowserClient(F);
        var redirect = await anonymous.GetAsync("/handover?round=imrf-2022&package=gcm");
        redirect.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        redirect.Headers.Location!.ToString().ShouldContain("/account/sign-in");
        (await anonymous.GetAsync("/handover?handler=download&round=imrf-2022&package=gcm")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var (focal, _) = await TestAccounts.SignedInClientAsync(F, Roles.FocalPoint, await FirstOrganizationAsync());
        var denied = await focal.GetAsync("/handover?handler=download&round=imrf-2022&package=gcm");
        denied.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        denied.Headers.Location!.ToString().ShouldContain("/account/denied");

        var (secretariat, _) = await TestAccounts.SignedInClientAsync(F, Roles.Secretariat);
        var html = await secretariat.GetStringAsync("/handover?round=imrf-2022&package=gcm");
        var page = new HtmlParser().ParseDocument(html);
        var api = await DownloadAsync(await TestAccounts.ApiClientAsync(F, Roles.Secretariat), "/api/v1/handover/gcm?round=imrf-2022", "gcm-imrf-2022");
        page.QuerySelector("[data-figure=rows]")!.TextContent.Trim().ShouldBe(api.Rows.Count.ToString());
        page.QuerySelector("[data-figure=left-out]")!.TextContent.Trim().ShouldBe(api.LeftOut.Count.ToString());
        page.QuerySelectorAll("table.handover-report tbody tr").Length.ShouldBe(api.Report.Count);
        page.QuerySelectorAll(".handover-left-out li").Length.ShouldBe(api.LeftOut.Count);
        page.QuerySelectorAll(".handover-rows li").Select(li => li.GetAttribute("data-pledge")).ShouldBe(api.Rows.Select(r => r["pledge_id"]));

        var download = await secretariat.GetAsync(page.QuerySelector("a[download]")!.GetAttribute("href"));
        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        download.Content.Headers.ContentType!.MediaType.ShouldBe("application/zip");
        download.Content.Headers.ContentDisposition!.FileNameStar.ShouldBe("localaction-handover-gcm-imrf-2022.zip");

        (await secretariat.GetAsync("/handover?round=imrf-1999&package=gcm")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await secretariat.GetAsync("/handover?handler=download&round=imrf-2022&package=unhcr")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData(PledgeKind.Individual, false, "individual")]
    [InlineData(PledgeKind.Individual, true, "in partnership")]
    [InlineData(PledgeKind.CityToCityJoint, true, "in partnership")]
    [InlineData(PledgeKind.NationalLocal, false, "in partnership")]
    [InlineData(PledgeKind.NetworkOnBehalfOfMembers, false, "common")]
    [InlineData(null, true, "in partnership")]
    [InlineData(null, false, null)]
    public void The_GCM_pledge_type_follows_the_kind_and_the_co_pledgers(PledgeKind? kind, bool coPledgers, string? expected) =>
        HandoverBuilder.PledgeType(kind, coPledgers).ShouldBe(expected);

    [Fact]
    public void Values_a_spreadsheet_would_run_as_formulas_get_a_leading_apostrophe()
    {
        var csv = HandoverZip.Csv(["a", "b", "c", "d", "e"], [["=HYPERLINK(\"x\")", "+1", "-2", "@SUM(A1)", "plain, with comma"]]);
        var record = Parse(csv).Single();
        record["a"].ShouldBe("'=HYPERLINK(\"x\")");
        record["b"].ShouldBe("'+1");
        record["c"].ShouldBe("'-2");
        record["d"].ShouldBe("'@SUM(A1)");
        record["e"].ShouldBe("plain, with comma");
    }

    private sealed record Package(List<Dictionary<string, string>> Rows, List<Dictionary<string, string>> Report, List<Dictionary<string, string>> LeftOut);

    private static async Task<Package> DownloadAsync(HttpClient client, string url, string stem)
    {
        var response = await client.GetAsync(url);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/zip");
        using var zip = new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        var round = stem[(stem.IndexOf('-') + 1)..];
        zip.Entries.Select(e => e.FullName).ShouldBe([$"{stem}.csv", $"{stem}-validation-report.csv", $"{round}-left-out.csv"], ignoreOrder: true);
        List<Dictionary<string, string>> Read(string name)
        {
            using var reader = new StreamReader(zip.GetEntry(name)!.Open());
            return Parse(reader.ReadToEnd());
        }
        return new Package(Read($"{stem}.csv"), Read($"{stem}-validation-report.csv"), Read($"{round}-left-out.csv"));
    }

    private static List<Dictionary<string, string>> Parse(string csv)
    {
        using var reader = new CsvReader(new StringReader(csv.TrimStart('\uFEFF')), System.Globalization.CultureInfo.InvariantCulture);
        reader.Read();
        reader.ReadHeader();
        var header = reader.HeaderRecord!;
        var rows = new List<Dictionary<string, string>>();
        while (reader.Read()) rows.Add(header.ToDictionary(h => h, h => reader.GetField(h) ?? ""));
        return rows;
    }

    private async Task<int> FirstOrganizationAsync()
    {
        await using var scope = F.CreateDbScope();
        return await scope.Db.Organizations.OrderBy(o => o.Id).Select(o => o.Id).FirstAsync();
    }
}

public sealed class HandoverTestsOnSqlite(SqliteApp app) : HandoverTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class HandoverTestsOnPostgres(PostgresApp app) : HandoverTests<PostgresApp>(app), IClassFixture<PostgresApp>;

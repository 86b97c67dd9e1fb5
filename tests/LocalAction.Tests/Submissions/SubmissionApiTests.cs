using System.Net;
using System.Net.Http.Json;
using LocalAction.Tests.Infrastructure;
using LocalAction.Web.Features.Accounts;
using Microsoft.EntityFrameworkCore;
using Shouldly;
using Xunit;
using static LocalAction.Tests.Submissions.SubmissionTestData;

namespace LocalAction.Tests.Submissions;

/// <summary>The submission and review workflow through the API with personal tokens, on both providers.</summary>
public abstract class SubmissionApiTests<TApp>(TApp app) where TApp : SeededApp
{
    private LocalActionFactory F => app.Factory;

    [Fact]
    public async Task A_pledge_goes_from_draft_through_changes_requested_to_published_and_public()
    {
        var accra = await OrganizationIdAsync(F, "accra");
        var focal = await TestAccounts.ApiClientAsync(F, Roles.FocalPoint, accra);
        var secretariat = await TestAccounts.ApiClientAsync(F, Roles.Secretariat);
        var (id, version) = await CreateCompleteDraftAsync(focal, "accra");

        var submitted = await focal.PostAsJsonAsync($"/api/v1/submissions/{id}/submit", new { version });
        submitted.StatusCode.ShouldBe(HttpStatusCode.OK);
        State(await ReadAsync(submitted)).ShouldBe("Submitted");
        (await ReviewAsync(secretariat, id, "start-review")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ReviewAsync(secretariat, id, "request-changes")).StatusCode.ShouldBe(HttpStatusCode.BadRequest); // a reason is required
        (await ReviewAsync(secretariat, id, "request-changes", "Please name the four districts.")).StatusCode.ShouldBe(HttpStatusCode.OK);

        // The submitters see the state and the comment.
        var seen = await ReadAsync(await focal.GetAsync($"/api/v1/submissions/{id}"));
        State(seen).ShouldBe("ChangesRequested");
        seen["decisions"]!.AsArray().ShouldContain(d => d!["comment"] != null && d["comment"]!.GetValue<string>() == "Please name the four districts.");

        var content = Complete("accra", "Welcome desks in Ablekuma, Ayawaso, Okaikwei and Ashiedu Keteke");
        var saved = await focal.PutAsJsonAsync($"/api/v1/submissions/{id}", new { version = seen["version"]!.GetValue<int>(), content });
        saved.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await focal.PostAsJsonAsync($"/api/v1/submissions/{id}/submit", new { version = await VersionAsync(focal, id) })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ReviewAsync(secretariat, id, "start-review")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ReviewAsync(secretariat, id, "validate")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var published = await ReadAsync(await ReviewAsync(secretariat, id, "publish"));
        State(published).ShouldBe("Published");
        var publicId = published["publishedPublicId"]!.GetValue<string>();
        publicId.ShouldStartWith("CLA-2026-");

        var pledge = await ReadAsync(await F.CreateClient().GetAsync($"/api/v1/pledges/{publicId}"));
        pledge["title"]!.GetValue<string>().ShouldBe("Welcome desks in Ablekuma, Ayawaso, Okaikwei and Ashiedu Keteke");
        var decisions = (await ReadAsync(await focal.GetAsync($"/api/v1/submissions/{id}")))["decisions"]!.AsArray().Select(d => d!["action"]!.GetValue<string>());
        decisions.ShouldBe(["created", "submitted", "start-review", "request-changes", "resubmitted", "start-review", "validate", "publish"]);
    }

    [Fact]
    public async Task Submitting_an_incomplete_draft_lists_every_missing_field_and_changes_nothing()
    {
        var focal = await TestAccounts.ApiClientAsync(F, Roles.FocalPoint, await OrganizationIdAsync(F, "accra"));
        var created = await focal.PostAsJsonAsync("/api/v1/submissions", new { round = "imrf-2026", leadOrganization = "accra" });
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var json = await ReadAsync(created);
        var id = json["id"]!.GetValue<int>();

        var refused = await focal.PostAsJsonAsync($"/api/v1/submissions/{id}/submit", new { version = json["version"]!.GetValue<int>() });
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await ReadAsync(refused))["errors"]!.AsObject().Select(e => e.Key).ToList();
        errors.ShouldBe(["title", "description", "language", "compact", "beneficiaries", "priorities"], ignoreOrder: true);
        State(await ReadAsync(await focal.GetAsync($"/api/v1/submissions/{id}"))).ShouldBe("Draft");
    }

    [Fact]
    public async Task Bad_values_get_a_message_each_and_the_draft_keeps_its_content()
    {
        var focal = await TestAccounts.ApiClientAsync(F, Roles.FocalPoint, await OrganizationIdAsync(F, "accra"));
        var (id, version) = await CreateCompleteDraftAsync(focal, "accra");
        var bad = new
        {
            round = "imrf-2026", leadOrganization = "accra", title = "T", description = new string('x', 100_000), language = "klingon",
            compact = "IdpOnly", beneficiaries = new[] { "Martians" }, priorities = new[] { "9" }, gcmObjectives = new[] { "24" },
            gcrAreas = new[] { "space" }, sdgs = new[] { "18" }, startYear = "1999", endYear = "abc", budgetAmount = "-5", budgetCurrency = "XYZ",
            coPledgers = new[] { "atlantis" },
        };
        var response = await focal.PutAsJsonAsync($"/api/v1/submissions/{id}", new { version, content = bad });
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await ReadAsync(response))["errors"]!.AsObject();
        errors.Select(e => e.Key).ShouldBe(["description", "language", "compact", "beneficiaries", "priorities", "gcmObjectives", "gcrAreas", "sdgs",
            "startYear", "endYear", "budgetAmount", "budgetCurrency", "coPledgers"], ignoreOrder: true);
        errors["description"]![0]!.GetValue<string>().ShouldContain("20,000");
        errors["coPledgers"]![0]!.GetValue<string>().ShouldContain("atlantis");
        errors["priorities"]![0]!.GetValue<string>().ShouldContain("'9'");

        var stored = await ReadAsync(await focal.GetAsync($"/api/v1/submissions/{id}"));
        stored["version"]!.GetValue<int>().ShouldBe(version);
        stored["content"]!["title"]!.GetValue<string>().ShouldBe("Welcome desks for newcomers");
    }

    [Fact]
    public async Task Script_and_HTML_are_kept_as_text()
    {
        var focal = await TestAccounts.ApiClientAsync(F, Roles.FocalPoint, await OrganizationIdAsync(F, "accra"));
        var (id, version) = await CreateCompleteDraftAsync(focal, "accra");
        const string hostile = "<script>alert('x')</script><b onmouseover=\"x()\">bold</b> & \"quotes\"";
        var content = Complete("accra", hostile);
        (await focal.PutAsJsonAsync($"/api/v1/submissions/{id}", new { version, content })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ReadAsync(await focal.GetAsync($"/api/v1/submissions/{id}")))["content"]!["title"]!.GetValue<string>().ShouldBe(hostile);
    }

    [Fact]
    public async Task The_second_of_two_saves_from_the_same_version_gets_409_with_the_current_version()
    {
        var accra = await OrganizationIdAsync(F, "accra");
        var first = await TestAccounts.ApiClientAsync(F, Roles.FocalPoint, accra);
        var second = await TestAccounts.ApiClientAsync(F, Roles.FocalPoint, accra);
        var (id, version) = await CreateCompleteDraftAsync(first, "accra");

        (await first.PutAsJsonAsync($"/api/v1/submissions/{id}", new { version, content = Complete("accra", "First title") })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var conflict = await second.PutAsJsonAsync($"/api/v1/submissions/{id}", new { version, content = Complete("accra", "Second title") });

        conflict.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var problem = await ReadAsync(conflict);
        problem["currentVersion"]!.GetValue<int>().ShouldBe(version + 1);
        problem["current"]!["content"]!["title"]!.GetValue<string>().ShouldBe("First title");
        (await ReadAsync(await first.GetAsync($"/api/v1/submissions/{id}")))["content"]!["title"]!.GetValue<string>().ShouldBe("First title");
    }

    [Fact]
    public async Task Nobody_but_the_Secretariat_edits_a_pledge_under_review()
    {
        var focal = await TestAccounts.ApiClientAsync(F, Roles.FocalPoint, await OrganizationIdAsync(F, "accra"));
        var secretariat = await TestAccounts.ApiClientAsync(F, Roles.Secretariat);
        var (id, version) = await CreateCompleteDraftAsync(focal, "accra");
        (await focal.PostAsJsonAsync($"/api/v1/submissions/{id}/submit", new { version })).EnsureSuccessStatusCode();
        (await ReviewAsync(secretariat, id, "start-review")).EnsureSuccessStatusCode();
        var current = await VersionAsync(focal, id);

        var refused = await focal.PutAsJsonAsync($"/api/v1/submissions/{id}", new { version = current, content = Complete("accra", "Changed") });
        refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await ReadAsync(refused))["detail"]!.GetValue<string>().ShouldContain("only the Secretariat can change it now");
        (await secretariat.PutAsJsonAsync($"/api/v1/submissions/{id}", new { version = current, content = Complete("accra", "Typo fixed by the Secretariat") }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_joint_pledge_needs_the_co_pledger_to_accept_before_it_can_edit_or_be_validated()
    {
        var lead = await TestAccounts.ApiClientAsync(F, Roles.FocalPoint, await OrganizationIdAsync(F, "accra"));
        var co = await TestAccounts.ApiClientAsync(F, Roles.FocalPoint, await OrganizationIdAsync(F, "bogota"));
        var secretariat = await TestAccounts.ApiClientAsync(F, Roles.Secretariat);
        var (id, version) = await CreateCompleteDraftAsync(lead, "accra", ["bogota"]);

        var early = await co.PutAsJsonAsync($"/api/v1/submissions/{id}", new { version, content = Complete("accra", "Co-pledger edit", ["bogota"]) });
        early.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await ReadAsync(early))["detail"]!.GetValue<string>().ShouldContain("Accept the invitation");

        (await lead.PostAsJsonAsync($"/api/v1/submissions/{id}/submit", new { version })).EnsureSuccessStatusCode();
        (await ReviewAsync(secretariat, id, "start-review")).EnsureSuccessStatusCode();
        var notYet = await ReviewAsync(secretariat, id, "validate");
        notYet.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ReadAsync(notYet))["errors"]!["coPledgers"]![0]!.GetValue<string>().ShouldContain("Bogot");

        (await co.PostAsync($"/api/v1/submissions/{id}/co-pledgers/bogota/accept", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ReviewAsync(secretariat, id, "validate")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var publicId = (await ReadAsync(await ReviewAsync(secretariat, id, "publish")))["publishedPublicId"]!.GetValue<string>();
        var pledge = await ReadAsync(await F.CreateClient().GetAsync($"/api/v1/pledges/{publicId}"));
        pledge.ToJsonString().ShouldContain("Bogot");
    }

    [Fact]
    public async Task Editing_a_published_pledge_goes_through_review_while_the_published_version_stays_visible()
    {
        string publicId, slug, originalTitle;
        await using (var scope = F.CreateDbScope())
        {
            var pledge = await scope.Db.Pledges.Include(p => p.Organizations).ThenInclude(o => o.Organization)
                .Where(p => p.Title != null && p.Completeness == LocalAction.Web.Features.Pledges.Completeness.Documented && p.Organizations.Count == 1)
                .OrderBy(p => p.PublicId).FirstAsync(p => p.PublicId.StartsWith("CLA-2023"));
            (publicId, slug, originalTitle) = (pledge.PublicId, pledge.Organizations[0].Organization!.Slug, pledge.Title!);
        }
        var focal = await TestAccounts.ApiClientAsync(F, Roles.FocalPoint, await OrganizationIdAsync(F, slug));
        var secretariat = await TestAccounts.ApiClientAsync(F, Roles.Secretariat);
        var edit = await ReadAsync(await focal.PostAsync($"/api/v1/pledges/{publicId}/edits", null));
        var id = edit["id"]!.GetValue<int>();
        var content = System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, object?>>(edit["content"]!.ToJsonString(), SubmissionTestData.Web)!;
        content["title"] = "Revised title";
        content["language"] ??= "en";
        content["compact"] ??= "Gcm";
        var saved = await focal.PutAsJsonAsync($"/api/v1/submissions/{id}", new { version = edit["version"]!.GetValue<int>(), content });
        saved.StatusCode.ShouldBe(HttpStatusCode.OK, await saved.Content.ReadAsStringAsync());
        (await focal.PostAsJsonAsync($"/api/v1/submissions/{id}/submit", new { version = await VersionAsync(focal, id) })).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await ReadAsync(await F.CreateClient().GetAsync($"/api/v1/pledges/{publicId}")))["title"]!.GetValue<string>().ShouldBe(originalTitle);
        (await ReviewAsync(secretariat, id, "start-review")).EnsureSuccessStatusCode();
        (await ReviewAsync(secretariat, id, "validate")).EnsureSuccessStatusCode();
        var published = await ReadAsync(await ReviewAsync(secretariat, id, "publish"));
        published["publishedPublicId"]!.GetValue<string>().ShouldBe(publicId);

        var after = await ReadAsync(await F.CreateClient().GetAsync($"/api/v1/pledges/{publicId}"));
        after["title"]!.GetValue<string>().ShouldBe("Revised title");
        after["source"]!["document"]!.GetValue<string>().ShouldBe("submission");
        await using var check = F.CreateDbScope();
        var pledgeId = await check.Db.Pledges.Where(p => p.PublicId == publicId).Select(p => p.Id).SingleAsync();
        (await check.Db.Revisions.CountAsync(r => r.EntityId == pledgeId && r.EntityType == "Pledge" && r.Action == "revised")).ShouldBe(1);
    }

    [Fact]
    public async Task Bulk_decisions_change_all_or_nothing()
    {
        var focal = await TestAccounts.ApiClientAsync(F, Roles.FocalPoint, await OrganizationIdAsync(F, "accra"));
        var secretariat = await TestAccounts.ApiClientAsync(F, Roles.Secretariat);
        var (a, va) = await CreateCompleteDraftAsync(focal, "accra");
        var (b, vb) = await CreateCompleteDraftAsync(focal, "accra");
        (await focal.PostAsJsonAsync($"/api/v1/submissions/{a}/submit", new { version = va })).EnsureSuccessStatusCode();

        var refused = await secretariat.PostAsJsonAsync("/api/v1/submissions/review", new { ids = new[] { a, b }, action = "start-review" });
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ReadAsync(refused))["refusals"]!.AsObject().Select(r => r.Key).ShouldBe([b.ToString()]);
        State(await ReadAsync(await focal.GetAsync($"/api/v1/submissions/{a}"))).ShouldBe("Submitted");

        (await focal.PostAsJsonAsync($"/api/v1/submissions/{b}/submit", new { version = vb })).EnsureSuccessStatusCode();
        (await secretariat.PostAsJsonAsync("/api/v1/submissions/review", new { ids = new[] { a, b }, action = "start-review" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        State(await ReadAsync(await focal.GetAsync($"/api/v1/submissions/{b}"))).ShouldBe("InReview");
    }

    [Fact]
    public async Task Marking_IDP_only_publishes_the_pledge_counted_apart()
    {
        var focal = await TestAccounts.ApiClientAsync(F, Roles.FocalPoint, await OrganizationIdAsync(F, "accra"));
        var secretariat = await TestAccounts.ApiClientAsync(F, Roles.Secretariat);
        var (id, version) = await CreateCompleteDraftAsync(focal, "accra");
        (await focal.PostAsJsonAsync($"/api/v1/submissions/{id}/submit", new { version })).EnsureSuccessStatusCode();
        var marked = await ReadAsync(await ReviewAsync(secretariat, id, "mark-idp-only", "Serves internally displaced people only."));
        var pledge = await ReadAsync(await F.CreateClient().GetAsync($"/api/v1/pledges/{marked["publishedPublicId"]!.GetValue<string>()}"));
        pledge["compact"]!.GetValue<string>().ShouldBe("idp-only");
    }

    [Fact]
    public async Task Unknown_JSON_fields_and_oversized_bodies_are_refused()
    {
        var focal = await TestAccounts.ApiClientAsync(F, Roles.FocalPoint, await OrganizationIdAsync(F, "accra"));
        (await focal.PostAsJsonAsync("/api/v1/submissions", new { round = "imrf-2026", leadOrganization = "accra", titel = "typo" }))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var huge = new StringContent("{\"title\":\"" + new string('x', 2_000_000) + "\"}", System.Text.Encoding.UTF8, "application/json");
        (await focal.PostAsync("/api/v1/submissions", huge)).StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        await using var scope = F.CreateDbScope();
        (await scope.Db.Submissions.CountAsync(s => s.Title == "typo")).ShouldBe(0);
    }

    [Fact]
    public async Task The_submitters_are_told_of_decisions_in_the_language_they_wrote_in()
    {
        var focal = await TestAccounts.ApiClientAsync(F, Roles.FocalPoint, await OrganizationIdAsync(F, "accra"));
        var secretariat = await TestAccounts.ApiClientAsync(F, Roles.Secretariat);
        var (id, version) = await CreateCompleteDraftAsync(focal, "accra");
        var content = Complete("accra", "Guichets d'accueil");
        var json = System.Text.Json.JsonSerializer.SerializeToNode(content, SubmissionTestData.Web)!.AsObject();
        json["language"] = "fr";
        (await focal.PutAsJsonAsync($"/api/v1/submissions/{id}", new { version, content = json })).EnsureSuccessStatusCode();
        (await focal.PostAsJsonAsync($"/api/v1/submissions/{id}/submit", new { version = version + 1 })).EnsureSuccessStatusCode();
        (await ReviewAsync(secretariat, id, "reject", "Hors du champ de l'appel.")).EnsureSuccessStatusCode();

        await using var scope = F.CreateDbScope();
        var creator = await scope.Db.Submissions.Where(s => s.Id == id).Select(s => s.CreatedByUserId).SingleAsync();
        var email = await scope.Db.Users.Where(u => u.Id == creator).Select(u => u.Email).SingleAsync();
        var message = await scope.Db.OutboxMessages.Where(m => m.To == email && m.Purpose == "review").SingleAsync();
        message.Body.ShouldContain("Hors du champ de l'appel.");
        message.Body.ShouldContain("Guichets d'accueil");
        message.Subject.ShouldNotContain("Review of your pledge");
    }

    [Fact]
    public async Task A_co_pledger_focal_point_is_invited_in_their_own_language_not_the_lead_s()
    {
        var coPledger = await OrganizationIdAsync(F, "bogota");
        var spanish = await TestAccounts.CreateUserAsync(F, Roles.FocalPoint, coPledger);
        await using (var scope = F.CreateDbScope())
        {
            (await scope.Db.Users.SingleAsync(u => u.Id == spanish.Id)).PreferredLanguage = "es";
            await scope.Db.SaveChangesAsync();
        }
        var lead = await TestAccounts.ApiClientAsync(F, Roles.FocalPoint, await OrganizationIdAsync(F, "accra"));
        lead.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr");

        await CreateCompleteDraftAsync(lead, "accra", ["bogota"]);

        await using var check = F.CreateDbScope();
        (await check.Db.OutboxMessages.SingleAsync(m => m.To == spanish.Email && m.Purpose == "co-pledge")).Subject.ShouldBe("Se le invita a asumir un compromiso conjunto");
    }

    [Fact]
    public async Task A_co_pledger_edits_but_cannot_take_the_lead_or_drop_the_other_pledgers()
    {
        var lead = await TestAccounts.ApiClientAsync(F, Roles.FocalPoint, await OrganizationIdAsync(F, "accra"));
        var co = await TestAccounts.ApiClientAsync(F, Roles.FocalPoint, await OrganizationIdAsync(F, "bogota"));
        var (id, version) = await CreateCompleteDraftAsync(lead, "accra", ["bogota"]);
        (await co.PostAsync($"/api/v1/submissions/{id}/co-pledgers/bogota/accept", null)).EnsureSuccessStatusCode();
        version = await VersionAsync(co, id);

        var takeover = await co.PutAsJsonAsync($"/api/v1/submissions/{id}", new { version, content = Complete("bogota", "Taken over") });
        takeover.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await ReadAsync(takeover))["detail"]!.GetValue<string>().ShouldContain("Only the lead organization or the Secretariat");
        (await co.PutAsJsonAsync($"/api/v1/submissions/{id}", new { version, content = Complete("accra", "Edited by the co-pledger", ["bogota"]) }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ReadAsync(await lead.GetAsync($"/api/v1/submissions/{id}")))["leadOrganization"]!.GetValue<string>().ShouldBe("accra");
    }

    [Fact]
    public async Task Listing_with_an_unknown_state_or_page_zero_is_refused_with_the_parameter_named()
    {
        var focal = await TestAccounts.ApiClientAsync(F, Roles.FocalPoint, await OrganizationIdAsync(F, "accra"));
        var response = await focal.GetAsync("/api/v1/submissions?state=finished&page=0");
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ReadAsync(response))["errors"]!.AsObject().Select(e => e.Key).ShouldBe(["state", "page"], ignoreOrder: true);
        (await focal.GetAsync("/api/v1/submissions?state=InReview")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}

public sealed class SubmissionApiTestsOnSqlite(SqliteApp app) : SubmissionApiTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class SubmissionApiTestsOnPostgres(PostgresApp app) : SubmissionApiTests<PostgresApp>(app), IClassFixture<PostgresApp>;

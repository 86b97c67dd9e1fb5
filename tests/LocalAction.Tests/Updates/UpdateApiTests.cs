using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using LocalAction.Tests.Infrastructure;
using LocalAction.Web.Features.Accounts;
using LocalAction.Web.Features.Updates;
using Microsoft.EntityFrameworkCore;
using Shouldly;
using Xunit;
using static LocalAction.Tests.Submissions.SubmissionTestData;
using static LocalAction.Tests.Updates.UpdateTestData;

namespace LocalAction.Tests.Updates;

/// <summary>The update process through the API: submit, interview, correct, validate, reject, and every refusal, on both providers.</summary>
public abstract class UpdateApiTests<TApp>(TApp app) where TApp : SeededApp
{
    private LocalActionFactory F => app.Factory;

    [Fact]
    public async Task A_submitted_update_is_interviewed_corrected_and_validated_and_keeps_both_values()
    {
        var pledge = await PledgeAsync(F, 0);
        await CampaignAsync(F, [pledge.Id]);
        var focal = await TestAccounts.ApiClientAsync(F, Roles.FocalPoint, pledge.OrganizationId);
        var secretariat = await TestAccounts.ApiClientAsync(F, Roles.Secretariat);

        var created = await focal.PostAsJsonAsync($"/api/v1/pledges/{pledge.PublicId}/updates", Valid("Language classes for 1,200 newcomers."));
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var update = await ReadAsync(created);
        var id = update["id"]!.GetValue<int>();
        update["status"]!.GetValue<string>().ShouldBe("Submitted");
        update["moneyMobilizedUsd"]!.GetValue<decimal>().ShouldBe(54_000m);
        (await F.CreateClient().GetStringAsync($"/pledges/{pledge.PublicId}")).ShouldNotContain("Language classes for 1,200 newcomers.");

        (await secretariat.PostAsJsonAsync($"/api/v1/updates/{id}/interviews", new { heldOn = F.Clock.Today.ToString("yyyy-MM-dd"), interviewer = "M. Diallo", notes = "The total counts each person once." }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        var values = Valid("Language classes for 1,200 newcomers.");
        values["peopleReachedTotal"] = "1150";
        var corrected = await ReadAsync(await secretariat.PutAsJsonAsync($"/api/v1/updates/{id}", new { version = 1, values }));
        corrected["submitted"]!["peopleReachedTotal"]!.GetValue<string>().ShouldBe("1200");
        corrected["current"]!["peopleReachedTotal"]!.GetValue<string>().ShouldBe("1150");
        corrected["corrected"]!.AsArray().Select(x => x!.GetValue<string>()).ShouldBe([UpdateFields.PeopleReachedTotal]);
        corrected["interviews"]!.AsArray().Count.ShouldBe(1);

        var validated = await secretariat.PostAsJsonAsync($"/api/v1/updates/{id}/validate", new { version = corrected["version"]!.GetValue<int>() });
        validated.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ReadAsync(validated))["status"]!.GetValue<string>().ShouldBe("Validated");
        (await F.CreateClient().GetStringAsync($"/pledges/{pledge.PublicId}")).ShouldContain("Language classes for 1,200 newcomers.");
        await using var scope = F.CreateDbScope();
        (await scope.Db.Pledges.SingleAsync(p => p.Id == pledge.Id)).Stage.ShouldBe(LocalAction.Web.Features.Pledges.PledgeStage.InProgress);
        (await scope.Db.AuditEvents.CountAsync(e => e.Target == $"update:{id}")).ShouldBe(3);
    }

    [Fact]
    public async Task Bad_values_are_all_named_at_once_and_nothing_is_stored()
    {
        var pledge = await PledgeAsync(F, 1);
        await CampaignAsync(F, [pledge.Id]);
        var focal = await TestAccounts.ApiClientAsync(F, Roles.FocalPoint, pledge.OrganizationId);
        var bad = Valid();
        bad["stage"] = "finished";
        bad["peopleReachedTotal"] = "-5";
        bad["peopleReachedMigrants"] = "900000000";
        bad["moneyCurrency"] = "XYZ";
        bad["usdRate"] = "2500";
        bad["consentToPublish"] = null;
        bad["results"] = new string('x', 20_001);
        var response = await focal.PostAsJsonAsync($"/api/v1/pledges/{pledge.PublicId}/updates", bad);
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await ReadAsync(response))["errors"]!.AsObject();
        errors.Select(e => e.Key).ShouldBe([UpdateFields.Stage, UpdateFields.Results, UpdateFields.PeopleReachedTotal, UpdateFields.PeopleReachedMigrants,
            UpdateFields.MoneyCurrency, UpdateFields.UsdRate, UpdateFields.ConsentToPublish], ignoreOrder: true);
        Message(errors, UpdateFields.PeopleReachedTotal).ShouldContain("cannot be negative");
        Message(errors, UpdateFields.PeopleReachedMigrants).ShouldContain("more than any local pledge reaches");
        Message(errors, UpdateFields.MoneyCurrency).ShouldContain("'XYZ' is not an ISO 4217 currency code");
        (await UpdateCountAsync(F, pledge.Id)).ShouldBe(await SeededUpdatesAsync(pledge.Id));
    }

    [Fact]
    public async Task Another_organizations_pledge_anonymous_callers_and_unknown_fields_are_refused()
    {
        var pledge = await PledgeAsync(F, 2);
        await CampaignAsync(F, [pledge.Id]);
        var stranger = await TestAccounts.ApiClientAsync(F, Roles.FocalPoint, await StrangerOrganizationAsync(F, pledge));
        var refused = await stranger.PostAsJsonAsync($"/api/v1/pledges/{pledge.PublicId}/updates", Valid());
        refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await ReadAsync(refused))["detail"]!.GetValue<string>().ShouldContain($"You do not act for any organization of the pledge {pledge.PublicId}");
        (await F.CreateClient().PostAsJsonAsync($"/api/v1/pledges/{pledge.PublicId}/updates", Valid())).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var focal = await TestAccounts.ApiClientAsync(F, Roles.FocalPoint, pledge.OrganizationId);
        var unknownField = Valid();
        unknownField["peopleReachedAliens"] = "3";
        (await focal.PostAsJsonAsync($"/api/v1/pledges/{pledge.PublicId}/updates", unknownField)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await focal.PostAsJsonAsync("/api/v1/pledges/CLA-1999-0001/updates", Valid())).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await UpdateCountAsync(F, pledge.Id)).ShouldBe(await SeededUpdatesAsync(pledge.Id));
    }

    [Fact]
    public async Task Updates_are_refused_outside_an_open_campaign_and_while_one_awaits_validation()
    {
        var pledge = await PledgeAsync(F, 4);
        var focal = await TestAccounts.ApiClientAsync(F, Roles.FocalPoint, pledge.OrganizationId);
        var none = await focal.PostAsJsonAsync($"/api/v1/pledges/{pledge.PublicId}/updates", Valid());
        none.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await ReadAsync(none))["detail"]!.GetValue<string>().ShouldContain("No update campaign is open");

        var today = F.Clock.Today;
        var closed = await CampaignAsync(F, [pledge.Id], today.AddDays(-40), today.AddDays(-10));
        var late = await focal.PostAsJsonAsync($"/api/v1/pledges/{pledge.PublicId}/updates", Valid());
        late.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await ReadAsync(late))["detail"]!.GetValue<string>().ShouldContain($"The campaign '{closed.Name}' closed on {today.AddDays(-10):yyyy-MM-dd}");

        await CampaignAsync(F, [pledge.Id]);
        (await focal.PostAsJsonAsync($"/api/v1/pledges/{pledge.PublicId}/updates", Valid())).StatusCode.ShouldBe(HttpStatusCode.Created);
        var second = await focal.PostAsJsonAsync($"/api/v1/pledges/{pledge.PublicId}/updates", Valid());
        second.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await ReadAsync(second))["detail"]!.GetValue<string>().ShouldContain("already awaiting validation");
        (await UpdateCountAsync(F, pledge.Id)).ShouldBe(await SeededUpdatesAsync(pledge.Id) + 1);
    }

    [Fact]
    public async Task Two_updates_of_one_pledge_sent_at_the_same_moment_store_one_and_refuse_the_other()
    {
        var pledge = await PledgeAsync(F, 6);
        await CampaignAsync(F, [pledge.Id]);
        var focal = await TestAccounts.ApiClientAsync(F, Roles.FocalPoint, pledge.OrganizationId);
        var before = await UpdateCountAsync(F, pledge.Id);

        var sent = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ =>
            focal.PostAsJsonAsync($"/api/v1/pledges/{pledge.PublicId}/updates", Valid())));

        sent.Count(r => r.StatusCode == HttpStatusCode.Created).ShouldBe(1);
        sent.Count(r => r.StatusCode == HttpStatusCode.Conflict).ShouldBe(3);
        foreach (var refused in sent.Where(r => r.StatusCode == HttpStatusCode.Conflict))
            (await ReadAsync(refused))["detail"]!.GetValue<string>().ShouldContain("already awaiting validation");
        (await UpdateCountAsync(F, pledge.Id)).ShouldBe(before + 1);
    }

    [Fact]
    public async Task Only_the_Secretariat_decides_a_stale_version_gets_409_and_a_rejection_needs_a_reason()
    {
        var pledge = await PledgeAsync(F, 5);
        await CampaignAsync(F, [pledge.Id]);
        var focal = await TestAccounts.ApiClientAsync(F, Roles.FocalPoint, pledge.OrganizationId);
        var secretariat = await TestAccounts.ApiClientAsync(F, Roles.Secretariat);
        var id = (await ReadAsync(await focal.PostAsJsonAsync($"/api/v1/pledges/{pledge.PublicId}/updates", Valid())))["id"]!.GetValue<int>();

        var own = await focal.PostAsJsonAsync($"/api/v1/updates/{id}/validate", new { version = 1 });
        own.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await ReadAsync(own))["detail"]!.GetValue<string>().ShouldContain("Only the Secretariat");
        (await secretariat.PutAsJsonAsync($"/api/v1/updates/{id}", new { version = 1, values = Valid("First correction") })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var stale = await secretariat.PutAsJsonAsync($"/api/v1/updates/{id}", new { version = 1, values = Valid("Second correction from an old page") });
        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var conflict = await ReadAsync(stale);
        conflict["currentVersion"]!.GetValue<int>().ShouldBe(2);
        conflict["current"]!["current"]!["results"]!.GetValue<string>().ShouldBe("First correction");

        var noReason = await secretariat.PostAsJsonAsync($"/api/v1/updates/{id}/reject", new { version = 2, reason = " " });
        noReason.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await secretariat.PostAsJsonAsync($"/api/v1/updates/{id}/reject", new { version = 2, reason = "The figures describe another pledge." })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await secretariat.PostAsJsonAsync($"/api/v1/updates/{id}/validate", new { version = 3 })).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var seen = await ReadAsync(await focal.GetAsync($"/api/v1/updates/{id}"));
        seen["status"]!.GetValue<string>().ShouldBe("Rejected");
        seen["rejectionReason"]!.GetValue<string>().ShouldBe("The figures describe another pledge.");
        var stranger = await TestAccounts.ApiClientAsync(F, Roles.FocalPoint, await StrangerOrganizationAsync(F, pledge));
        (await stranger.GetAsync($"/api/v1/updates/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Network_staff_update_their_members_pledges()
    {
        var pledge = await PledgeAsync(F, 7);
        await CampaignAsync(F, [pledge.Id]);
        int networkId;
        await using (var scope = F.CreateDbScope())
        {
            networkId = await scope.Db.Organizations.Where(o => o.Kind == LocalAction.Web.Features.Organizations.OrganizationKind.LocalGovernmentNetwork)
                .OrderBy(o => o.Id).Select(o => o.Id).FirstAsync();
            if (!await scope.Db.NetworkMembers.AnyAsync(n => n.NetworkId == networkId && n.MemberId == pledge.OrganizationId))
                scope.Db.NetworkMembers.Add(new NetworkMember { NetworkId = networkId, MemberId = pledge.OrganizationId, CreatedAt = DateTime.UtcNow, CreatedBy = "test" });
            await scope.Db.SaveChangesAsync();
        }
        var staff = await TestAccounts.ApiClientAsync(F, Roles.NetworkStaff, networkId);
        (await staff.PostAsJsonAsync($"/api/v1/pledges/{pledge.PublicId}/updates", Valid())).StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task The_sender_of_an_update_is_told_of_the_decision_in_the_update_language_not_the_validators()
    {
        var pledge = await PledgeAsync(F, 8);
        await CampaignAsync(F, [pledge.Id]);
        var focal = await TestAccounts.ApiClientAsync(F, Roles.FocalPoint, pledge.OrganizationId);
        var secretariat = await TestAccounts.ApiClientAsync(F, Roles.Secretariat);
        secretariat.DefaultRequestHeaders.AcceptLanguage.ParseAdd("es");
        var values = Valid("Deux guichets d'accueil ouverts.");
        values["language"] = "fr";
        var created = await ReadAsync(await focal.PostAsJsonAsync($"/api/v1/pledges/{pledge.PublicId}/updates", values));

        (await secretariat.PostAsJsonAsync($"/api/v1/updates/{created["id"]!.GetValue<int>()}/validate", new { version = 1 })).StatusCode.ShouldBe(HttpStatusCode.OK);

        await using var scope = F.CreateDbScope();
        var sender = await scope.Db.PledgeUpdates.Where(u => u.Id == created["id"]!.GetValue<int>()).Select(u => u.SubmittedByUserId).SingleAsync();
        var email = await scope.Db.Users.Where(u => u.Id == sender).Select(u => u.Email).SingleAsync();
        var message = await scope.Db.OutboxMessages.SingleAsync(m => m.To == email && m.Purpose == "update");
        message.Body.ShouldBe($"Votre mise à jour de {pledge.PublicId} a été validée et est désormais publique.");
    }

    private async Task<int> SeededUpdatesAsync(int pledgeId)
    {
        await using var scope = F.CreateDbScope();
        return await scope.Db.PledgeUpdates.CountAsync(u => u.PledgeId == pledgeId && u.SubmittedAt == null);
    }

    private static string Message(JsonObject errors, string field) => string.Join(" ", errors[field]!.AsArray().Select(m => m!.GetValue<string>()));
}

public sealed class UpdateApiTestsOnSqlite(SqliteApp app) : UpdateApiTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class UpdateApiTestsOnPostgres(PostgresApp app) : UpdateApiTests<PostgresApp>(app), IClassFixture<PostgresApp>;

using System.Net;
using AngleSharp.Html.Parser;
using LocalAction.Tests.Infrastructure;
using LocalAction.Web.Features.Accounts;
using LocalAction.Web.Features.Mail;
using Microsoft.EntityFrameworkCore;

namespace LocalAction.Tests.Accounts;

/// <summary>Network membership, the outbox, users and the audit log as the Secretariat and administrators see them.</summary>
public abstract class AdminPagesTests<TApp>(TApp app) where TApp : SeededApp
{
    private LocalActionFactory Factory => app.Factory;

    [Fact]
    public async Task The_Secretariat_links_a_city_to_a_network_and_unlinks_it_after_confirming()
    {
        var (secretariat, _) = await TestAccounts.SignedInClientAsync(Factory, Roles.Secretariat);
        var notANetwork = await TestAccounts.SubmitFormAsync(secretariat, "/admin/networks", new Dictionary<string, string> { ["Input.Network"] = "accra", ["Input.Member"] = "arua" });
        notANetwork.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await notANetwork.Content.ReadAsStringAsync()).ShouldContain("is not a network.");

        var linked = await TestAccounts.SubmitFormAsync(secretariat, "/admin/networks", new Dictionary<string, string> { ["Input.Network"] = "eurocities", ["Input.Member"] = "barcelona" });
        linked.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        int networkId, memberId;
        await using (var scope = Factory.CreateDbScope())
        {
            var link = await scope.Db.NetworkMembers.SingleAsync(n => n.Network!.Slug == "eurocities" && n.Member!.Slug == "barcelona");
            (networkId, memberId) = (link.NetworkId, link.MemberId);
        }
        var twice = await TestAccounts.SubmitFormAsync(secretariat, "/admin/networks", new Dictionary<string, string> { ["Input.Network"] = "eurocities", ["Input.Member"] = "barcelona" });
        (await twice.Content.ReadAsStringAsync()).ShouldContain("is already a member of");

        var confirmUrl = $"/admin/networks?network={networkId}&member={memberId}";
        (await secretariat.GetStringAsync(confirmUrl)).ShouldContain("will no longer act for it.");
        var unlinked = await TestAccounts.SubmitFormAsync(secretariat, confirmUrl,
            new Dictionary<string, string> { ["network"] = networkId.ToString(), ["member"] = memberId.ToString() }, "/admin/networks?handler=Unlink");
        unlinked.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await using var check = Factory.CreateDbScope();
        (await check.Db.NetworkMembers.CountAsync(n => n.NetworkId == networkId && n.MemberId == memberId)).ShouldBe(0);
        (await check.Db.AuditEvents.CountAsync(e => e.Action == "network.unlinked" && e.Target == "organization:barcelona")).ShouldBe(1);
    }

    [Fact]
    public async Task Administrators_read_queued_e_mails_in_the_outbox()
    {
        var to = $"outbox-{Guid.NewGuid():N}@example.org";
        await using (var scope = Factory.CreateDbScope())
        {
            scope.Db.Enqueue(DateTime.UtcNow, to, "Readable subject", "Readable body with a link https://example.org/x", "test");
            await scope.Db.SaveChangesAsync();
        }
        var (administrator, _) = await TestAccounts.SignedInClientAsync(Factory, Roles.Administrator);
        var list = new HtmlParser().ParseDocument(await administrator.GetStringAsync("/admin/outbox"));
        var link = list.QuerySelectorAll("a").First(a => a.TextContent == "Readable subject").GetAttribute("href")!;
        var detail = new HtmlParser().ParseDocument(await administrator.GetStringAsync(link));
        detail.QuerySelector("[data-body]")!.TextContent.ShouldBe("Readable body with a link https://example.org/x");
        (await administrator.GetAsync("/admin/outbox/999999999")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_users_page_shows_roles_and_confirmation_and_the_audit_log_filters_by_action()
    {
        var focalPoint = await TestAccounts.CreateUserAsync(Factory, Roles.FocalPoint);
        var (administrator, _) = await TestAccounts.SignedInClientAsync(Factory, Roles.Administrator);
        await TestAccounts.SubmitFormAsync(administrator, "/account/tokens", new Dictionary<string, string> { ["Input.Name"] = "audit me", ["Input.Days"] = "5" });

        var users = await administrator.GetStringAsync("/admin/users");
        users.ShouldContain(focalPoint.Email!);
        users.ShouldContain("Focal point");

        var filtered = new HtmlParser().ParseDocument(await administrator.GetStringAsync("/admin/audit?action=token.created"));
        var actions = filtered.QuerySelectorAll("tbody tr td:nth-child(3)").Select(td => td.TextContent).ToList();
        actions.ShouldNotBeEmpty();
        actions.ShouldAllBe(a => a == "token.created");
        (await administrator.GetStringAsync("/admin/audit?action=no.such.action")).ShouldContain("No event with this action.");
    }
}

public sealed class AdminPagesTestsOnSqlite(SqliteApp app) : AdminPagesTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class AdminPagesTestsOnPostgres(PostgresApp app) : AdminPagesTests<PostgresApp>(app), IClassFixture<PostgresApp>;

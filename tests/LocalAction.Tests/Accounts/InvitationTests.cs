using System.Net;
using AngleSharp.Html.Parser;
using LocalAction.Tests.Infrastructure;
using LocalAction.Web.Features.Accounts;
using LocalAction.Web.Features.Mail;
using Microsoft.EntityFrameworkCore;

namespace LocalAction.Tests.Accounts;

/// <summary>Inviting people and accepting invitations, through the pages and the e-mails in the outbox.</summary>
public abstract class InvitationTests<TApp>(TApp app) where TApp : SeededApp
{
    private LocalActionFactory Factory => app.Factory;

    [Fact]
    public async Task An_invited_focal_point_creates_an_account_confirms_the_address_and_signs_in()
    {
        var (secretariat, _) = await TestAccounts.SignedInClientAsync(Factory, Roles.Secretariat);
        var email = $"ana-{Guid.NewGuid():N}@example.org";
        var sent = await TestAccounts.SubmitFormAsync(secretariat, "/admin/invitations", new Dictionary<string, string>
        {
            ["Input.Email"] = email, ["Input.Role"] = Roles.FocalPoint, ["Input.Organization"] = "bogota", ["Input.Days"] = "14",
        });
        sent.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var list = await secretariat.GetStringAsync("/admin/invitations");
        list.ShouldContain($"Invitation sent to {email}.");
        list.ShouldContain(email);

        var invitationLink = await TestAccounts.LinkFromOutboxAsync(Factory, email, AccountMail.InvitationPurpose);
        await using (var scope = Factory.CreateDbScope())
        {
            var stored = await scope.Db.Invitations.SingleAsync(i => i.Email == email);
            var token = invitationLink.Split("token=")[1];
            stored.TokenHash.ShouldBe(ApiTokens.Hash(token));
            stored.TokenHash.ShouldNotContain(token);
        }

        var invitee = TestAccounts.BrowserClient(Factory);
        var page = new HtmlParser().ParseDocument(await invitee.GetStringAsync(invitationLink));
        page.QuerySelector("[data-field=role]")!.TextContent.ShouldBe("Focal point");
        page.QuerySelector("[data-field=organization]")!.TextContent.ShouldContain("Bogot");

        var accepted = await TestAccounts.SubmitFormAsync(invitee, invitationLink, new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Ana Pérez", ["Input.Password"] = TestAccounts.Password, ["Input.ConfirmPassword"] = TestAccounts.Password,
        });
        accepted.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await accepted.Content.ReadAsStringAsync()).ShouldContain("Your account is created");

        // Not confirmed yet: the password is right, but sign-in waits for the confirmation link.
        var early = await TestAccounts.SignInAsync(invitee, email, TestAccounts.Password);
        early.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await early.Content.ReadAsStringAsync()).ShouldContain("not confirmed yet");

        var confirmLink = await TestAccounts.LinkFromOutboxAsync(Factory, email, AccountMail.ConfirmEmailPurpose);
        (await invitee.GetStringAsync(confirmLink)).ShouldContain("Your e-mail address is confirmed");

        var signIn = await TestAccounts.SignInAsync(invitee, email, TestAccounts.Password);
        signIn.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        signIn.Headers.Location!.ToString().ShouldBe("/account");
        var account = new HtmlParser().ParseDocument(await invitee.GetStringAsync("/account"));
        account.QuerySelector("[data-field=name]")!.TextContent.ShouldBe("Ana Pérez");
        account.QuerySelector("[data-field=roles]")!.TextContent.ShouldContain("Focal point");
        account.QuerySelector("[data-field=organizations]")!.TextContent.ShouldContain("Bogot");
        account.QuerySelector("nav a[href='/account']")!.TextContent.ShouldBe("Ana Pérez");

        await using var check = Factory.CreateDbScope();
        (await check.Db.Invitations.SingleAsync(i => i.Email == email)).AcceptedAt.ShouldNotBeNull();
        var actions = await check.Db.AuditEvents.Where(e => e.Target.Contains(email) || e.Actor == email).Select(e => e.Action).ToListAsync();
        actions.ShouldContain("invitation.accepted");
        actions.ShouldContain("role.granted");
    }

    public static TheoryData<string, string> Unusable => new()
    {
        { "unknown", "This invitation link is not valid" },
        { "expired", "This invitation expired on" },
        { "accepted", "This invitation has already been used" },
        { "revoked", "This invitation was withdrawn by the Secretariat" },
    };

    [Theory]
    [MemberData(nameof(Unusable))]
    public async Task An_unusable_invitation_says_why_and_changes_nothing(string state, string message)
    {
        var token = Invitations.GenerateToken();
        var email = $"late-{Guid.NewGuid():N}@example.org";
        if (state != "unknown")
        {
            await using var scope = Factory.CreateDbScope();
            var now = DateTime.UtcNow;
            scope.Db.Invitations.Add(new Invitation
            {
                TokenHash = ApiTokens.Hash(token), Email = email, Role = Roles.Secretariat, InvitedBy = "test",
                CreatedAt = now.AddDays(-20), ExpiresAt = state == "expired" ? now.AddDays(-6) : now.AddDays(8),
                AcceptedAt = state == "accepted" ? now.AddDays(-1) : null, RevokedAt = state == "revoked" ? now.AddDays(-1) : null,
            });
            await scope.Db.SaveChangesAsync();
        }
        var before = await CountsAsync();
        var client = TestAccounts.BrowserClient(Factory);
        var url = $"/account/invitation?token={token}";

        var shown = await client.GetAsync(url);
        shown.IsSuccessStatusCode.ShouldBeFalse();
        var html = await shown.Content.ReadAsStringAsync();
        html.ShouldContain(message);
        if (state == "expired") html.ShouldContain("ask the Secretariat for a new one");
        html.ShouldNotContain("Input.Password");

        // Posting the form anyway (with a valid antiforgery token from another page) changes nothing either.
        var antiforgery = TestAccounts.AntiforgeryToken(await client.GetStringAsync("/account/sign-in"));
        var posted = await client.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = antiforgery, ["Token"] = token,
            ["Input.DisplayName"] = "Late", ["Input.Password"] = TestAccounts.Password, ["Input.ConfirmPassword"] = TestAccounts.Password,
        }));
        posted.IsSuccessStatusCode.ShouldBeFalse();
        (await posted.Content.ReadAsStringAsync()).ShouldContain(message);
        (await CountsAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task The_Secretariat_cannot_invite_an_administrator_but_an_administrator_can()
    {
        var (secretariat, _) = await TestAccounts.SignedInClientAsync(Factory, Roles.Secretariat);
        var email = $"boss-{Guid.NewGuid():N}@example.org";
        var fields = new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Role"] = Roles.Administrator, ["Input.Days"] = "14" };
        var refused = await TestAccounts.SubmitFormAsync(secretariat, "/admin/invitations", fields);
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var document = new HtmlParser().ParseDocument(await refused.Content.ReadAsStringAsync());
        document.QuerySelector("#error-summary a[href='#Input_Role']")!.TextContent.ShouldBe("Only administrators may invite administrators or members of the Secretariat.");
        document.QuerySelector("#Input_Role-error").ShouldNotBeNull();
        await using (var scope = Factory.CreateDbScope())
        {
            (await scope.Db.Invitations.CountAsync(i => i.Email == email)).ShouldBe(0);
            (await scope.Db.OutboxMessages.CountAsync(m => m.To == email)).ShouldBe(0);
        }

        var (administrator, _) = await TestAccounts.SignedInClientAsync(Factory, Roles.Administrator);
        (await TestAccounts.SubmitFormAsync(administrator, "/admin/invitations", fields)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await using var check = Factory.CreateDbScope();
        (await check.Db.Invitations.CountAsync(i => i.Email == email && i.Role == Roles.Administrator)).ShouldBe(1);
    }

    [Fact]
    public async Task An_invitation_form_with_several_mistakes_names_them_all()
    {
        var (secretariat, _) = await TestAccounts.SignedInClientAsync(Factory, Roles.Secretariat);
        var response = await TestAccounts.SubmitFormAsync(secretariat, "/admin/invitations", new Dictionary<string, string>
        {
            ["Input.Email"] = "not-an-address", ["Input.Role"] = Roles.FocalPoint, ["Input.Organization"] = "no-such-place", ["Input.Days"] = "31",
        });
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var links = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync())
            .QuerySelectorAll("#error-summary a").Select(a => a.GetAttribute("href")).ToList();
        links.ShouldBe(["#Input_Email", "#Input_Organization", "#Input_Days"], ignoreOrder: true);
    }

    [Fact]
    public async Task A_revoked_invitation_link_stops_working()
    {
        var (secretariat, _) = await TestAccounts.SignedInClientAsync(Factory, Roles.Secretariat);
        var email = $"withdrawn-{Guid.NewGuid():N}@example.org";
        await TestAccounts.SubmitFormAsync(secretariat, "/admin/invitations", new Dictionary<string, string>
        {
            ["Input.Email"] = email, ["Input.Role"] = Roles.FocalPoint, ["Input.Organization"] = "bogota", ["Input.Days"] = "3",
        });
        var link = await TestAccounts.LinkFromOutboxAsync(Factory, email, AccountMail.InvitationPurpose);
        int id;
        await using (var scope = Factory.CreateDbScope()) id = (await scope.Db.Invitations.SingleAsync(i => i.Email == email)).Id;

        var confirm = await secretariat.GetStringAsync($"/admin/invitations?revoke={id}");
        confirm.ShouldContain($"Withdraw the invitation to {email}?");
        var revoked = await TestAccounts.SubmitFormAsync(secretariat, $"/admin/invitations?revoke={id}",
            new Dictionary<string, string> { ["id"] = id.ToString() }, "/admin/invitations?handler=Revoke");
        revoked.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        (await TestAccounts.BrowserClient(Factory).GetAsync(link)).StatusCode.ShouldBe(HttpStatusCode.Gone);
        await using var check = Factory.CreateDbScope();
        (await check.Db.AuditEvents.CountAsync(e => e.Action == "invitation.revoked" && e.Target == $"invitation:{id}")).ShouldBe(1);
    }

    [Fact]
    public async Task An_invitation_to_an_existing_account_needs_that_account_signed_in_and_adds_the_role()
    {
        var (client, user) = await TestAccounts.SignedInClientAsync(Factory, Roles.FocalPoint);
        var token = Invitations.GenerateToken();
        await using (var scope = Factory.CreateDbScope())
        {
            var network = await scope.Db.Organizations.SingleAsync(o => o.Slug == "eurocities");
            scope.Db.Invitations.Add(new Invitation
            {
                TokenHash = ApiTokens.Hash(token), Email = user.Email!, Role = Roles.NetworkStaff, OrganizationId = network.Id, InvitedBy = "test",
                CreatedAt = DateTime.UtcNow, ExpiresAt = DateTime.UtcNow.AddDays(3),
            });
            await scope.Db.SaveChangesAsync();
        }
        var url = $"/account/invitation?token={token}";
        (await TestAccounts.BrowserClient(Factory).GetStringAsync(url)).ShouldContain("An account with this e-mail address already exists.");

        var usersBefore = (await CountsAsync()).Users;
        var accepted = await TestAccounts.SubmitFormAsync(client, url, new Dictionary<string, string>());
        (await accepted.Content.ReadAsStringAsync()).ShouldContain("Done: your account now has the role Network staff.");
        (await CountsAsync()).Users.ShouldBe(usersBefore);
        (await client.GetStringAsync("/account")).ShouldContain("Eurocities");
    }

    private async Task<(int Users, int Memberships, int Accepted, int Outbox)> CountsAsync()
    {
        await using var scope = Factory.CreateDbScope();
        return (await scope.Db.Users.CountAsync(), await scope.Db.Memberships.CountAsync(),
            await scope.Db.Invitations.CountAsync(i => i.AcceptedAt != null), await scope.Db.Set<OutboxMessage>().CountAsync());
    }
}

public sealed class InvitationTestsOnSqlite(SqliteApp app) : InvitationTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class InvitationTestsOnPostgres(PostgresApp app) : InvitationTests<PostgresApp>(app), IClassFixture<PostgresApp>;

using System.Globalization;
using System.Net;
using AngleSharp.Html.Parser;
using LocalAction.Tests.Infrastructure;
using LocalAction.Web.Features.Accounts;
using Microsoft.EntityFrameworkCore;

namespace LocalAction.Tests.Accounts;

/// <summary>
/// A person's preferred language: chosen with the invitation, the language selector or the account page, and used for
/// the e-mails they get whatever language the sender's interface is in.
/// </summary>
public abstract class UserLanguageTests<TApp>(TApp app) where TApp : SeededApp
{
    private LocalActionFactory Factory => app.Factory;

    [Fact]
    public async Task An_invitation_sent_from_a_French_interface_in_Spanish_arrives_in_Spanish_and_the_account_prefers_Spanish()
    {
        var (secretariat, _) = await TestAccounts.SignedInClientAsync(Factory, Roles.Secretariat);
        await InterfaceLanguageAsync(secretariat, "fr");
        var form = new HtmlParser().ParseDocument(await secretariat.GetStringAsync("/admin/invitations"));
        form.QuerySelector("#Input_Language option[selected]")!.GetAttribute("value").ShouldBe("fr"); // the inviter's language to start with

        var email = $"lucia-{Guid.NewGuid():N}@example.org";
        var sent = await TestAccounts.SubmitFormAsync(secretariat, "/admin/invitations", new Dictionary<string, string>
        {
            ["Input.Email"] = email, ["Input.Role"] = Roles.FocalPoint, ["Input.Organization"] = "bogota", ["Input.Days"] = "14", ["Input.Language"] = "es",
        });
        sent.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        await using (var scope = Factory.CreateDbScope())
        {
            var invitation = await scope.Db.Invitations.SingleAsync(i => i.Email == email);
            invitation.Language.ShouldBe("es");
            var message = await scope.Db.OutboxMessages.SingleAsync(m => m.To == email && m.Purpose == AccountMail.InvitationPurpose);
            message.Subject.ShouldBe("Su invitación a LocalAction");
            message.Body.ShouldContain("Punto focal");
            // The date in the Spanish way, not the French inviter's.
            message.Body.ShouldContain($"antes del {invitation.ExpiresAt.ToString("g", CultureInfo.GetCultureInfo("es"))} UTC");
            (await scope.Db.AuditEvents.SingleAsync(e => e.Action == "invitation.created" && e.Target == $"invitation:{invitation.Id}")).Detail!.ShouldContain("in es");
        }

        // The invitee opens the link in an English browser: the account still starts with the invitation's language.
        var invitee = TestAccounts.BrowserClient(Factory);
        var link = await TestAccounts.LinkFromOutboxAsync(Factory, email, AccountMail.InvitationPurpose);
        var accepted = await TestAccounts.SubmitFormAsync(invitee, link, new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Lucía Gómez", ["Input.Password"] = TestAccounts.Password, ["Input.ConfirmPassword"] = TestAccounts.Password,
        });
        accepted.StatusCode.ShouldBe(HttpStatusCode.OK);

        await using var check = Factory.CreateDbScope();
        (await check.Db.Users.SingleAsync(u => u.Email == email)).PreferredLanguage.ShouldBe("es");
        (await check.Db.OutboxMessages.SingleAsync(m => m.To == email && m.Purpose == AccountMail.ConfirmEmailPurpose))
            .Subject.ShouldBe("Confirme su dirección de correo para LocalAction");
    }

    [Fact]
    public async Task An_invitation_in_an_unsupported_language_is_refused_and_nothing_is_sent()
    {
        var (secretariat, _) = await TestAccounts.SignedInClientAsync(Factory, Roles.Secretariat);
        var email = $"nobody-{Guid.NewGuid():N}@example.org";
        var refused = await TestAccounts.SubmitFormAsync(secretariat, "/admin/invitations", new Dictionary<string, string>
        {
            ["Input.Email"] = email, ["Input.Role"] = Roles.FocalPoint, ["Input.Organization"] = "bogota", ["Input.Days"] = "14", ["Input.Language"] = "de",
        });
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        new HtmlParser().ParseDocument(await refused.Content.ReadAsStringAsync())
            .QuerySelector("#error-summary a[href='#Input_Language']")!.TextContent.ShouldBe("Choose English, French or Spanish.");
        await using var scope = Factory.CreateDbScope();
        (await scope.Db.Invitations.CountAsync(i => i.Email == email)).ShouldBe(0);
        (await scope.Db.OutboxMessages.CountAsync(m => m.To == email)).ShouldBe(0);
    }

    [Fact]
    public async Task A_password_reset_asked_for_from_an_English_browser_is_written_in_the_language_the_person_prefers()
    {
        var user = await TestAccounts.CreateUserAsync(Factory, Roles.FocalPoint);
        await PreferAsync(user, "fr");
        var browser = TestAccounts.BrowserClient(Factory);
        await InterfaceLanguageAsync(browser, "en");

        var asked = await TestAccounts.SubmitFormAsync(browser, "/account/forgot-password", new Dictionary<string, string> { ["Email"] = user.Email! });
        (await asked.Content.ReadAsStringAsync()).ShouldContain("If this address has an account"); // the page stays in the browser's language

        await using var scope = Factory.CreateDbScope();
        var message = await scope.Db.OutboxMessages.SingleAsync(m => m.To == user.Email && m.Purpose == AccountMail.PasswordResetPurpose);
        message.Subject.ShouldBe("Réinitialisez votre mot de passe LocalAction");
    }

    [Fact]
    public async Task Switching_the_language_while_signed_in_saves_the_preference_and_the_next_sign_in_follows_it()
    {
        var (client, user) = await TestAccounts.SignedInClientAsync(Factory, Roles.FocalPoint);
        var switched = await client.GetAsync("/language/es?returnUrl=%2Faccount");
        switched.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        switched.Headers.Location!.ToString().ShouldBe("/account");
        await using (var scope = Factory.CreateDbScope())
        {
            (await scope.Db.Users.SingleAsync(u => u.Id == user.Id)).PreferredLanguage.ShouldBe("es");
            (await scope.Db.AuditEvents.SingleAsync(e => e.Action == "account.language" && e.Target == $"user:{user.Email}")).Detail.ShouldBe("en -> es");
        }
        // Choosing the language already preferred records nothing more.
        await client.GetAsync("/language/es?returnUrl=%2Faccount");

        // A browser without a language cookie: signing in brings the person's language along.
        var elsewhere = TestAccounts.BrowserClient(Factory);
        (await TestAccounts.SignInAsync(elsewhere, user.Email!, TestAccounts.Password)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        new HtmlParser().ParseDocument(await elsewhere.GetStringAsync("/account")).DocumentElement.GetAttribute("lang").ShouldBe("es");

        // A browser where a language was already chosen (before signing in, so not saved) keeps it.
        var french = TestAccounts.BrowserClient(Factory);
        await InterfaceLanguageAsync(french, "fr");
        (await TestAccounts.SignInAsync(french, user.Email!, TestAccounts.Password)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        new HtmlParser().ParseDocument(await french.GetStringAsync("/account")).DocumentElement.GetAttribute("lang").ShouldBe("fr");

        await using var check = Factory.CreateDbScope();
        (await check.Db.Users.SingleAsync(u => u.Id == user.Id)).PreferredLanguage.ShouldBe("es");
        (await check.Db.AuditEvents.CountAsync(e => e.Action == "account.language" && e.Target == $"user:{user.Email}")).ShouldBe(1);
    }

    [Fact]
    public async Task The_account_page_saves_a_supported_language_and_refuses_another_changing_nothing()
    {
        var (client, user) = await TestAccounts.SignedInClientAsync(Factory, Roles.FocalPoint);
        var page = new HtmlParser().ParseDocument(await client.GetStringAsync("/account"));
        page.QuerySelector("#PreferredLanguage option[selected]")!.GetAttribute("value").ShouldBe("en");

        var refused = await TestAccounts.SubmitFormAsync(client, "/account", new Dictionary<string, string> { ["PreferredLanguage"] = "de" });
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var document = new HtmlParser().ParseDocument(await refused.Content.ReadAsStringAsync());
        document.QuerySelector("#error-summary a[href='#PreferredLanguage']")!.TextContent.ShouldBe("Choose English, French or Spanish.");
        document.QuerySelector("#PreferredLanguage-error").ShouldNotBeNull();
        (refused.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : []).ShouldNotContain(c => c.StartsWith(".AspNetCore.Culture="));
        await using (var scope = Factory.CreateDbScope())
        {
            (await scope.Db.Users.SingleAsync(u => u.Id == user.Id)).PreferredLanguage.ShouldBe("en");
            (await scope.Db.AuditEvents.CountAsync(e => e.Action == "account.language" && e.Target == $"user:{user.Email}")).ShouldBe(0);
        }

        var saved = await TestAccounts.SubmitFormAsync(client, "/account", new Dictionary<string, string> { ["PreferredLanguage"] = "fr" });
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var after = new HtmlParser().ParseDocument(await client.GetStringAsync("/account"));
        after.DocumentElement.GetAttribute("lang").ShouldBe("fr");
        after.QuerySelector("#PreferredLanguage option[selected]")!.GetAttribute("value").ShouldBe("fr");
        await using var check = Factory.CreateDbScope();
        (await check.Db.Users.SingleAsync(u => u.Id == user.Id)).PreferredLanguage.ShouldBe("fr");
        (await check.Db.AuditEvents.SingleAsync(e => e.Action == "account.language" && e.Target == $"user:{user.Email}")).Detail.ShouldBe("en -> fr");
    }

    /// <summary>Picks the interface language with the selector, as a reader would (signed in, this also saves it).</summary>
    private static async Task InterfaceLanguageAsync(HttpClient client, string code) =>
        (await client.GetAsync($"/language/{code}")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

    private async Task PreferAsync(LocalActionUser user, string language)
    {
        await using var scope = Factory.CreateDbScope();
        (await scope.Db.Users.SingleAsync(u => u.Id == user.Id)).PreferredLanguage = language;
        await scope.Db.SaveChangesAsync();
    }
}

public sealed class UserLanguageTestsOnSqlite(SqliteApp app) : UserLanguageTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class UserLanguageTestsOnPostgres(PostgresApp app) : UserLanguageTests<PostgresApp>(app), IClassFixture<PostgresApp>;

using System.Net;
using LocalAction.Tests.Infrastructure;
using LocalAction.Web.Features.Accounts;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;

namespace LocalAction.Tests.Accounts;

/// <summary>Signing in and out, lock-out, password reset, role-protected pages, antiforgery and the rate limit.</summary>
public abstract class SignInTests<TApp>(TApp app) where TApp : SeededApp
{
    private LocalActionFactory Factory => app.Factory;

    [Fact]
    public async Task A_confirmed_user_signs_in_goes_back_where_they_were_and_signs_out()
    {
        var user = await TestAccounts.CreateUserAsync(Factory, Roles.FocalPoint);
        var client = TestAccounts.BrowserClient(Factory);
        var signIn = await TestAccounts.SubmitFormAsync(client, "/account/sign-in?returnUrl=%2Faccount%2Ftokens",
            new Dictionary<string, string> { ["Input.Email"] = user.Email!, ["Input.Password"] = TestAccounts.Password, ["ReturnUrl"] = "/account/tokens" });
        signIn.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        signIn.Headers.Location!.ToString().ShouldBe("/account/tokens");
        (await client.GetStringAsync("/account")).ShouldContain(user.Email!);

        // The sign-out button in every page's navigation bar.
        var signOut = await TestAccounts.SubmitFormAsync(client, "/", new Dictionary<string, string>(), postUrl: "/account/sign-out");
        signOut.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var after = await client.GetAsync("/account");
        after.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        after.Headers.Location!.ToString().ShouldStartWith("http://localhost/account/sign-in");
    }

    [Fact]
    public async Task Sign_in_never_redirects_to_another_site()
    {
        var user = await TestAccounts.CreateUserAsync(Factory, Roles.FocalPoint);
        var client = TestAccounts.BrowserClient(Factory);
        var signIn = await TestAccounts.SubmitFormAsync(client, "/account/sign-in",
            new Dictionary<string, string> { ["Input.Email"] = user.Email!, ["Input.Password"] = TestAccounts.Password, ["ReturnUrl"] = "//evil.example/" });
        signIn.Headers.Location!.ToString().ShouldBe("/account");
    }

    [Fact]
    public async Task Wrong_credentials_get_one_answer_whether_or_not_the_account_exists()
    {
        var user = await TestAccounts.CreateUserAsync(Factory, Roles.FocalPoint);
        var wrongPassword = await TestAccounts.SignInAsync(TestAccounts.BrowserClient(Factory), user.Email!, "not the password at all");
        var noAccount = await TestAccounts.SignInAsync(TestAccounts.BrowserClient(Factory), $"nobody-{Guid.NewGuid():N}@example.org", "not the password at all");
        wrongPassword.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        noAccount.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await wrongPassword.Content.ReadAsStringAsync()).ShouldContain("The e-mail address or the password is wrong.");
        (await noAccount.Content.ReadAsStringAsync()).ShouldContain("The e-mail address or the password is wrong.");
    }

    [Fact]
    public async Task Sign_in_requires_a_confirmed_e_mail_and_offers_to_send_the_link_again()
    {
        var user = await TestAccounts.CreateUserAsync(Factory, Roles.FocalPoint);
        await using (var scope = Factory.CreateDbScope())
        {
            var stored = await scope.Db.Users.SingleAsync(u => u.Id == user.Id);
            stored.EmailConfirmed = false;
            await scope.Db.SaveChangesAsync();
        }
        var client = TestAccounts.BrowserClient(Factory);
        var refused = await TestAccounts.SignInAsync(client, user.Email!, TestAccounts.Password);
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var html = await refused.Content.ReadAsStringAsync();
        html.ShouldContain("Your e-mail address is not confirmed yet.");
        html.ShouldContain("href=\"/account/resend-confirmation\"");
        (await client.GetAsync("/account")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        // Without the password, nobody learns that the account waits for confirmation.
        var guess = await TestAccounts.SignInAsync(TestAccounts.BrowserClient(Factory), user.Email!, "a wrong guess of a password");
        (await guess.Content.ReadAsStringAsync()).ShouldNotContain("not confirmed");

        (await TestAccounts.SubmitFormAsync(client, "/account/resend-confirmation", new Dictionary<string, string> { ["Email"] = user.Email! }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        var link = await TestAccounts.LinkFromOutboxAsync(Factory, user.Email!, AccountMail.ConfirmEmailPurpose);
        (await client.GetStringAsync(link)).ShouldContain("Your e-mail address is confirmed");
        (await TestAccounts.SignInAsync(client, user.Email!, TestAccounts.Password)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_one()
    {
        var user = await TestAccounts.CreateUserAsync(Factory, Roles.FocalPoint);
        var client = TestAccounts.BrowserClient(Factory);
        for (var i = 0; i < 4; i++)
        {
            (await (await TestAccounts.SignInAsync(client, user.Email!, $"wrong password number {i}")).Content.ReadAsStringAsync())
                .ShouldContain("The e-mail address or the password is wrong.");
        }
        var fifth = await TestAccounts.SignInAsync(client, user.Email!, "wrong password number 5");
        (await fifth.Content.ReadAsStringAsync()).ShouldContain("this account is locked until");

        var right = await TestAccounts.SignInAsync(client, user.Email!, TestAccounts.Password);
        right.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await right.Content.ReadAsStringAsync()).ShouldContain("this account is locked until");
        await using var scope = Factory.CreateDbScope();
        (await scope.Db.AuditEvents.CountAsync(e => e.Action == "account.locked-out" && e.Target == $"user:{user.Email}")).ShouldBe(1);
    }

    [Fact]
    public async Task An_unconfirmed_account_locks_too_so_its_password_cannot_be_guessed_without_limit()
    {
        var user = await TestAccounts.CreateUserAsync(Factory, Roles.FocalPoint);
        await using (var scope = Factory.CreateDbScope())
        {
            (await scope.Db.Users.SingleAsync(u => u.Id == user.Id)).EmailConfirmed = false;
            await scope.Db.SaveChangesAsync();
        }
        var client = TestAccounts.BrowserClient(Factory);
        for (var i = 0; i < 5; i++) await TestAccounts.SignInAsync(client, user.Email!, $"wrong password number {i}");

        // The right password no longer tells the guesser anything: the account is locked.
        var right = await TestAccounts.SignInAsync(client, user.Email!, TestAccounts.Password);
        (await right.Content.ReadAsStringAsync()).ShouldNotContain("not confirmed");
        await using var check = Factory.CreateDbScope();
        (await check.Db.Users.SingleAsync(u => u.Id == user.Id)).LockoutEnd.ShouldNotBeNull();
    }

    [Fact]
    public async Task Links_in_e_mails_use_the_configured_public_address_not_the_Host_header()
    {
        await using var configured = Factory.WithWebHostBuilder(b => b.UseSetting("PublicBaseUrl", "https://localaction.example.org/"));
        var user = await TestAccounts.CreateUserAsync(Factory, Roles.FocalPoint);
        var client = configured.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        var html = await client.GetStringAsync("/account/forgot-password");
        var request = new HttpRequestMessage(HttpMethod.Post, "/account/forgot-password")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Email"] = user.Email!, ["__RequestVerificationToken"] = TestAccounts.AntiforgeryToken(html),
            }),
        };
        request.Headers.Host = "attacker.example";
        (await client.SendAsync(request)).StatusCode.ShouldBe(HttpStatusCode.OK);

        await using var scope = Factory.CreateDbScope();
        var body = await scope.Db.OutboxMessages.Where(m => m.To == user.Email && m.Purpose == AccountMail.PasswordResetPurpose).Select(m => m.Body).SingleAsync();
        body.ShouldContain("https://localaction.example.org/account/reset-password?");
        body.ShouldNotContain("attacker.example");
    }

    [Fact]
    public async Task A_password_reset_through_the_e_mailed_link_replaces_the_old_password()
    {
        var user = await TestAccounts.CreateUserAsync(Factory, Roles.FocalPoint);
        var oldToken = await TestAccounts.CreateTokenAsync(Factory, user);
        var client = TestAccounts.BrowserClient(Factory);
        var asked = await TestAccounts.SubmitFormAsync(client, "/account/forgot-password", new Dictionary<string, string> { ["Email"] = user.Email! });
        var unknown = await TestAccounts.SubmitFormAsync(client, "/account/forgot-password", new Dictionary<string, string> { ["Email"] = $"x-{Guid.NewGuid():N}@example.org" });
        var answer = await asked.Content.ReadAsStringAsync();
        answer.ShouldContain("If this address has an account");
        (await unknown.Content.ReadAsStringAsync()).ShouldContain("If this address has an account");

        var link = await TestAccounts.LinkFromOutboxAsync(Factory, user.Email!, AccountMail.PasswordResetPurpose);
        const string newPassword = "a brand new long passphrase";
        var mismatch = await TestAccounts.SubmitFormAsync(client, link, new Dictionary<string, string>
        {
            ["Input.Password"] = "short", ["Input.ConfirmPassword"] = "other",
        }, postUrl: link);
        mismatch.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await mismatch.Content.ReadAsStringAsync()).ShouldContain("The password must have at least 12 characters.");

        var reset = await TestAccounts.SubmitFormAsync(client, link, new Dictionary<string, string>
        {
            ["Input.Password"] = newPassword, ["Input.ConfirmPassword"] = newPassword,
        });
        (await reset.Content.ReadAsStringAsync()).ShouldContain("Your password is changed.");

        (await TestAccounts.SignInAsync(TestAccounts.BrowserClient(Factory), user.Email!, TestAccounts.Password)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        // Tokens made before the reset (perhaps by whoever knew the old password) stop working.
        (await TestAccounts.WithToken(Factory.CreateClient(), oldToken).GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await TestAccounts.SignInAsync(TestAccounts.BrowserClient(Factory), user.Email!, newPassword)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        // The link works once.
        var again = await TestAccounts.SubmitFormAsync(client, link, new Dictionary<string, string> { ["Input.Password"] = "yet another passphrase", ["Input.ConfirmPassword"] = "yet another passphrase" });
        (await again.Content.ReadAsStringAsync()).ShouldContain("This link is not valid or has expired.");
    }

    [Theory]
    [InlineData("/admin")]
    [InlineData("/admin/invitations")]
    [InlineData("/admin/networks")]
    [InlineData("/admin/outbox")]
    [InlineData("/admin/users")]
    [InlineData("/admin/audit")]
    public async Task Administration_pages_send_anonymous_readers_to_sign_in_and_refuse_focal_points(string url)
    {
        var anonymous = await TestAccounts.BrowserClient(Factory).GetAsync(url);
        anonymous.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        anonymous.Headers.Location!.ToString().ShouldStartWith("http://localhost/account/sign-in?ReturnUrl=");

        var (focalPoint, _) = await TestAccounts.SignedInClientAsync(Factory, Roles.FocalPoint);
        var refused = await focalPoint.GetAsync(url);
        refused.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var denied = await focalPoint.GetAsync(refused.Headers.Location);
        denied.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await denied.Content.ReadAsStringAsync()).ShouldContain("Access denied");

        var (administrator, _) = await TestAccounts.SignedInClientAsync(Factory, Roles.Administrator);
        (await administrator.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_Secretariat_sees_invitations_and_networks_but_not_the_administrator_pages()
    {
        var (secretariat, _) = await TestAccounts.SignedInClientAsync(Factory, Roles.Secretariat);
        var index = await secretariat.GetStringAsync("/admin");
        index.ShouldContain("href=\"/admin/invitations\"");
        index.ShouldNotContain("href=\"/admin/outbox\"");
        (await secretariat.GetStringAsync("/")).ShouldContain("href=\"/admin\"");
        (await secretariat.GetAsync("/admin/outbox")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task A_form_posted_without_its_antiforgery_token_is_refused()
    {
        var user = await TestAccounts.CreateUserAsync(Factory, Roles.FocalPoint);
        var client = TestAccounts.BrowserClient(Factory);
        await client.GetStringAsync("/account/sign-in"); // has the antiforgery cookie, not the form field
        var response = await client.PostAsync("/account/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = user.Email!, ["Input.Password"] = TestAccounts.Password,
        }));
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await client.GetAsync("/account")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task Too_many_sign_in_attempts_from_one_address_get_a_429_page()
    {
        await using var limited = Factory.WithWebHostBuilder(b => b.UseSetting("RateLimits:AccountPerMinute", "3"));
        var client = limited.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await TestAccounts.SignInAsync(client, "nobody@example.org", "not the password at all")).StatusCode);
        }
        statuses.ShouldBe([HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.TooManyRequests]);
        var page = await (await TestAccounts.SignInAsync(client, "nobody@example.org", "x")).Content.ReadAsStringAsync();
        page.ShouldContain("Too many attempts");
        (await client.GetAsync("/account/sign-in")).StatusCode.ShouldBe(HttpStatusCode.OK); // reading the form is not limited
    }
}

public sealed class SignInTestsOnSqlite(SqliteApp app) : SignInTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class SignInTestsOnPostgres(PostgresApp app) : SignInTests<PostgresApp>(app), IClassFixture<PostgresApp>;

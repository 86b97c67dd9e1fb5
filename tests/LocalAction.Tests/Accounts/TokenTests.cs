using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Html.Parser;
using LocalAction.Tests.Infrastructure;
using LocalAction.Web.Features.Accounts;
using Microsoft.EntityFrameworkCore;

namespace LocalAction.Tests.Accounts;

/// <summary>Personal API tokens: shown once, stored hashed, refused with a reason once revoked or expired.</summary>
public abstract class TokenTests<TApp>(TApp app) where TApp : SeededApp
{
    private LocalActionFactory Factory => app.Factory;

    [Fact]
    public async Task A_token_is_shown_once_stored_only_as_a_hash_works_and_stops_working_once_revoked()
    {
        var (client, user) = await TestAccounts.SignedInClientAsync(Factory, Roles.FocalPoint);
        var created = await TestAccounts.SubmitFormAsync(client, "/account/tokens", new Dictionary<string, string> { ["Input.Name"] = "nightly export", ["Input.Days"] = "30" });
        created.StatusCode.ShouldBe(HttpStatusCode.OK);
        var token = new HtmlParser().ParseDocument(await created.Content.ReadAsStringAsync()).QuerySelector("[data-token]")!.TextContent.Trim();
        token.ShouldStartWith(ApiTokens.TokenPrefix);

        var list = await client.GetStringAsync("/account/tokens");
        list.ShouldNotContain(token);
        list.ShouldContain("nightly export");
        list.ShouldContain(token[..8]);

        await using (var scope = Factory.CreateDbScope())
        {
            var stored = await scope.Db.ApiTokens.AsNoTracking().SingleAsync(t => t.UserId == user.Id);
            stored.TokenHash.ShouldBe(ApiTokens.Hash(token));
            (stored.ExpiresAt - stored.CreatedAt).TotalDays.ShouldBe(30, tolerance: 0.01);
            var everything = string.Join("|", await scope.Db.ApiTokens.Select(t => t.Name + t.Prefix + t.TokenHash).ToListAsync())
                + string.Join("|", await scope.Db.AuditEvents.Select(e => e.Target + e.Detail).ToListAsync());
            everything.ShouldNotContain(token);
            everything.ShouldNotContain(token[8..]);
        }

        var api = TestAccounts.WithToken(Factory.CreateClient(), token);
        var me = await api.GetFromJsonAsync<JsonElement>("/api/v1/me");
        me.GetProperty("email").GetString().ShouldBe(user.Email);
        me.GetProperty("roles")[0].GetString().ShouldBe(Roles.FocalPoint);

        int id;
        await using (var scope = Factory.CreateDbScope()) id = (await scope.Db.ApiTokens.SingleAsync(t => t.UserId == user.Id)).Id;
        (await client.GetStringAsync($"/account/tokens?revoke={id}")).ShouldContain("Revoke the token nightly export");
        var revoked = await TestAccounts.SubmitFormAsync(client, $"/account/tokens?revoke={id}", new Dictionary<string, string> { ["id"] = id.ToString() }, "/account/tokens?handler=Revoke");
        revoked.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await client.GetStringAsync("/account/tokens")).ShouldContain("revoked");

        var refused = await api.GetAsync("/api/v1/me");
        refused.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        refused.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString().ShouldBe("The API token was revoked.");
    }

    [Fact]
    public async Task An_expired_token_is_refused_with_its_expiry_date()
    {
        var user = await TestAccounts.CreateUserAsync(Factory, Roles.FocalPoint);
        var expiresAt = DateTime.UtcNow.AddDays(-2);
        var token = await TestAccounts.CreateTokenAsync(Factory, user, expiresAt);
        var response = await TestAccounts.WithToken(Factory.CreateClient(), token).GetAsync("/api/v1/me");
        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString().ShouldBe($"The API token expired on {expiresAt:yyyy-MM-dd}.");
    }

    [Fact]
    public async Task The_sign_in_cookie_alone_does_not_open_the_token_API()
    {
        var (client, _) = await TestAccounts.SignedInClientAsync(Factory, Roles.Administrator);
        (await client.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("", "30", "#Input_Name")]
    [InlineData("ok", "366", "#Input_Days")]
    [InlineData("ok", "abc", "#Input_Days")]
    public async Task A_token_form_with_a_mistake_says_which_field_and_creates_nothing(string name, string days, string field)
    {
        var (client, user) = await TestAccounts.SignedInClientAsync(Factory, Roles.FocalPoint);
        var response = await TestAccounts.SubmitFormAsync(client, "/account/tokens", new Dictionary<string, string> { ["Input.Name"] = name, ["Input.Days"] = days });
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var document = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        document.QuerySelectorAll("#error-summary a").Select(a => a.GetAttribute("href")).ShouldBe([field]);
        document.QuerySelector("[data-token]").ShouldBeNull();
        await using var scope = Factory.CreateDbScope();
        (await scope.Db.ApiTokens.CountAsync(t => t.UserId == user.Id)).ShouldBe(0);
    }
}

public sealed class TokenTestsOnSqlite(SqliteApp app) : TokenTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class TokenTestsOnPostgres(PostgresApp app) : TokenTests<PostgresApp>(app), IClassFixture<PostgresApp>;

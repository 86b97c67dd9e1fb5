using System.Net.Http.Headers;
using AngleSharp.Html.Parser;
using LocalAction.Web.Features.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace LocalAction.Tests.Infrastructure;

/// <summary>
/// People for tests, made through Identity's own UserManager (real password hashing, real roles) and API tokens stored the
/// way the app stores them. Every e-mail is unique per call so tests sharing an app never collide.
/// </summary>
public static class TestAccounts
{
    public const string Password = "correct horse battery staple";

    public static async Task<LocalActionUser> CreateUserAsync(LocalActionFactory factory, string role, params int[] organizationIds)
    {
        await using var scope = factory.CreateDbScope();
        var users = scope.Services.GetRequiredService<UserManager<LocalActionUser>>();
        var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@example.org";
        var user = new LocalActionUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = $"Test {role}", CreatedAt = DateTime.UtcNow };
        Check(await users.CreateAsync(user, Password));
        Check(await users.AddToRoleAsync(user, role));
        foreach (var id in organizationIds)
        {
            scope.Db.Memberships.Add(new OrganizationMembership
            {
                UserId = user.Id, OrganizationId = id, CreatedAt = DateTime.UtcNow,
                Role = role == Roles.NetworkStaff ? Roles.NetworkStaff : Roles.FocalPoint,
            });
        }
        await scope.Db.SaveChangesAsync();
        return user;
    }

    /// <summary>A valid token for the user, expiring in 30 days.</summary>
    public static async Task<string> CreateTokenAsync(LocalActionFactory factory, LocalActionUser user, DateTime? expiresAt = null)
    {
        await using var scope = factory.CreateDbScope();
        var token = ApiTokens.Generate();
        scope.Db.ApiTokens.Add(new ApiToken
        {
            UserId = user.Id, Name = "test", Prefix = token[..8], TokenHash = ApiTokens.Hash(token),
            CreatedAt = DateTime.UtcNow, ExpiresAt = expiresAt ?? DateTime.UtcNow.AddDays(30),
        });
        await scope.Db.SaveChangesAsync();
        return token;
    }

    /// <summary>An API client authenticated with a fresh token of a fresh user.</summary>
    public static async Task<HttpClient> ApiClientAsync(LocalActionFactory factory, string role, params int[] organizationIds)
    {
        var user = await CreateUserAsync(factory, role, organizationIds);
        return WithToken(factory.CreateClient(), await CreateTokenAsync(factory, user));
    }

    public static HttpClient WithToken(HttpClient client, string token)
    {
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>A browser-like client: keeps cookies (sign-in, antiforgery) and shows redirects instead of following them.</summary>
    public static HttpClient BrowserClient(LocalActionFactory factory) => factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>
    /// Signs in through the sign-in page as a person would (GET the form, POST it with its antiforgery token); the client
    /// keeps the cookie. Returns the POST's response: a redirect on success, the form with its message otherwise.
    /// </summary>
    public static Task<HttpResponseMessage> SignInAsync(HttpClient client, string email, string password) =>
        SubmitFormAsync(client, "/account/sign-in", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = password });

    /// <summary>A fresh user of the role, signed in on a new browser client.</summary>
    public static async Task<(HttpClient Client, LocalActionUser User)> SignedInClientAsync(LocalActionFactory factory, string role, params int[] organizationIds)
    {
        var user = await CreateUserAsync(factory, role, organizationIds);
        var client = BrowserClient(factory);
        var response = await SignInAsync(client, user.Email!, Password);
        if (response.StatusCode != System.Net.HttpStatusCode.Redirect) throw new InvalidOperationException($"Sign-in failed: {(int)response.StatusCode}");
        return (client, user);
    }

    /// <summary>GETs the page, then POSTs its form (the first one with an antiforgery token) with these fields added.</summary>
    public static async Task<HttpResponseMessage> SubmitFormAsync(HttpClient client, string pageUrl, IReadOnlyDictionary<string, string> fields, string? postUrl = null)
    {
        var html = await client.GetStringAsync(pageUrl);
        var form = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = AntiforgeryToken(html) };
        return await client.PostAsync(postUrl ?? pageUrl, new FormUrlEncodedContent(form));
    }

    /// <summary>The antiforgery token of the first form of a page.</summary>
    public static string AntiforgeryToken(string html) =>
        new HtmlParser().ParseDocument(html).QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
        ?? throw new InvalidOperationException("The page has no antiforgery token.");

    /// <summary>The link in the newest outbox message of a purpose to an address (as the person would click it).</summary>
    public static async Task<string> LinkFromOutboxAsync(LocalActionFactory factory, string to, string purpose)
    {
        await using var scope = factory.CreateDbScope();
        var body = scope.Db.OutboxMessages.Where(m => m.To == to && m.Purpose == purpose).OrderByDescending(m => m.Id).Select(m => m.Body).FirstOrDefault()
            ?? throw new InvalidOperationException($"No {purpose} message to {to} in the outbox.");
        var link = System.Text.RegularExpressions.Regex.Match(body, @"https?://\S+").Value;
        return new Uri(link).PathAndQuery;
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded) throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
    }
}

using System.Net.Http.Headers;
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

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded) throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
    }
}

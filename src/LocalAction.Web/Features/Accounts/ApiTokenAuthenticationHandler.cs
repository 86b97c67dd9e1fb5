using System.Security.Claims;
using System.Text.Encodings.Web;
using LocalAction.Web.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LocalAction.Web.Features.Accounts;

/// <summary>
/// Signs programs in with a personal API token (<c>Authorization: Bearer la_...</c>): the token's owner, with their roles,
/// as long as the token is neither revoked nor expired and the account is not locked out.
/// </summary>
public sealed class ApiTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    LocalActionDbContext db, IUserClaimsPrincipalFactory<LocalActionUser> principals, UserManager<LocalActionUser> users, TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    private const string FailureKey = "ApiTokenFailure";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers.Authorization;
        if (string.IsNullOrEmpty(header)) return AuthenticateResult.NoResult();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return Fail("The Authorization header must be 'Bearer <token>'.");
        var token = header["Bearer ".Length..].Trim();
        if (token.Length is < 10 or > 200 || !token.StartsWith(ApiTokens.TokenPrefix, StringComparison.Ordinal)) return Fail("The API token is malformed.");

        var hash = ApiTokens.Hash(token);
        var stored = await db.ApiTokens.Include(t => t.User).SingleOrDefaultAsync(t => t.TokenHash == hash, Context.RequestAborted);
        var now = clock.GetUtcNow().UtcDateTime;
        if (stored?.User is null) return Fail("The API token is not valid.");
        if (stored.RevokedAt is not null) return Fail("The API token was revoked.");
        if (stored.ExpiresAt <= now) return Fail($"The API token expired on {stored.ExpiresAt:yyyy-MM-dd}.");
        if (await users.IsLockedOutAsync(stored.User)) return Fail("The account that owns this API token is locked.");

        // Record use at most once a minute: a busy script must not turn every read into a write.
        if (stored.LastUsedAt is null || now - stored.LastUsedAt > TimeSpan.FromMinutes(1))
        {
            stored.LastUsedAt = now;
            await db.SaveChangesAsync(Context.RequestAborted);
        }
        var principal = await principals.CreateAsync(stored.User);
        var identity = new ClaimsIdentity(principal.Claims, Scheme.Name);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name));
    }

    private AuthenticateResult Fail(string message)
    {
        Context.Items[FailureKey] = message;
        return AuthenticateResult.Fail(message);
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        var detail = Context.Items[FailureKey] as string ?? "This operation needs a personal API token: 'Authorization: Bearer <token>' (create one on /account/tokens).";
        await Results.Problem(statusCode: 401, title: "Not signed in", detail: detail).ExecuteAsync(Context);
    }

    protected override async Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        await Results.Problem(statusCode: 403, title: "Forbidden", detail: "Your account's role does not allow this operation.").ExecuteAsync(Context);
    }
}

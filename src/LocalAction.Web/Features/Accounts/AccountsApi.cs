using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LocalAction.Web.Features.Accounts;

/// <summary><c>GET /api/v1/me</c>: who a personal API token signs in as (a way for scripts to check their token).</summary>
public static class AccountsApi
{
    public sealed record MeResponse(string Email, string DisplayName, string[] Roles);

    public static IEndpointRouteBuilder MapAccountsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/me", Me).RequireAuthorization(AccountsSetup.ApiPolicy).WithName("Me").WithTags("Accounts");
        return app;
    }

    private static Ok<MeResponse> Me(ClaimsPrincipal user) => TypedResults.Ok(new MeResponse(
        user.FindFirstValue(ClaimTypes.Email) ?? user.Identity?.Name ?? "",
        DisplayNameClaimsFactory.DisplayName(user),
        user.FindAll(ClaimTypes.Role).Select(c => c.Value).Order(StringComparer.Ordinal).ToArray()));
}

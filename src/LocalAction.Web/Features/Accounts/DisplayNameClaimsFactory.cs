using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace LocalAction.Web.Features.Accounts;

/// <summary>Adds the display name to the sign-in cookie, so the layout can greet the person without a database read.</summary>
public sealed class DisplayNameClaimsFactory(UserManager<LocalActionUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<LocalActionUser, IdentityRole>(users, roles, options)
{
    public const string DisplayNameClaim = "display_name";

    public static string DisplayName(ClaimsPrincipal user) => user.FindFirstValue(DisplayNameClaim) ?? user.Identity?.Name ?? "";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(LocalActionUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(DisplayNameClaim, user.DisplayName));
        return identity;
    }
}

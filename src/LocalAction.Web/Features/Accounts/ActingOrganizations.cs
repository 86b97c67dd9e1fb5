using System.Security.Claims;
using LocalAction.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace LocalAction.Web.Features.Accounts;

/// <summary>
/// Which organizations a person may submit and edit for: their own (as focal point) and, for network staff, the network
/// and its member organizations. The Secretariat and administrators act for every organization.
/// </summary>
public sealed class ActingOrganizations(LocalActionDbContext db)
{
    public static bool IsSecretariat(ClaimsPrincipal user) => user.IsInRole(Roles.Secretariat) || user.IsInRole(Roles.Administrator);

    public static string? UserId(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier);

    public async Task<IReadOnlySet<int>> ForAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        var userId = UserId(user);
        if (userId is null) return new HashSet<int>();
        var memberships = await db.Memberships.AsNoTracking().Where(m => m.UserId == userId).Select(m => new { m.OrganizationId, m.Role }).ToListAsync(ct);
        var ids = memberships.Select(m => m.OrganizationId).ToHashSet();
        var networks = memberships.Where(m => m.Role == Roles.NetworkStaff).Select(m => m.OrganizationId).ToList();
        if (networks.Count > 0)
        {
            ids.UnionWith(await db.NetworkMembers.AsNoTracking().Where(n => networks.Contains(n.NetworkId)).Select(n => n.MemberId).ToListAsync(ct));
        }
        return ids;
    }
}

using LocalAction.Web.Data;
using LocalAction.Web.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LocalAction.Web.Pages.Admin;

/// <summary>/admin/users: every account with its roles, organizations, e-mail confirmation and lock-out.</summary>
[Authorize(Policy = AccountsSetup.AdministratorPolicy)]
public sealed class UsersModel(LocalActionDbContext db, TimeProvider clock) : PageModel
{
    public sealed record Row(string Email, string DisplayName, IReadOnlyList<string> Roles, IReadOnlyList<(string Slug, string Name)> Organizations,
        bool EmailConfirmed, DateTimeOffset? LockedOutUntil, DateTime CreatedAt);

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public PageLinks Paging { get; private set; } = null!;

    public async Task OnGetAsync([Microsoft.AspNetCore.Mvc.FromQuery(Name = "page")] int? pageNumber, CancellationToken cancellationToken)
    {
        var total = await db.Users.CountAsync(cancellationToken);
        var pages = PageLinks.Pages(total);
        var current = Math.Min(PageLinks.Clamp(pageNumber), pages);
        Paging = new PageLinks(current, pages, p => $"/admin/users?page={p}");
        var users = await db.Users.AsNoTracking().OrderBy(u => u.Email)
            .Skip((current - 1) * PageLinks.PageSize).Take(PageLinks.PageSize).ToListAsync(cancellationToken);
        var ids = users.Select(u => u.Id).ToList();
        var roles = await db.UserRoles.Where(ur => ids.Contains(ur.UserId))
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name }).ToListAsync(cancellationToken);
        var memberships = await db.Memberships.AsNoTracking().Where(m => ids.Contains(m.UserId))
            .Select(m => new { m.UserId, m.Organization!.Slug, m.Organization.Name }).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        Rows = users.Select(u => new Row(
            u.Email ?? u.UserName ?? u.Id, u.DisplayName,
            roles.Where(r => r.UserId == u.Id).Select(r => r.Name!).Order(StringComparer.Ordinal).ToList(),
            memberships.Where(m => m.UserId == u.Id).Select(m => (m.Slug, m.Name)).OrderBy(m => m.Name, StringComparer.CurrentCulture).ToList(),
            u.EmailConfirmed, u.LockoutEnd is { } end && end > now ? end : null, u.CreatedAt)).ToList();
    }
}

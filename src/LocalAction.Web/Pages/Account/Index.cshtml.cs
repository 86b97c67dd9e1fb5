using LocalAction.Web.Data;
using LocalAction.Web.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LocalAction.Web.Pages.Account;

/// <summary>/account: who you are signed in as, your roles and the organizations you act for.</summary>
[Authorize]
public sealed class IndexModel(UserManager<LocalActionUser> users, ActingOrganizations acting, LocalActionDbContext db) : PageModel
{
    public LocalActionUser Account { get; private set; } = null!;
    public IList<string> Roles { get; private set; } = [];
    public IReadOnlyList<(string Slug, string Name)> Organizations { get; private set; } = [];
    public bool ActsForAll { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        Account = user;
        Roles = await users.GetRolesAsync(user);
        ActsForAll = ActingOrganizations.IsSecretariat(User);
        var ids = await acting.ForAsync(User, cancellationToken);
        Organizations = (await db.Organizations.AsNoTracking().Where(o => ids.Contains(o.Id)).OrderBy(o => o.Name)
            .Select(o => new { o.Slug, o.Name }).ToListAsync(cancellationToken)).Select(o => (o.Slug, o.Name)).ToList();
        return Page();
    }
}

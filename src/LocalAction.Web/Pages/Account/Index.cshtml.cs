using LocalAction.Web.Data;
using LocalAction.Web.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace LocalAction.Web.Pages.Account;

/// <summary>/account: who you are signed in as, your roles, the organizations you act for and the language you read.</summary>
[Authorize]
public sealed class IndexModel(
    UserManager<LocalActionUser> users, ActingOrganizations acting, LocalActionDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> l)
    : FormPageModel
{
    public LocalActionUser Account { get; private set; } = null!;
    public IList<string> Roles { get; private set; } = [];
    public IReadOnlyList<(string Slug, string Name)> Organizations { get; private set; } = [];
    public bool ActsForAll { get; private set; }

    /// <summary>The language e-mails are written in (and the interface's on sign-in); the form starts with the stored one.</summary>
    [BindProperty]
    public string? PreferredLanguage { get; set; }

    /// <summary>A flag rather than a message: the page after the change is in the new language, and so is the message.</summary>
    [TempData]
    public bool LanguageSaved { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken)) return Challenge();
        PreferredLanguage = Account.PreferredLanguage;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken)) return Challenge();
        var language = PreferredLanguage?.Trim();
        if (!UserLanguages.IsSupported(language))
        {
            ModelState.AddModelError(nameof(PreferredLanguage), l["Choose English, French or Spanish."]);
            return FormWithErrors();
        }
        if (db.Change(Account, language!, clock.GetUtcNow().UtcDateTime)) await db.SaveChangesAsync(cancellationToken);
        // The same setting as the language selector: the interface switches along.
        WebSetup.RememberLanguage(Response, language!);
        LanguageSaved = true;
        return RedirectToPage();
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return false;
        Account = user;
        Roles = await users.GetRolesAsync(user);
        ActsForAll = ActingOrganizations.IsSecretariat(User);
        var ids = await acting.ForAsync(User, cancellationToken);
        Organizations = (await db.Organizations.AsNoTracking().Where(o => ids.Contains(o.Id)).OrderBy(o => o.Name)
            .Select(o => new { o.Slug, o.Name }).ToListAsync(cancellationToken)).Select(o => (o.Slug, o.Name)).ToList();
        return true;
    }
}

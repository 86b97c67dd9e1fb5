using LocalAction.Web.Data;
using LocalAction.Web.Features.Accounts;
using LocalAction.Web.Features.Forums;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace LocalAction.Web.Pages.ForumPages;

/// <summary>/forums/{code}/events/new: the Secretariat publishes a side event of a forum with its registration page.</summary>
[Authorize(Policy = AccountsSetup.SecretariatPolicy)]
public sealed class NewEventModel(LocalActionDbContext db, SideEvents sideEvents, IStringLocalizer<SharedResource> l) : FormPageModel
{
    [BindProperty] public SideEventInput Input { get; set; } = new();
    public Forum Forum { get; private set; } = null!;
    [TempData] public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        if (!await LoadAsync(code, ct)) return NotFound();
        Input.TimeZone = Forum.TimeZone;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, CancellationToken ct)
    {
        if (!await LoadAsync(code, ct)) return NotFound();
        var (page, errors) = await sideEvents.CreateAsync(code, Input, User, ct);
        if (page is null)
        {
            foreach (var (key, messages) in errors)
                foreach (var message in messages) ModelState.AddModelError(key, message);
            return FormWithErrors();
        }
        Message = l["The side event is published with its registration page."];
        return Redirect($"/events/{page.Slug}");
    }

    private async Task<bool> LoadAsync(string code, CancellationToken ct)
    {
        var forum = await db.Forums.AsNoTracking().SingleOrDefaultAsync(f => f.Code == code, ct);
        if (forum is null) return false;
        Forum = forum;
        return true;
    }
}

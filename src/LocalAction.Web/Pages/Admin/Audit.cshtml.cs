using LocalAction.Web.Data;
using LocalAction.Web.Features.Accounts;
using LocalAction.Web.Features.Audit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LocalAction.Web.Pages.Admin;

/// <summary>/admin/audit: the audit log, newest first, filtered by action.</summary>
[Authorize(Policy = AccountsSetup.AdministratorPolicy)]
public sealed class AuditModel(LocalActionDbContext db) : PageModel
{
    public IReadOnlyList<AuditEvent> Events { get; private set; } = [];
    public IReadOnlyList<string> Actions { get; private set; } = [];
    public string? Action { get; private set; }
    public PageLinks Paging { get; private set; } = null!;

    public async Task OnGetAsync([Microsoft.AspNetCore.Mvc.FromQuery(Name = "page")] int? pageNumber, string? action, CancellationToken cancellationToken)
    {
        Actions = await db.AuditEvents.AsNoTracking().Select(e => e.Action).Distinct().OrderBy(a => a).ToListAsync(cancellationToken);
        Action = string.IsNullOrEmpty(action) ? null : action;
        var events = db.AuditEvents.AsNoTracking();
        if (Action is not null) events = events.Where(e => e.Action == Action);
        var total = await events.CountAsync(cancellationToken);
        var pages = PageLinks.Pages(total);
        var current = Math.Min(PageLinks.Clamp(pageNumber), pages);
        var filter = Action is null ? "" : $"action={Uri.EscapeDataString(Action)}&";
        Paging = new PageLinks(current, pages, p => $"/admin/audit?{filter}page={p}");
        Events = await events.OrderByDescending(e => e.At).ThenByDescending(e => e.Id)
            .Skip((current - 1) * PageLinks.PageSize).Take(PageLinks.PageSize).ToListAsync(cancellationToken);
    }
}

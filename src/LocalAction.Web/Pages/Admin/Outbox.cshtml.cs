using LocalAction.Web.Data;
using LocalAction.Web.Features.Accounts;
using LocalAction.Web.Features.Mail;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LocalAction.Web.Pages.Admin;

/// <summary>/admin/outbox: every e-mail the site queued, newest first, with how it went.</summary>
[Authorize(Policy = AccountsSetup.AdministratorPolicy)]
public sealed class OutboxModel(LocalActionDbContext db) : PageModel
{
    public sealed record Row(long Id, string Purpose, string To, string Subject, DateTime CreatedAt, DateTime? SentAt, string? Transport, int Attempts, string? LastError);

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public PageLinks Paging { get; private set; } = null!;
    public int Total { get; private set; }

    public async Task OnGetAsync([Microsoft.AspNetCore.Mvc.FromQuery(Name = "page")] int? pageNumber, CancellationToken cancellationToken)
    {
        Total = await db.OutboxMessages.CountAsync(cancellationToken);
        var pages = PageLinks.Pages(Total);
        var current = Math.Min(PageLinks.Clamp(pageNumber), pages);
        Paging = new PageLinks(current, pages, p => $"/admin/outbox?page={p}");
        Rows = await db.OutboxMessages.AsNoTracking().OrderByDescending(m => m.Id)
            .Skip((current - 1) * PageLinks.PageSize).Take(PageLinks.PageSize)
            .Select(m => new Row(m.Id, m.Purpose, m.To, m.Subject, m.CreatedAt, m.SentAt, m.Transport, m.Attempts, m.LastError))
            .ToListAsync(cancellationToken);
    }
}

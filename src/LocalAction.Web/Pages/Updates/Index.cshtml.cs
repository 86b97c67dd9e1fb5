using LocalAction.Web.Data;
using LocalAction.Web.Features.Accounts;
using LocalAction.Web.Features.Updates;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LocalAction.Web.Pages.Updates;

/// <summary>
/// Updates sent through the platform: for the Secretariat the validation queue (awaiting validation, oldest first, with
/// their age); for pledgers the updates of their organizations' pledges and where each stands.
/// </summary>
[Authorize]
public sealed class IndexModel(LocalActionDbContext db, ActingOrganizations acting, TimeProvider clock) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)] public string? Status { get; set; }
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;

    public bool IsSecretariat { get; private set; }
    public UpdateStatus? Wanted { get; private set; }
    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public int Total { get; private set; }
    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    public sealed record Row(int Id, string PledgeId, string? Title, string? Campaign, UpdateStatus Status, DateTime? SubmittedAt, int Interviews);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        IsSecretariat = ActingOrganizations.IsSecretariat(User);
        if (Status is not null && (!Enum.TryParse<UpdateStatus>(Status, true, out var parsed) || int.TryParse(Status, out _))) return BadRequest();
        Wanted = Status is null ? (IsSecretariat ? UpdateStatus.Submitted : null) : Enum.Parse<UpdateStatus>(Status, true);
        if (PageNumber < 1) PageNumber = 1;
        var query = db.PledgeUpdates.AsNoTracking().Where(u => u.SubmittedAt != null);
        if (!IsSecretariat)
        {
            var mine = (await acting.ForAsync(User, ct)).ToList();
            query = query.Where(u => u.Pledge!.Organizations.Any(o => mine.Contains(o.OrganizationId)));
        }
        if (Wanted is { } w) query = query.Where(u => u.Status == w);
        Total = await query.CountAsync(ct);
        Rows = await query.OrderBy(u => u.SubmittedAt).ThenBy(u => u.Id).Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(u => new Row(u.Id, u.Pledge!.PublicId, u.Pledge.Title,
                db.UpdateCampaigns.Where(c => c.Id == u.CampaignId).Select(c => c.Name).FirstOrDefault(), u.Status, u.SubmittedAt, u.Interviews.Count))
            .ToListAsync(ct);
        return Page();
    }
}

using LocalAction.Web.Data;
using LocalAction.Web.Features.Accounts;
using LocalAction.Web.Features.Submissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LocalAction.Web.Pages.Submissions;

/// <summary>The submitter's desk: their organizations' submissions with their state, and invitations to pledge jointly.</summary>
[Authorize]
public sealed class IndexModel(LocalActionDbContext db, ActingOrganizations acting) : PageModel
{
    public const int PageSize = 25;
    public IReadOnlyList<SubmissionListItem> Items { get; private set; } = [];
    public IReadOnlyList<SubmissionListItem> Invitations { get; private set; } = [];
    public int Total { get; private set; }
    public int PageNumber { get; private set; } = 1;
    public bool ActsForAnyone { get; private set; }

    public async Task OnGetAsync(int? page, CancellationToken ct)
    {
        var mine = (await acting.ForAsync(User, ct)).ToList();
        ActsForAnyone = mine.Count > 0 || ActingOrganizations.IsSecretariat(User);
        var visible = await SubmissionsApi.VisibleAsync(User, db, acting, ct);
        if (ActingOrganizations.IsSecretariat(User)) visible = visible.Where(s => mine.Contains(s.LeadOrganizationId) || s.CreatedByUserId == ActingOrganizations.UserId(User));
        Total = await visible.CountAsync(ct);
        PageNumber = Math.Clamp(page ?? 1, 1, 100_000);
        Items = await Project(visible.OrderByDescending(s => s.UpdatedAt).Skip((PageNumber - 1) * PageSize).Take(PageSize)).ToListAsync(ct);
        Invitations = await Project(db.Submissions.AsNoTracking()
            .Where(s => s.CoPledgers.Any(c => c.AcceptedAt == null && mine.Contains(c.OrganizationId)))
            .Where(s => s.State != Features.Pledges.ReviewState.Published && s.State != Features.Pledges.ReviewState.Rejected && s.State != Features.Pledges.ReviewState.Withdrawn)
            .OrderBy(s => s.CreatedAt)).ToListAsync(ct);
    }

    private static IQueryable<SubmissionListItem> Project(IQueryable<Submission> q) =>
        q.Select(x => new SubmissionListItem(x.Id, x.Title, x.State, x.Version, x.Round!.Code, x.LeadOrganization!.Slug, x.LeadOrganization.Name,
            x.UpdatedAt, x.SubmittedAt, x.PublishedPublicId));
}

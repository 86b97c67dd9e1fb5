using LocalAction.Web.Data;
using LocalAction.Web.Features.Accounts;
using LocalAction.Web.Features.Pledges;
using LocalAction.Web.Features.Submissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace LocalAction.Web.Pages.Review;

/// <summary>
/// The Secretariat's queue: open submissions, oldest first, with their age; filters; one decision on many at once (all or
/// nothing, after a confirmation).
/// </summary>
[Authorize(Policy = AccountsSetup.SecretariatPolicy)]
public sealed class IndexModel(LocalActionDbContext db, SubmissionWorkflow workflow, TimeProvider clock, IStringLocalizer<SharedResource> l) : PageModel
{
    public const int PageSize = 50;
    public static readonly ReviewState[] OpenStates = [ReviewState.Submitted, ReviewState.InReview, ReviewState.Validated];

    [BindProperty(SupportsGet = true)] public string? State { get; set; }
    [BindProperty(SupportsGet = true)] public string? Round { get; set; }
    [BindProperty(SupportsGet = true)] public string? Compact { get; set; }
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;
    [BindProperty] public List<int> Ids { get; set; } = [];
    [BindProperty] public string? BulkAction { get; set; }
    [BindProperty] public string? Comment { get; set; }
    [BindProperty] public bool Confirm { get; set; }

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public int Total { get; private set; }
    public IReadOnlyList<(string Code, string Name)> Rounds { get; private set; } = [];
    public string? Message { get; private set; }
    public IReadOnlyList<string> Problems { get; private set; } = [];
    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    public sealed record Row(int Id, string? Title, ReviewState State, string Organization, string Round, Compact? Compact, DateTime? SubmittedAt, DateTime CreatedAt, bool IsEdit);

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var problems = new List<string>();
        if (Ids.Count == 0) problems.Add(l["Select at least one submission."]);
        if (string.IsNullOrEmpty(BulkAction) || !ReviewAction.Rules.ContainsKey(BulkAction)) problems.Add(l["Choose an action."]);
        if (!Confirm) problems.Add(l["Tick the box to confirm the change of every selected submission."]);
        if (problems.Count == 0)
        {
            var (succeeded, refusals) = await workflow.DecideManyAsync(User, Ids, BulkAction!, Comment, ct);
            if (succeeded)
            {
                TempData["Message"] = l["{0} submissions changed.", Ids.Distinct().Count()].Value;
                return RedirectToPage(new { State, Round, Compact, Q });
            }
            problems.Add(l["Nothing was changed: {0} of the selected submissions cannot take this action.", refusals.Count]);
            problems.AddRange(refusals.Select(r => $"#{r.Key}: {r.Value}"));
        }
        Problems = problems;
        Response.StatusCode = 400;
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Rounds = (await db.Rounds.AsNoTracking().OrderBy(r => r.Year).ToListAsync(ct)).Select(r => (r.Code, r.Name)).ToList();
        var query = db.Submissions.AsNoTracking().AsQueryable();
        query = State switch
        {
            null or "" or "open" => query.Where(s => OpenStates.Contains(s.State)),
            "all" => query,
            _ when Enum.TryParse<ReviewState>(State, true, out var st) => query.Where(s => s.State == st),
            _ => query.Where(s => false),
        };
        if (!string.IsNullOrEmpty(Round)) query = query.Where(s => s.Round!.Code == Round);
        if (Enum.TryParse<Compact>(Compact, true, out var compact)) query = query.Where(s => s.Compact == compact);
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var q = Q.Trim().ToLower();
            query = query.Where(s => (s.Title ?? "").ToLower().Contains(q) || s.LeadOrganization!.Name.ToLower().Contains(q));
        }
        Total = await query.CountAsync(ct);
        PageNumber = Math.Clamp(PageNumber, 1, 100_000);
        // Oldest first: the longest-waiting submission is the next one to review.
        Rows = await query.OrderBy(s => s.SubmittedAt == null).ThenBy(s => s.SubmittedAt).ThenBy(s => s.CreatedAt)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(s => new Row(s.Id, s.Title, s.State, s.LeadOrganization!.Name, s.Round!.Code, s.Compact, s.SubmittedAt, s.CreatedAt, s.PledgeId != null))
            .ToListAsync(ct);
        Message = TempData["Message"] as string;
    }

    public string Age(Row row)
    {
        var days = (int)(Now - (row.SubmittedAt ?? row.CreatedAt)).TotalDays;
        return days == 0 ? l["today"] : l["{0} days", days];
    }
}

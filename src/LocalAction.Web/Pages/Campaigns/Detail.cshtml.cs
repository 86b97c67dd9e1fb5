using LocalAction.Web.Data;
using LocalAction.Web.Features.Accounts;
using LocalAction.Web.Features.Campaigns;
using LocalAction.Web.Features.Pledges;
using LocalAction.Web.Features.Updates;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LocalAction.Web.Pages.UpdateCampaigns;

/// <summary>/campaigns/{code}: every pledge in a campaign's scope with its traffic light and whether it reported in the campaign.</summary>
[Authorize(Policy = AccountsSetup.SecretariatPolicy)]
public sealed class DetailModel(LocalActionDbContext db, TimeProvider clock) : PageModel
{
    public const int PageSize = 50;

    public sealed record Row(string PublicId, string? Title, string? Lead, string Round, ReportingState State, bool Submitted, bool Validated);

    public UpdateCampaign Campaign { get; private set; } = null!;
    public string State { get; private set; } = "";
    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public IReadOnlyDictionary<ReportingLight, int> Counts { get; private set; } = new Dictionary<ReportingLight, int>();
    public int Total { get; private set; }
    public int SubmittedCount { get; private set; }
    public int ValidatedCount { get; private set; }
    public PageLinks Paging { get; private set; } = null!;

    /// <summary>Only pledges with this light (green, amber, red); all when empty.</summary>
    [BindProperty(SupportsGet = true)] public string? Light { get; set; }

    public async Task<IActionResult> OnGetAsync(string code, [FromQuery(Name = "page")] int? pageNumber, CancellationToken ct)
    {
        var campaign = await db.UpdateCampaigns.AsNoTracking().SingleOrDefaultAsync(c => c.Code == code, ct);
        if (campaign is null) return NotFound();
        Campaign = campaign;
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        State = IndexModel.StateOn(today, campaign.OpensOn, campaign.ClosesOn);

        var inScope = db.UpdateCampaignPledges.Where(cp => cp.CampaignId == campaign.Id).Select(cp => cp.PledgeId);
        var pledges = await db.Pledges.AsNoTracking().Where(p => inScope.Contains(p.Id))
            .Select(p => new
            {
                p.Id, p.PublicId, p.Title, p.PledgedOn, Round = p.Round!.Name, p.Round.Year,
                Lead = p.Organizations.Where(o => o.Role == PledgeRole.Lead).Select(o => o.Organization!.Name).FirstOrDefault(),
            }).ToListAsync(ct);
        var updates = (await db.PledgeUpdates.AsNoTracking()
                .Where(u => inScope.Contains(u.PledgeId) && (u.Status == UpdateStatus.Validated || u.CampaignId == campaign.Id))
                .Select(u => new { u.PledgeId, u.Status, u.CampaignId, u.ReportedOn, u.SourceDocument, u.ValidatedAt }).ToListAsync(ct))
            .ToLookup(u => u.PledgeId);

        var all = pledges.Select(p =>
        {
            var mine = updates[p.Id].ToList();
            var (state, _) = ReportingBasis.For(today,
                mine.Where(u => u.Status == UpdateStatus.Validated).Select(u => ReportingBasis.ForUpdate(u.ReportedOn, u.SourceDocument, u.ValidatedAt)),
                p.PledgedOn, p.Year);
            var inCampaign = mine.Where(u => u.CampaignId == campaign.Id).ToList();
            return new Row(p.PublicId, p.Title, p.Lead, p.Round, state,
                inCampaign.Any(u => u.Status != UpdateStatus.Draft), inCampaign.Any(u => u.Status == UpdateStatus.Validated));
        }).OrderBy(r => r.PublicId, StringComparer.Ordinal).ToList();

        Counts = all.GroupBy(r => r.State.Light).ToDictionary(g => g.Key, g => g.Count());
        SubmittedCount = all.Count(r => r.Submitted);
        ValidatedCount = all.Count(r => r.Validated);
        var shown = Light is { Length: > 0 } light ? all.Where(r => ReportingBasis.Name(r.State.Light) == light).ToList() : all;
        Total = shown.Count;
        var pages = Math.Max(1, (Total + PageSize - 1) / PageSize);
        var current = Math.Min(PageLinks.Clamp(pageNumber), pages);
        Rows = shown.Skip((current - 1) * PageSize).Take(PageSize).ToList();
        var filter = Light is { Length: > 0 } ? $"light={Uri.EscapeDataString(Light)}&" : "";
        Paging = new PageLinks(current, pages, n => $"/campaigns/{Uri.EscapeDataString(campaign.Code)}?{filter}page={n}");
        return Page();
    }
}

using LocalAction.Web.Data;
using LocalAction.Web.Features.Accounts;
using LocalAction.Web.Features.Updates;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using CampaignService = LocalAction.Web.Features.Campaigns.Campaigns;

// Not LocalAction.Web.Pages.Campaigns: that namespace would hide the Campaigns service from every page namespace beside it.
namespace LocalAction.Web.Pages.UpdateCampaigns;

/// <summary>/campaigns: the Secretariat's update campaigns, how far each got, and the form that opens a new one.</summary>
[Authorize(Policy = AccountsSetup.SecretariatPolicy)]
public sealed class IndexModel(LocalActionDbContext db, CampaignService campaigns, IStringLocalizer<SharedResource> l) : FormPageModel
{
    public sealed class InputModel
    {
        public string? Code { get; set; }
        public string? Name { get; set; }
        public string? OpensOn { get; set; }
        public string? ClosesOn { get; set; }
        public List<string> Rounds { get; set; } = [];
    }

    public sealed record Row(string Code, string Name, DateOnly OpensOn, DateOnly ClosesOn, string State, int Pledges, int Submitted, int Validated);

    [BindProperty] public InputModel Input { get; set; } = new();

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public IReadOnlyList<(string Code, string Name)> RoundChoices { get; private set; } = [];
    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();

    [TempData] public string? Message { get; set; }

    public IReadOnlyDictionary<string, string> Labels => new Dictionary<string, string>
    {
        ["code"] = l["Code"], ["name"] = l["Name"], ["opensOn"] = l["Opens on"], ["closesOn"] = l["Closes on"], ["rounds"] = l["Rounds"],
    };

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var (campaign, errors) = await campaigns.CreateAsync(User, Input.Code, Input.Name, Input.OpensOn, Input.ClosesOn, Input.Rounds, ct);
        if (campaign is null)
        {
            Errors = errors;
            await LoadAsync(ct);
            return FormWithErrors();
        }
        Message = string.Format(l["The campaign “{0}” was created with {1:N0} pledges in scope."].Value, campaign.Name, campaign.Pledges.Count);
        return RedirectToPage();
    }

    /// <summary>Open, upcoming or closed on today's date (the app's clock, so tests can move it).</summary>
    public static string StateOn(DateOnly today, DateOnly opensOn, DateOnly closesOn) =>
        today < opensOn ? "upcoming" : today > closesOn ? "closed" : "open";

    private async Task LoadAsync(CancellationToken ct)
    {
        var today = campaigns.Today;
        RoundChoices = (await db.Rounds.AsNoTracking().OrderBy(r => r.Year).Select(r => new { r.Code, r.Name }).ToListAsync(ct))
            .Select(r => (r.Code, r.Name)).ToList();
        var rows = await db.UpdateCampaigns.AsNoTracking().OrderByDescending(c => c.OpensOn).ThenBy(c => c.Code)
            .Select(c => new
            {
                c.Id, c.Code, c.Name, c.OpensOn, c.ClosesOn, Pledges = c.Pledges.Count,
                Submitted = db.PledgeUpdates.Count(u => u.CampaignId == c.Id && u.Status != UpdateStatus.Draft),
                Validated = db.PledgeUpdates.Count(u => u.CampaignId == c.Id && u.Status == UpdateStatus.Validated),
            }).ToListAsync(ct);
        Rows = rows.Select(c => new Row(c.Code, c.Name, c.OpensOn, c.ClosesOn, StateOn(today, c.OpensOn, c.ClosesOn), c.Pledges, c.Submitted, c.Validated)).ToList();
    }
}

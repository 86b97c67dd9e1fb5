using LocalAction.Web.Data;
using LocalAction.Web.Features.Accounts;
using LocalAction.Web.Features.Organizations;
using LocalAction.Web.Features.Submissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace LocalAction.Web.Pages.Submissions;

/// <summary>Step 1 of a new pledge (who pledges, in which round), and the start of an edit of a published pledge.</summary>
[Authorize]
public sealed class NewModel(LocalActionDbContext db, SubmissionWorkflow workflow, ActingOrganizations acting, TimeProvider clock,
    IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty] public SubmissionInput Form { get; set; } = new();
    public IReadOnlyList<Organization> LeadChoices { get; private set; } = [];
    public SubmissionFormOptions Options { get; private set; } = null!;
    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();
    public string? Refusal { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        Form.Round = Options.OpenRounds.FirstOrDefault()?.Code;
        if (LeadChoices.Count == 1) Form.LeadOrganization = LeadChoices[0].Slug;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Form.Language ??= System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var result = await workflow.CreateAsync(User, Form, ct);
        if (result.Succeeded) return RedirectToPage("Edit", new { id = result.Submission!.Id, step = 2 });
        await LoadAsync(ct);
        Errors = result.Errors ?? new Dictionary<string, string[]>();
        if (result.Outcome == WorkflowOutcome.Forbidden) Errors = new Dictionary<string, string[]> { [SubmissionFields.LeadOrganization] = [result.Message!] };
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    /// <summary>"Propose an edit" on a pledge page: opens the pledge's one edit submission.</summary>
    public async Task<IActionResult> OnPostEditPledgeAsync(string publicId, CancellationToken ct)
    {
        var result = await workflow.StartEditAsync(User, publicId ?? "", ct);
        if (result.Succeeded) return RedirectToPage("Edit", new { id = result.Submission!.Id, step = 2 });
        await LoadAsync(ct);
        Refusal = result.Message;
        Response.StatusCode = result.Outcome == WorkflowOutcome.NotFound ? 404 : 403;
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Options = await SubmissionFormOptions.LoadAsync(db, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), FacetLabelsLanguage, ct);
        LeadChoices = await SubmissionFormOptions.LeadChoicesAsync(db, await acting.ForAsync(User, ct), ActingOrganizations.IsSecretariat(User), ct);
    }

    private static string FacetLabelsLanguage => Features.Search.FacetLabels.Language;

    public IReadOnlyDictionary<string, string> Labels => new Dictionary<string, string>
    {
        [SubmissionFields.LeadOrganization] = l["Pledging organization"], [SubmissionFields.Round] = l["Round"],
    };
}

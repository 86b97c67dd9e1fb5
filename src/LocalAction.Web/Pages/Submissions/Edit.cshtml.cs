using LocalAction.Web.Data;
using LocalAction.Web.Features.Accounts;
using LocalAction.Web.Features.Organizations;
using LocalAction.Web.Features.Search;
using LocalAction.Web.Features.Submissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace LocalAction.Web.Pages.Submissions;

/// <summary>
/// One step of the submission form. Each save checks the version the form was opened with: if someone saved since, the
/// page answers 409, keeps what was typed, shows what is stored now, and the next save (from the new version) wins.
/// </summary>
[Authorize]
public sealed class EditModel(LocalActionDbContext db, SubmissionWorkflow workflow, ActingOrganizations acting, TimeProvider clock,
    IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty] public SubmissionInput Form { get; set; } = new();
    [BindProperty] public int Version { get; set; }

    /// <summary>Co-pledgers as typed: one organization id per line.</summary>
    [BindProperty] public string? CoPledgerLines { get; set; }
    [BindProperty(SupportsGet = true)] public int Step { get; set; } = 1;
    public Submission Submission { get; private set; } = null!;
    public SubmissionFormOptions Options { get; private set; } = null!;
    public IReadOnlyList<Organization> LeadChoices { get; private set; } = [];
    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();
    public string? Refusal { get; private set; }
    public string? ConflictMessage { get; private set; }

    /// <summary>On a conflict: what is stored now, shown beside what the person typed.</summary>
    public SubmissionInput? Stored { get; private set; }

    /// <summary>Objectives pre-selected from the mapping table because none was chosen yet.</summary>
    public bool ShowsSuggestions { get; private set; }
    public PrioritySuggestions Suggestions { get; private set; } = new(new HashSet<int>(), new HashSet<string>(), new HashSet<int>());
    public IReadOnlyDictionary<string, string> Labels => SubmissionLabels.For(l);
    public (int Number, string Title, string[] Fields) CurrentStep => SubmissionFields.Steps[Step - 1];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refused) return refused;
        var content = SubmissionWorkflow.ContentOf(Submission);
        Form = content.ToInput(await workflow.SlugsAsync(content, ct));
        Version = Submission.Version;
        if (Step == 5 && content is { GcmObjectives.Count: 0, GcrAreas.Count: 0, Sdgs.Count: 0, Priorities.Count: > 0 })
        {
            // Suggest what the mapping table links to the chosen priorities; the submitter adjusts.
            ShowsSuggestions = true;
            Form.GcmObjectives = [.. Suggestions.GcmObjectives.Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture))];
            Form.GcrAreas = [.. Suggestions.GcrAreas];
            Form.Sdgs = [.. Suggestions.Sdgs.Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture))];
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, string? go, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refused) return refused;
        if (CoPledgerLines is not null)
        {
            Form.CoPledgers = [.. CoPledgerLines.Split(['\n', '\r', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
        }
        var result = await workflow.SaveAsync(User, id, Version, Form, CurrentStep.Fields, ct);
        switch (result.Outcome)
        {
            case WorkflowOutcome.Ok:
                TempData["Saved"] = l["Draft saved."].Value;
                if (go == "back") return RedirectToPage("Edit", new { id, step = Math.Max(1, Step - 1) });
                if (go == "stay") return RedirectToPage("Edit", new { id, step = Step });
                return Step == SubmissionFields.Steps.Count ? RedirectToPage("Detail", new { id }) : RedirectToPage("Edit", new { id, step = Step + 1 });
            case WorkflowOutcome.Conflict:
                Submission = result.Submission!;
                var stored = SubmissionWorkflow.ContentOf(Submission);
                Stored = stored.ToInput(await workflow.SlugsAsync(stored, ct));
                ConflictMessage = result.Message;
                Version = Submission.Version;
                ModelState.Remove(nameof(Version));
                Response.StatusCode = StatusCodes.Status409Conflict;
                return Page();
            case WorkflowOutcome.Invalid:
                Errors = result.Errors!;
                Response.StatusCode = StatusCodes.Status400BadRequest;
                return Page();
            case WorkflowOutcome.NotFound:
                return NotFound();
            default:
                Refusal = result.Message;
                Response.StatusCode = StatusCodes.Status403Forbidden;
                return Page();
        }
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken ct)
    {
        Step = Math.Clamp(Step, 1, SubmissionFields.Steps.Count);
        var submission = await workflow.FindAsync(id, ct);
        if (submission is null) return NotFound();
        Submission = submission;
        var permissions = await workflow.PermissionsAsync(User, submission, ct);
        if (!permissions.CanView) return NotFound();
        Options = await SubmissionFormOptions.LoadAsync(db, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), FacetLabels.Language, ct);
        LeadChoices = await SubmissionFormOptions.LeadChoicesAsync(db, await acting.ForAsync(User, ct), ActingOrganizations.IsSecretariat(User), ct);
        var content = SubmissionWorkflow.ContentOf(submission);
        Suggestions = PrioritySuggestions.For(Options.PriorityMappings.Where(p => content.Priorities.Contains(p.Number)));
        if (!permissions.CanEdit)
        {
            Refusal = submission.State is Features.Pledges.ReviewState.Submitted or Features.Pledges.ReviewState.InReview or Features.Pledges.ReviewState.Validated
                ? l["This pledge is with the Secretariat for review: only the Secretariat can change it now."]
                : permissions.CanAcceptFor.Count > 0 ? l["Accept the invitation to pledge jointly before editing."] : l["You cannot edit this submission."];
            Response.StatusCode = StatusCodes.Status403Forbidden;
            return Page();
        }
        return null;
    }

    public bool Has(string field) => Errors.ContainsKey(field);
    public string Invalid(string field) => Has(field) ? "is-invalid" : "";
}

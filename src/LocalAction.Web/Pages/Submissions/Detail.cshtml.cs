using LocalAction.Web.Data;
using LocalAction.Web.Features.Search;
using LocalAction.Web.Features.Submissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace LocalAction.Web.Pages.Submissions;

/// <summary>
/// A submission's preview, state and history, with what the reader may do next: submit, withdraw, accept a joint pledge,
/// or (the Secretariat) decide.
/// </summary>
[Authorize]
public sealed class DetailModel(LocalActionDbContext db, SubmissionWorkflow workflow, TimeProvider clock, IStringLocalizer<SharedResource> l) : PageModel
{
    public Submission Submission { get; private set; } = null!;
    public SubmissionInput Entered { get; private set; } = new();
    public SubmissionPermissions Permissions { get; private set; } = null!;
    public SubmissionFormOptions Options { get; private set; } = null!;
    public IReadOnlyDictionary<string, string[]> Missing { get; private set; } = new Dictionary<string, string[]>();
    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();
    public string? Message { get; private set; }
    public IReadOnlyDictionary<string, string> Labels => SubmissionLabels.For(l);
    public IReadOnlyDictionary<int, string> OrganizationNames { get; private set; } = new Dictionary<int, string>();
    [BindProperty] public string? Comment { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ?? Page();

    public Task<IActionResult> OnPostSubmitAsync(int id, int version, CancellationToken ct) =>
        ActAsync(id, () => workflow.SubmitAsync(User, id, version, ct), l["Submitted: the Secretariat will review your pledge."], ct);

    public Task<IActionResult> OnPostWithdrawAsync(int id, int version, bool confirm, CancellationToken ct) => confirm
        ? ActAsync(id, () => workflow.WithdrawAsync(User, id, version, ct), l["The submission was withdrawn."], ct)
        : FailAsync(id, l["Tick the box to confirm the withdrawal."], ct);

    public Task<IActionResult> OnPostAcceptAsync(int id, int organizationId, CancellationToken ct) =>
        ActAsync(id, () => workflow.AcceptCoPledgeAsync(User, id, organizationId, ct), l["Accepted: your organization now pledges jointly and can edit this pledge."], ct);

    public Task<IActionResult> OnPostReviewAsync(int id, int version, string? action, CancellationToken ct) =>
        ActAsync(id, () => workflow.DecideAsync(User, id, version, action ?? "", Comment, ct), l["Decision recorded."], ct);

    private async Task<IActionResult> ActAsync(int id, Func<Task<WorkflowResult>> act, string success, CancellationToken ct)
    {
        var result = await act();
        if (result.Succeeded)
        {
            TempData["Message"] = success;
            return RedirectToPage("Detail", new { id });
        }
        if (result.Outcome == WorkflowOutcome.NotFound) return NotFound();
        if (await LoadAsync(id, ct) is { } refused) return refused;
        Message = result.Message;
        Errors = result.Errors ?? new Dictionary<string, string[]>();
        Response.StatusCode = result.Outcome switch
        {
            WorkflowOutcome.Forbidden => 403,
            WorkflowOutcome.Conflict => 409,
            _ => 400,
        };
        return Page();
    }

    private async Task<IActionResult> FailAsync(int id, string message, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refused) return refused;
        Message = message;
        Response.StatusCode = 400;
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken ct)
    {
        var s = await workflow.FindAsync(id, ct);
        if (s is null) return NotFound();
        Permissions = await workflow.PermissionsAsync(User, s, ct);
        if (!Permissions.CanView) return NotFound();
        Submission = s;
        var content = SubmissionWorkflow.ContentOf(s);
        Entered = content.ToInput(await workflow.SlugsAsync(content, ct));
        Options = await SubmissionFormOptions.LoadAsync(db, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), FacetLabels.Language, ct);
        var ids = content.CoPledgers.Append(s.LeadOrganizationId).ToList();
        OrganizationNames = db.Organizations.Where(o => ids.Contains(o.Id)).ToDictionary(o => o.Id, o => o.Name);
        if (Features.Submissions.ReviewAction.IsOpen(s.State)) Missing = await workflow.CompletenessErrorsAsync(s, ct);
        return null;
    }

    public string StepLink(string field) => $"/submissions/{Submission.Id}/edit?step={SubmissionFields.StepOf(field)}#{field}";
}

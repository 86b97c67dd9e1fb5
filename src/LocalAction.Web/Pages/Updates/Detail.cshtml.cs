using LocalAction.Web.Data;
using LocalAction.Web.Features.Accounts;
using LocalAction.Web.Features.Submissions;
using LocalAction.Web.Features.Updates;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace LocalAction.Web.Pages.Updates;

/// <summary>
/// One update: submitted values beside the current ones (what the Secretariat corrected is marked), interviews and files;
/// for the Secretariat, the follow-up interview log, corrections, validation and rejection.
/// </summary>
[Authorize]
public sealed class DetailModel(LocalActionDbContext db, UpdateWorkflow workflow, IStringLocalizer<SharedResource> l) : FormPageModel
{
    [FromRoute] public int Id { get; set; }
    [BindProperty] public UpdateInput Input { get; set; } = new();
    [BindProperty] public int Version { get; set; }
    [BindProperty] public string? HeldOn { get; set; }
    [BindProperty] public string? Interviewer { get; set; }
    [BindProperty] public string? Notes { get; set; }
    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public bool Confirm { get; set; }

    public PledgeUpdate Update { get; private set; } = null!;
    public string? CampaignName { get; private set; }
    public bool IsSecretariat { get; private set; }
    public UpdateInput Submitted { get; private set; } = new();
    public UpdateInput Current { get; private set; } = new();
    public IReadOnlyList<string> Corrected { get; private set; } = [];
    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();
    public string? Problem { get; private set; }

    /// <summary>Which form the errors belong to: interview, correct, reject.</summary>
    public string? FailedForm { get; private set; }
    public UpdateForm Form => new(FailedForm == "correct" ? Input : Current, FailedForm == "correct" ? Errors : new Dictionary<string, string[]>(), UpdateForm.LabelsFor(l));
    public bool CanDecide => IsSecretariat && Update.Status == UpdateStatus.Submitted;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostInterviewAsync(CancellationToken ct) =>
        HandleAsync("interview", () => workflow.RecordInterviewAsync(User, Id, HeldOn, Interviewer, Notes, ct), l["Interview recorded."], ct);

    public Task<IActionResult> OnPostCorrectAsync(CancellationToken ct) =>
        HandleAsync("correct", () => workflow.CorrectAsync(User, Id, Version, Input, ct), l["Corrections saved. The submitted values are kept beside them."], ct);

    public Task<IActionResult> OnPostValidateAsync(CancellationToken ct)
    {
        if (!Confirm)
        {
            return HandleAsync("validate", () => Task.FromResult(UpdateResult.Invalid(
                new Dictionary<string, string[]> { ["confirm"] = [l["Tick the box to confirm: the update becomes public."]] }, l["The update was not validated."])), "", ct);
        }
        return HandleAsync("validate", () => workflow.ValidateAsync(User, Id, Version, ct), l["Update validated: it is now on the pledge's public page."], ct);
    }

    public Task<IActionResult> OnPostRejectAsync(CancellationToken ct) =>
        HandleAsync("reject", () => workflow.RejectAsync(User, Id, Version, Reason, ct), l["Update rejected; the pledger was told why."], ct);

    private async Task<IActionResult> HandleAsync(string form, Func<Task<UpdateResult>> action, string success, CancellationToken ct)
    {
        var result = await action();
        if (result.Succeeded)
        {
            TempData["Message"] = success;
            return Redirect($"/updates/{Id}");
        }
        if (result.Outcome == WorkflowOutcome.NotFound) return NotFound();
        db.ChangeTracker.Clear();
        if (!await LoadAsync(ct)) return NotFound();
        FailedForm = form;
        Errors = result.Errors ?? new Dictionary<string, string[]>();
        Problem = result.Message;
        Response.StatusCode = result.Outcome switch
        {
            WorkflowOutcome.Forbidden => StatusCodes.Status403Forbidden,
            WorkflowOutcome.Conflict => StatusCodes.Status409Conflict,
            _ => StatusCodes.Status400BadRequest,
        };
        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var update = await workflow.FindAsync(Id, ct);
        if (update is null || !await workflow.ActsForAsync(User, update.Pledge!, ct)) return false;
        Update = update;
        IsSecretariat = ActingOrganizations.IsSecretariat(User);
        CampaignName = update.CampaignId is { } c ? await db.UpdateCampaigns.Where(x => x.Id == c).Select(x => x.Name).SingleOrDefaultAsync(ct) : null;
        var submitted = UpdateWorkflow.SubmittedValues(update);
        var current = UpdateValues.Of(update);
        Submitted = UpdateInput.From(submitted);
        Current = UpdateInput.From(current);
        Corrected = UpdateValues.Differences(submitted, current);
        return true;
    }
}

using LocalAction.Web.Data;
using LocalAction.Web.Features.Campaigns;
using LocalAction.Web.Features.Pledges;
using LocalAction.Web.Features.Submissions;
using LocalAction.Web.Features.Updates;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace LocalAction.Web.Pages.Updates;

/// <summary>
/// The simplified update form (seed 001, section 05): one page, filled by a focal point or network staff for a pledge in an
/// open campaign. Every error at once; nothing is saved until everything is right.
/// </summary>
[Authorize]
[RequestSizeLimit(MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes)]
public sealed class NewModel(LocalActionDbContext db, UpdateWorkflow workflow, IStringLocalizer<SharedResource> l) : FormPageModel
{
    /// <summary>Five files of 5 MB and the text, with room for the multipart framing.</summary>
    public const long MaxRequestBytes = AttachmentInspector.MaxFiles * (long)AttachmentInspector.MaxBytes + 1_000_000;

    [FromRoute] public string PublicId { get; set; } = "";
    [BindProperty] public UpdateInput Input { get; set; } = new();
    [BindProperty] public List<IFormFile> Files { get; set; } = [];

    public Pledge? Pledge { get; private set; }
    public UpdateCampaign? Campaign { get; private set; }
    public string? Refusal { get; private set; }
    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();
    public UpdateForm Form => new(Input, Errors, UpdateForm.LabelsFor(l));

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await CheckAsync(ct)) return Page();
        Input.Language ??= System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        Input.Stage ??= Pledge!.Stage is { } s ? Features.Search.FilterValues.Kebab(s) : null;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await CheckAsync(ct)) return Page();
        var files = new List<IncomingFile>();
        foreach (var file in Files.Where(f => f.Length > 0 || !string.IsNullOrEmpty(f.FileName)))
        {
            // The request size limit above bounds what can be held here; the inspector then applies the per-file limit.
            using var buffer = new MemoryStream();
            await file.OpenReadStream().CopyToAsync(buffer, ct);
            files.Add(new IncomingFile(file.FileName, buffer.ToArray()));
        }
        var result = await workflow.SubmitAsync(User, PublicId, Input, files, ct);
        if (result.Succeeded)
        {
            TempData["Message"] = l["Thank you: your update was sent to the Secretariat, which will validate it before it is published."].Value;
            return Redirect($"/updates/{result.Update!.Id}");
        }
        if (result.Outcome == WorkflowOutcome.Invalid)
        {
            Errors = result.Errors!;
            return FormWithErrors();
        }
        Refusal = result.Message;
        Response.StatusCode = StatusFor(result.Outcome);
        return Page();
    }

    /// <summary>Loads the pledge and says why it cannot be updated now (with the matching status code), if it cannot.</summary>
    private async Task<bool> CheckAsync(CancellationToken ct)
    {
        Pledge = await db.Pledges.Include(p => p.Organizations).AsNoTracking().SingleOrDefaultAsync(p => p.PublicId == PublicId, ct);
        var (campaign, refusal) = await workflow.CheckSubmissionAsync(User, Pledge, ct);
        Campaign = campaign;
        if (refusal is null) return true;
        Refusal = refusal.Message;
        Response.StatusCode = StatusFor(refusal.Outcome);
        return false;
    }

    private static int StatusFor(WorkflowOutcome outcome) => outcome switch
    {
        WorkflowOutcome.NotFound => StatusCodes.Status404NotFound,
        WorkflowOutcome.Forbidden => StatusCodes.Status403Forbidden,
        _ => StatusCodes.Status409Conflict,
    };
}

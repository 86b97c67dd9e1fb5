using System.Security.Claims;
using LocalAction.Web.Features.Accounts;
using LocalAction.Web.Features.Imports;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace LocalAction.Web.Pages.Pledges;

/// <summary>
/// /pledges/import: the Secretariat uploads a file, which is checked in the background (a dry run whose progress the page
/// shows); the page then lists every problem by row and column, or what the import will do, and imports the same kept file
/// once confirmed. Works without JavaScript (a link reloads the progress); with it, the progress updates itself.
/// </summary>
[Authorize(Policy = AccountsSetup.SecretariatPolicy)]
[ImportUploadLimit]
public sealed class ImportModel(ImportJobs jobs, ImportSettings settings, IStringLocalizer<SharedResource> l) : FormPageModel
{
    public const string FileField = "file";

    /// <summary>Problems shown beside the file field (none, or why the upload was refused).</summary>
    public Dictionary<string, string[]> Errors { get; } = [];
    public Dictionary<string, string> Labels => new() { [FileField] = l["CSV or Excel (.xlsx) file"] };
    public ImportJob? Current { get; private set; }
    public int MaxMegabytes => settings.MaxUploadMegabytes;

    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";

    public IActionResult OnGet(Guid? job, string? problem)
    {
        if (problem == ImportUploadLimitAttribute.TooLarge)
        {
            Errors[FileField] = [l["The file is over the limit of {0} MB.", settings.MaxUploadMegabytes]];
            Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
        }
        if (job is null) return Page();
        Current = jobs.Find(job.Value, UserId);
        if (Current is null)
        {
            Errors[FileField] = [l["This import is no longer available (imports are kept for two hours, on the server that received them): upload the file again."]];
            Response.StatusCode = StatusCodes.Status404NotFound;
        }
        return Page();
    }

    /// <summary>The progress the page's script polls; the page itself shows the same without script.</summary>
    public IActionResult OnGetStatus(Guid job)
    {
        if (jobs.Find(job, UserId) is not { } current) return NotFound();
        return new JsonResult(new
        {
            state = current.State.ToString().ToLowerInvariant(),
            percent = (int)(current.Progress.Fraction * 100),
            rows = current.Progress.Rows,
            text = ProgressText(current),
            done = !current.IsRunning,
        });
    }

    public async Task<IActionResult> OnPostCheckAsync(IFormFile? file, CancellationToken ct)
    {
        if (file is null || file.Length == 0)
        {
            Errors[FileField] = [l["Choose a CSV or Excel (.xlsx) file."]];
            return FormWithErrors();
        }
        ImportUpload upload;
        await using (var source = file.OpenReadStream())
        {
            try
            {
                upload = await ImportUpload.SaveAsync(file.FileName, source, settings.MaxUploadBytes, ct);
            }
            catch (ImportUpload.UploadTooLargeException)
            {
                Errors[FileField] = [l["The file is over the limit of {0} MB.", settings.MaxUploadMegabytes]];
                Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                return Page();
            }
        }
        await using (upload)
        {
            var job = jobs.Start(upload, UserId, User.FindFirstValue(ClaimTypes.Email) ?? User.Identity?.Name ?? "?");
            // Redirect after the upload, so reloading the page polls the job instead of sending the file again.
            return RedirectToPage(new { job = job.Id });
        }
    }

    public IActionResult OnPostImport(Guid job)
    {
        Current = jobs.Find(job, UserId);
        if (Current is null) return OnGet(job, null);
        if (!jobs.Import(Current))
        {
            Errors[FileField] = [l["This file cannot be imported as it is: check it again."]];
            return FormWithErrors();
        }
        return RedirectToPage(new { job = Current.Id });
    }

    public string ProgressText(ImportJob job) => job.State == ImportJobState.Checking
        ? l["Checking the file: {0:P0} read ({1:N0} rows).", job.Progress.Fraction, job.Progress.Rows]
        : job.Progress.Phase == ImportPhase.Checking
            ? l["Checking the file again before importing: {0:P0} read ({1:N0} rows).", job.Progress.Fraction, job.Progress.Rows]
            : l["Importing: {0:P0} done ({1:N0} rows).", job.Progress.Fraction, job.Progress.Rows];
}

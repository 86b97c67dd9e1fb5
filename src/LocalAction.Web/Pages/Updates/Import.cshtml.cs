using LocalAction.Web.Features.Updates.Import;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace LocalAction.Web.Pages.Updates;

/// <summary>
/// Bulk updates from a file: check it (dry run), then import it. The file is uploaded again for the import rather than kept
/// between the two steps: nothing has to be stored or trusted from the client, and the import checks every row again anyway.
/// </summary>
[Authorize]
[RequestSizeLimit(UpdateImportApi.MaxBodyBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = UpdateImportApi.MaxBodyBytes)]
public sealed class ImportModel(UpdateImport import, IStringLocalizer<SharedResource> l) : FormPageModel
{
    public ImportReport? Report { get; private set; }
    public string? FileName { get; private set; }
    public string? Problem { get; private set; }
    [TempData] public string? Message { get; set; }

    public void OnGet()
    {
    }

    public Task<IActionResult> OnPostCheckAsync(IFormFile? file, CancellationToken ct) => RunAsync(file, dryRun: true, ct);

    public Task<IActionResult> OnPostImportAsync(IFormFile? file, CancellationToken ct) => RunAsync(file, dryRun: false, ct);

    private async Task<IActionResult> RunAsync(IFormFile? file, bool dryRun, CancellationToken ct)
    {
        if (file is null)
        {
            Problem = l["Choose a CSV or Excel (.xlsx) file."];
            return FormWithErrors();
        }
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        FileName = ImportFileReader.DisplayName(file.FileName);
        Report = dryRun ? await import.DryRunAsync(User, file.FileName, buffer.ToArray(), ct) : await import.CommitAsync(User, file.FileName, buffer.ToArray(), ct);
        if (!Report.IsClean) return FormWithErrors();
        if (dryRun) return Page();
        // Redirect after the commit, so reloading the page cannot post the file twice.
        Message = l["{0} updates from '{1}' were imported; they await validation by the Secretariat.", Report.Imported, FileName];
        return RedirectToPage();
    }
}

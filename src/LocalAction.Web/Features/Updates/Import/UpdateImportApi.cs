using System.Security.Claims;
using LocalAction.Web.Features.Accounts;
using Microsoft.AspNetCore.Mvc;
using LocalAction.Web.Features.Imports.Files;
using Microsoft.Extensions.Localization;

namespace LocalAction.Web.Features.Updates.Import;

/// <summary>The answer to an import: the dry run's findings, or the number of updates a commit saved.</summary>
public sealed record ImportResponse(bool DryRun, int Rows, int Ready, int Imported, IReadOnlyList<ImportRowError> Errors);

/// <summary>
/// POST /api/v1/updates/import: the bulk import for scripts, with personal API tokens like the submissions API. A file
/// problem is 413 (too large), 415 (wrong type) or 400; a commit with row errors is 422 and saves nothing.
/// </summary>
public static class UpdateImportApi
{
    /// <summary>The file's limit plus room for the multipart envelope, so an oversized file still gets the reader's message with its size.</summary>
    public const long MaxBodyBytes = ImportFileReader.MaxBytes + 1024 * 1024;

    public static RouteGroupBuilder MapUpdateImportApi(this RouteGroupBuilder api)
    {
        // A token, never the cookie, authenticates this endpoint, so there is no cross-site form to guard against.
        api.MapPost("/updates/import", Import).WithTags("Updates").RequireAuthorization(AccountsSetup.ApiPolicy).DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(MaxBodyBytes))
            .WithSummary("Bulk updates from a CSV or .xlsx file (multipart field 'file'); dryRun=true (the default) only checks, dryRun=false saves all rows or none");
        return api;
    }

    private static async Task<IResult> Import(HttpRequest request, ClaimsPrincipal user, UpdateImport import, IStringLocalizer<SharedResource> l,
        string? dryRun, CancellationToken ct)
    {
        var dry = true;
        if (dryRun is not null && !bool.TryParse(dryRun, out dry))
            return Problem(400, "Invalid parameter", l["dryRun is true or false, not '{0}'.", dryRun.Length > 20 ? dryRun[..20] + "…" : dryRun]);
        if (request.ContentLength > MaxBodyBytes)
            return Problem(413, "File too large", l["The request is {0:N1} MB; the file's limit is {1} MB.", request.ContentLength / 1048576.0, ImportFileReader.MaxBytes / 1048576]);
        if (!request.HasFormContentType)
            return Problem(415, "Unsupported media type", l["Send the file as multipart/form-data, in the field 'file'."]);

        IFormFile? file;
        try
        {
            file = (await request.ReadFormAsync(ct)).Files.GetFile("file");
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return Problem(413, "File too large", l["The file is over the limit of {0} MB.", ImportFileReader.MaxBytes / 1048576]);
        }
        catch (InvalidDataException)
        {
            return Problem(400, "Malformed request", l["The multipart body could not be read."]);
        }
        if (file is null) return Problem(400, "No file", l["Send the file in the multipart field 'file'."]);

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        var report = dry ? await import.DryRunAsync(user, file.FileName, buffer.ToArray(), ct) : await import.CommitAsync(user, file.FileName, buffer.ToArray(), ct);

        if (report.FileError is { } fileError)
        {
            return fileError.Problem switch
            {
                ImportFileProblem.TooLarge => Problem(413, "File too large", fileError.Message),
                ImportFileProblem.WrongType => Problem(415, "Unsupported file type", fileError.Message),
                ImportFileProblem.Empty => Problem(400, "Empty file", fileError.Message),
                ImportFileProblem.Conflict => Problem(409, "Nothing was imported", fileError.Message),
                _ => Problem(400, "Unusable file", fileError.Message),
            };
        }
        if (!dry && !report.IsClean)
        {
            var failing = report.Rows - report.Ready;
            return TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "Nothing was imported",
                detail: l["{0} of the {1} rows have errors, so no update was imported. Correct them and send the file again.", failing, report.Rows],
                extensions: new Dictionary<string, object?> { ["rows"] = report.Rows, ["ready"] = report.Ready, ["errors"] = report.Errors });
        }
        return TypedResults.Ok(new ImportResponse(dry, report.Rows, report.Ready, report.Imported, report.Errors));
    }

    private static IResult Problem(int status, string title, string detail) => TypedResults.Problem(statusCode: status, title: title, detail: detail);
}

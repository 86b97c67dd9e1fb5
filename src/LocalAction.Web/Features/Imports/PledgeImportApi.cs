using System.Security.Claims;
using LocalAction.Web.Features.Accounts;
using LocalAction.Web.Features.Api;
using LocalAction.Web.Features.Imports.Files;
using Microsoft.Extensions.Localization;

namespace LocalAction.Web.Features.Imports;

/// <summary>The answer to a clean import: what the dry run would do, or what the commit did.</summary>
public sealed record PledgeImportResponse(bool DryRun, bool Committed, int Rows, int Created, int Updated, int Unchanged, int OrganizationsCreated);

/// <summary>
/// POST /api/v1/pledges/import?dryRun=true|false: the pledge import for the Secretariat's scripts, with a personal API token
/// like every non-public API. 400 lists every row's problems (row, column, message); 409 when the registry changed during the
/// commit; 413, 415 for a file too large or of the wrong type. Nothing is saved unless the whole file is clean.
/// </summary>
public static class PledgeImportApi
{
    public static WebApplication MapPledgeImportApi(this WebApplication app)
    {
        // A token, never the cookie, authenticates this endpoint, so there is no cross-site form to guard against.
        app.MapGroup(ApiSetup.Prefix).MapPost("/pledges/import", Import).WithTags("Pledges").RequireAuthorization(AccountsSetup.ApiPolicy).DisableAntiforgery()
            .WithSummary("Secretariat: create and update pledges from a CSV or .xlsx file laid out like the pledge export (multipart field 'file'); dryRun=true (the default) only checks, dryRun=false saves all rows or none");
        return app;
    }

    private static async Task<IResult> Import(HttpRequest request, ClaimsPrincipal user, PledgeImport import, ImportSettings settings,
        IStringLocalizer<SharedResource> l, string? dryRun, CancellationToken ct)
    {
        if (!user.IsInRole(Roles.Secretariat) && !user.IsInRole(Roles.Administrator))
            return Problem(StatusCodes.Status403Forbidden, "Forbidden", l["Only the Secretariat imports pledges."]);
        var dry = true;
        if (dryRun is not null && !bool.TryParse(dryRun, out dry))
            return Problem(StatusCodes.Status400BadRequest, "Invalid parameter", l["dryRun is true or false, not '{0}'.", InputValues.Shorten(dryRun)]);

        var (upload, problem) = await ImportUpload.ReceiveAsync(request, settings, l, ct);
        if (problem is not null) return problem;
        await using (upload)
        {
            var report = await import.RunAsync(upload!.FileName, upload.Content, dry, Actor(user), limitSize: true, progress: null, ct);
            return Answer(report, l);
        }
    }

    public static string Actor(ClaimsPrincipal user) => Audit.AuditLog.Actor(user);

    private static IResult Answer(PledgeImportReport report, IStringLocalizer<SharedResource> l)
    {
        var extensions = new Dictionary<string, object?>
        {
            ["rows"] = report.Rows, ["errorCount"] = report.ErrorCount, ["errors"] = report.Errors,
        };
        if (report.FileError is { } fileError)
        {
            var (status, title) = fileError.Problem switch
            {
                ImportFileProblem.TooLarge => (StatusCodes.Status413PayloadTooLarge, "File too large"),
                ImportFileProblem.WrongType => (StatusCodes.Status415UnsupportedMediaType, "Unsupported file type"),
                ImportFileProblem.Empty => (StatusCodes.Status400BadRequest, "Empty file"),
                ImportFileProblem.Conflict => (StatusCodes.Status409Conflict, "Nothing was imported"),
                _ => (StatusCodes.Status400BadRequest, "Unusable file"),
            };
            return TypedResults.Problem(statusCode: status, title: title, detail: fileError.Message, extensions: extensions);
        }
        if (report.ErrorCount > 0)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: report.DryRun ? "The file has errors" : "Nothing was imported",
                detail: l["{0} problems in '{1}'; nothing was saved. Each names its row and column.", report.ErrorCount, report.FileName],
                extensions: extensions);
        }
        return TypedResults.Ok(new PledgeImportResponse(report.DryRun, report.Committed, report.Rows, report.Created, report.Updated, report.Unchanged,
            report.OrganizationsCreated));
    }

    private static IResult Problem(int status, string title, string detail) => TypedResults.Problem(statusCode: status, title: title, detail: detail);
}

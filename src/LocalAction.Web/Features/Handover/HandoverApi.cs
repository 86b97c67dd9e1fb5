using System.Security.Claims;
using LocalAction.Web.Features.Accounts;
using LocalAction.Web.Features.Search;

namespace LocalAction.Web.Features.Handover;

/// <summary>
/// GET /api/v1/handover/{gcm|gcr|gfmd}?round=…: a round's hand-over package as a .zip, for the Secretariat with a personal
/// API token (the sign-in cookie is not accepted: the same rule as every non-public API).
/// </summary>
public static class HandoverApi
{
    public static RouteGroupBuilder MapHandoverApi(this RouteGroupBuilder api)
    {
        api.MapGet("/handover/{package}", Download).WithTags("Hand-over").RequireAuthorization(AccountsSetup.ApiPolicy)
            .WithSummary("Secretariat: a round's hand-over package (gcm, gcr or gfmd) as a .zip of the package CSV, the validation report and the left-out list");
        return api;
    }

    public static async Task<IResult> Download(string package, string? round, ClaimsPrincipal user, HandoverBuilder builder, HttpRequest request, CancellationToken ct)
    {
        if (!user.IsInRole(Roles.Secretariat) && !user.IsInRole(Roles.Administrator))
            return TypedResults.Problem(statusCode: 403, title: "Forbidden", detail: "Only the Secretariat prepares hand-over packages.");
        if (!HandoverBuilder.Packages.TryGetValue(package, out var chosen))
            return TypedResults.Problem(statusCode: 400, title: "Unknown package",
                detail: $"'{QueryParameters.Shorten(package)}' is not a hand-over package. Use one of: {string.Join(", ", HandoverBuilder.Packages.Keys)}.",
                extensions: new Dictionary<string, object?> { ["parameter"] = "package" });
        if (string.IsNullOrWhiteSpace(round))
            return TypedResults.Problem(statusCode: 400, title: "Round missing", detail: "Give the round, e.g. ?round=imrf-2022.",
                extensions: new Dictionary<string, object?> { ["parameter"] = "round" });
        var result = await builder.BuildAsync(chosen, round, AccountLinks.Absolute(request, ""), ct);
        if (result is null)
            return TypedResults.Problem(statusCode: 400, title: "Unknown round", detail: $"No round has the code '{QueryParameters.Shorten(round)}'.",
                extensions: new Dictionary<string, object?> { ["parameter"] = "round" });
        return TypedResults.File(HandoverZip.Write(result), HandoverZip.ContentType, HandoverZip.FileName(result));
    }
}

using System.Security.Claims;
using System.Text.Json.Serialization;
using LocalAction.Web.Features.Accounts;
using LocalAction.Web.Features.Pledges;
using LocalAction.Web.Features.Submissions;
using Microsoft.AspNetCore.Mvc;
using static LocalAction.Web.Features.InputValues;

namespace LocalAction.Web.Features.Translations;

/// <summary>
/// Translations of a published pledge's title and description with personal API tokens (Secretariat): the public reads
/// them in GET /api/v1/pledges/{publicId} (field "translations"). Same rules and messages as the page.
/// </summary>
public static class TranslationsApi
{
    /// <param name="Source">"secretariat" (default) or "pledger".</param>
    /// <param name="Version">The version you are replacing (from the pledge's translations); omit or 0 to add a new one.</param>
    [JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
    public sealed record TranslationRequest(string? Title, string? Description, string? Source, int? Version);

    public sealed record TranslationView(string PublicId, string Language, string? Title, string? Description, string Source, int Version, DateTime UpdatedAt, string UpdatedBy);

    public static RouteGroupBuilder MapTranslationsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/pledges/{publicId}/translations").WithTags("Pledges").RequireAuthorization(AccountsSetup.ApiPolicy)
            .WithMetadata(new RequestSizeLimitAttribute(SubmissionsApi.MaxBodyBytes));
        group.MapPut("/{language}", Put).WithName("PutPledgeTranslation")
            .WithSummary("Secretariat: add or replace the title and description in a language (en, fr, es) other than the original; 409 if changed since your version");
        group.MapDelete("/{language}", Delete).WithName("DeletePledgeTranslation")
            .WithSummary("Secretariat: remove a translation (?version= the one you saw); the original text is untouched");
        return api;
    }

    private static async Task<IResult> Put(string publicId, string language, TranslationRequest request, ClaimsPrincipal user, PledgeTranslations translations, CancellationToken ct)
    {
        if (!PledgesApi.IsWellFormed(publicId)) return MalformedId(publicId);
        TranslationSource source;
        if (request.Source is null) source = TranslationSource.Secretariat;
        else if (ParseEnum<TranslationSource>(request.Source) is { } parsed) source = parsed;
        else
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["source"] = [$"'{Shorten(request.Source)}' is not a source: use secretariat or pledger."] },
                title: "The translation is not valid.");
        }
        var result = await translations.SaveAsync(user, publicId, language, request.Title, request.Description, source, request.Version, ct);
        return result.Succeeded ? TypedResults.Ok(View(publicId, result.Translation!)) : Failure(publicId, result);
    }

    private static async Task<IResult> Delete(string publicId, string language, int? version, ClaimsPrincipal user, PledgeTranslations translations, CancellationToken ct)
    {
        if (!PledgesApi.IsWellFormed(publicId)) return MalformedId(publicId);
        if (version is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["version"] = ["Give the version of the translation you are removing (?version=), so a newer one is not removed unseen."] },
                title: "The request is not valid.");
        }
        var result = await translations.DeleteAsync(user, publicId, language, version.Value, ct);
        return result.Succeeded ? TypedResults.NoContent() : Failure(publicId, result);
    }

    private static TranslationView View(string publicId, PledgeTranslation t) =>
        new(publicId, t.Language, t.Title, t.Description, Search.FilterValues.Kebab(t.Source), t.Version, t.UpdatedAt, t.UpdatedBy);

    private static IResult Failure(string publicId, PledgeTranslations.Result result) => result.Outcome switch
    {
        WorkflowOutcome.Invalid => TypedResults.ValidationProblem(result.Errors!, title: result.Message),
        WorkflowOutcome.NotFound => TypedResults.Problem(statusCode: 404, title: "Not found", detail: result.Message),
        WorkflowOutcome.Forbidden => TypedResults.Problem(statusCode: 403, title: "Forbidden", detail: result.Message),
        _ => TypedResults.Problem(statusCode: 409, title: "Conflict", detail: result.Message,
            extensions: result.Translation is { } current
                ? new Dictionary<string, object?> { ["currentVersion"] = current.Version, ["current"] = View(publicId, current) }
                : null),
    };

    private static IResult MalformedId(string publicId) =>
        TypedResults.Problem(statusCode: 400, title: "Malformed pledge id", detail: $"'{Shorten(publicId)}' is not a pledge id; ids look like CLA-2022-0007.");
}

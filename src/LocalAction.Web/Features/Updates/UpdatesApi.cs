using System.Security.Claims;
using LocalAction.Web.Data;
using LocalAction.Web.Features.Accounts;
using LocalAction.Web.Features.Pledges;
using LocalAction.Web.Features.Submissions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using static LocalAction.Web.Features.InputValues;

namespace LocalAction.Web.Features.Updates;

/// <summary>
/// The update process for programs, with personal API tokens: submit an update (files go through the form), and the
/// Secretariat's interviews, corrections, validation and rejection. Same rules and messages as the pages.
/// </summary>
public static class UpdatesApi
{
    public sealed record VersionRequest(int Version);
    public sealed record CorrectionRequest(int Version, UpdateInput Values);
    public sealed record RejectionRequest(int Version, string? Reason);
    public sealed record InterviewRequest(string? HeldOn, string? Interviewer, string? Notes);

    public static RouteGroupBuilder MapUpdatesApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/updates").WithTags("Updates").RequireAuthorization(AccountsSetup.ApiPolicy)
            .WithMetadata(new RequestSizeLimitAttribute(SubmissionsApi.MaxBodyBytes));
        group.MapGet("/{id:int}", Get).WithSummary("One update you may see: submitted and current values, interviews, files");
        group.MapPut("/{id:int}", Correct).WithSummary("Secretariat: correct the values (the submitted ones are kept); 409 if changed since your version");
        group.MapPost("/{id:int}/interviews", Interview).WithSummary("Secretariat: record a follow-up interview");
        group.MapPost("/{id:int}/validate", Validate).WithSummary("Secretariat: validate, which publishes the update");
        group.MapPost("/{id:int}/reject", Reject).WithSummary("Secretariat: reject with a reason for the pledger");
        api.MapPost("/pledges/{publicId}/updates", Submit).WithTags("Updates").RequireAuthorization(AccountsSetup.ApiPolicy)
            .WithMetadata(new RequestSizeLimitAttribute(SubmissionsApi.MaxBodyBytes))
            .WithSummary("Submit an update of a pledge you act for, in its open campaign");
        return api;
    }

    private static async Task<IResult> Submit(string publicId, UpdateInput input, ClaimsPrincipal user, UpdateWorkflow workflow, LocalActionDbContext db, CancellationToken ct)
    {
        if (!PledgesApi.IsWellFormed(publicId)) return TypedResults.Problem(statusCode: 400, title: "Malformed pledge id", detail: $"'{Shorten(publicId)}' is not a pledge id; ids look like CLA-2022-0007.");
        var result = await workflow.SubmitAsync(user, publicId, input, [], ct);
        if (!result.Succeeded) return Failure(result);
        return TypedResults.Created($"/api/v1/updates/{result.Update!.Id}", await ViewAsync(result.Update, db, ct));
    }

    private static async Task<IResult> Get(int id, ClaimsPrincipal user, UpdateWorkflow workflow, LocalActionDbContext db, CancellationToken ct)
    {
        var update = await workflow.FindAsync(id, ct);
        if (update is null || !await workflow.ActsForAsync(user, update.Pledge!, ct)) return NotFound();
        return TypedResults.Ok(await ViewAsync(update, db, ct));
    }

    private static async Task<IResult> Correct(int id, CorrectionRequest request, ClaimsPrincipal user, UpdateWorkflow workflow, LocalActionDbContext db, CancellationToken ct) =>
        await RespondAsync(await workflow.CorrectAsync(user, id, request.Version, request.Values ?? new UpdateInput(), ct), db, ct);

    private static async Task<IResult> Interview(int id, InterviewRequest request, ClaimsPrincipal user, UpdateWorkflow workflow, LocalActionDbContext db, CancellationToken ct) =>
        await RespondAsync(await workflow.RecordInterviewAsync(user, id, request.HeldOn, request.Interviewer, request.Notes, ct), db, ct);

    private static async Task<IResult> Validate(int id, VersionRequest request, ClaimsPrincipal user, UpdateWorkflow workflow, LocalActionDbContext db, CancellationToken ct) =>
        await RespondAsync(await workflow.ValidateAsync(user, id, request.Version, ct), db, ct);

    private static async Task<IResult> Reject(int id, RejectionRequest request, ClaimsPrincipal user, UpdateWorkflow workflow, LocalActionDbContext db, CancellationToken ct) =>
        await RespondAsync(await workflow.RejectAsync(user, id, request.Version, request.Reason, ct), db, ct);

    private static async Task<IResult> RespondAsync(UpdateResult result, LocalActionDbContext db, CancellationToken ct)
    {
        if (result.Succeeded) return TypedResults.Ok(await ViewAsync(result.Update!, db, ct));
        if (result.Outcome == WorkflowOutcome.Conflict && result.Update is { } current)
        {
            // The stored version and values, so the client can merge and retry without another request.
            var view = await ViewAsync(current, db, ct);
            return TypedResults.Problem(statusCode: 409, title: "Conflict", detail: result.Message,
                extensions: new Dictionary<string, object?> { ["currentVersion"] = view.Version, ["current"] = view });
        }
        return Failure(result);
    }

    private static IResult Failure(UpdateResult result) => result.Outcome switch
    {
        WorkflowOutcome.NotFound => TypedResults.Problem(statusCode: 404, title: "Not found", detail: result.Message),
        WorkflowOutcome.Forbidden => TypedResults.Problem(statusCode: 403, title: "Forbidden", detail: result.Message),
        WorkflowOutcome.Invalid => TypedResults.ValidationProblem(result.Errors!, detail: result.Message, title: "The request was not accepted; nothing was changed."),
        _ => TypedResults.Problem(statusCode: 409, title: "Conflict", detail: result.Message),
    };

    private static async Task<UpdateView> ViewAsync(PledgeUpdate update, LocalActionDbContext db, CancellationToken ct)
    {
        var code = update.CampaignId is { } c ? await db.UpdateCampaigns.Where(x => x.Id == c).Select(x => x.Code).SingleOrDefaultAsync(ct) : null;
        return UpdateView.Of(update, code);
    }

    private static ProblemHttpResult NotFound() => TypedResults.Problem(statusCode: 404, title: "Not found", detail: "There is no update with this id that you may see.");
}

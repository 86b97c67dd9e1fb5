using System.Security.Claims;
using LocalAction.Web.Data;
using LocalAction.Web.Features.Accounts;
using LocalAction.Web.Features.Pledges;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using static LocalAction.Web.Features.InputValues;

namespace LocalAction.Web.Features.Submissions;

/// <summary>
/// The submission and review workflow for programs, with personal API tokens (never the sign-in cookie). Same rules and
/// messages as the pages; 409 with the stored version when someone saved first.
/// </summary>
public static class SubmissionsApi
{
    /// <summary>A pledge is text: 1 MB is ample, and larger bodies are refused before they are read.</summary>
    public const long MaxBodyBytes = 1_000_000;

    public static RouteGroupBuilder MapSubmissionsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/submissions").WithTags("Submissions").RequireAuthorization(AccountsSetup.ApiPolicy)
            .WithMetadata(new RequestSizeLimitAttribute(MaxBodyBytes)).AddEndpointFilter(RefuseLargeBodies);
        group.MapGet("/", List).WithSummary("Submissions you may see (the Secretariat sees all); filter by state");
        group.MapGet("/{id:int}", Get).WithSummary("One submission with its content, co-pledgers and review decisions");
        group.MapPost("/", Create).WithSummary("Start a draft (leadOrganization and round are required)");
        group.MapPut("/{id:int}", Save).WithSummary("Save a draft: send the version you started from; 409 if someone saved since");
        group.MapPost("/{id:int}/submit", Submit).WithSummary("Submit for review (every required field must be complete)");
        group.MapPost("/{id:int}/withdraw", Withdraw).WithSummary("Withdraw a submission before review starts");
        group.MapPost("/{id:int}/review", Review).WithSummary("Secretariat: start-review, request-changes, validate, publish, reject, mark-idp-only");
        group.MapPost("/review", ReviewMany).WithSummary("Secretariat: one decision on many submissions, all or nothing");
        group.MapPost("/{id:int}/co-pledgers/{organization}/accept", AcceptCoPledge).WithSummary("Accept to pledge jointly for one of your organizations");
        api.MapPost("/pledges/{publicId}/edits", StartEdit).WithTags("Submissions").RequireAuthorization(AccountsSetup.ApiPolicy)
            .WithSummary("Propose an edit of a published pledge: opens (or returns) its one open edit submission");
        return api;
    }

    /// <summary>Kestrel stops a body at the limit as it streams; this answers a declared oversized body at once, with a reason.</summary>
    private static ValueTask<object?> RefuseLargeBodies(EndpointFilterInvocationContext context, EndpointFilterDelegate next) =>
        context.HttpContext.Request.ContentLength > MaxBodyBytes
            ? ValueTask.FromResult<object?>(TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Request too large",
                detail: $"The body is {context.HttpContext.Request.ContentLength:N0} bytes; the limit is {MaxBodyBytes:N0}."))
            : next(context);

    private static async Task<Results<Ok<SubmissionListResponse>, ValidationProblem>> List(ClaimsPrincipal user, LocalActionDbContext db,
        ActingOrganizations acting, string? state, int? page, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        ReviewState? wanted = null;
        if (state is not null)
        {
            if (Enum.TryParse<ReviewState>(state, true, out var parsed) && !int.TryParse(state, out _)) wanted = parsed;
            else errors["state"] = [$"'{Shorten(state)}' is not a state; use one of {string.Join(", ", Enum.GetNames<ReviewState>())}."];
        }
        if (page is < 1 or > 100_000) errors["page"] = ["page is between 1 and 100000."];
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors, title: "The parameters are not valid.");
        var query = await VisibleAsync(user, db, acting, ct);
        if (wanted is { } s) query = query.Where(x => x.State == s);
        var total = await query.CountAsync(ct);
        var current = page ?? 1;
        var items = await query.OrderByDescending(x => x.UpdatedAt).Skip((current - 1) * 50).Take(50)
            .Select(x => new SubmissionListItem(x.Id, x.Title, x.State, x.Version, x.Round!.Code, x.LeadOrganization!.Slug, x.LeadOrganization.Name,
                x.UpdatedAt, x.SubmittedAt, x.PublishedPublicId))
            .ToListAsync(ct);
        return TypedResults.Ok(new SubmissionListResponse(items, total, current, 50));
    }

    /// <summary>The submissions a person may see: all for the Secretariat; otherwise those of the organizations they act for.</summary>
    public static async Task<IQueryable<Submission>> VisibleAsync(ClaimsPrincipal user, LocalActionDbContext db, ActingOrganizations acting, CancellationToken ct)
    {
        var query = db.Submissions.AsNoTracking();
        if (ActingOrganizations.IsSecretariat(user)) return query;
        var mine = (await acting.ForAsync(user, ct)).ToList();
        return query.Where(x => mine.Contains(x.LeadOrganizationId) || x.CoPledgers.Any(c => mine.Contains(c.OrganizationId)));
    }

    private static async Task<IResult> Get(int id, ClaimsPrincipal user, SubmissionWorkflow workflow, CancellationToken ct)
    {
        var s = await workflow.FindAsync(id, ct);
        if (s is null) return NotFound();
        var permissions = await workflow.PermissionsAsync(user, s, ct);
        return permissions.CanView ? TypedResults.Ok(await ViewAsync(s, permissions, workflow, ct)) : NotFound();
    }

    private static async Task<IResult> Create(SubmissionInput content, ClaimsPrincipal user, SubmissionWorkflow workflow, CancellationToken ct)
    {
        var result = await workflow.CreateAsync(user, content, ct);
        return result.Succeeded ? TypedResults.Created($"/api/v1/submissions/{result.Submission!.Id}", await ViewAsync(user, result.Submission, workflow, ct)) : Failure(result);
    }

    private static async Task<IResult> Save(int id, SubmissionSave save, ClaimsPrincipal user, SubmissionWorkflow workflow, CancellationToken ct) =>
        await Respond(await workflow.SaveAsync(user, id, save.Version, save.Content ?? new SubmissionInput(), null, ct), user, workflow, ct);

    private static async Task<IResult> Submit(int id, VersionedRequest request, ClaimsPrincipal user, SubmissionWorkflow workflow, CancellationToken ct) =>
        await Respond(await workflow.SubmitAsync(user, id, request.Version, ct), user, workflow, ct);

    private static async Task<IResult> Withdraw(int id, VersionedRequest request, ClaimsPrincipal user, SubmissionWorkflow workflow, CancellationToken ct) =>
        await Respond(await workflow.WithdrawAsync(user, id, request.Version, ct), user, workflow, ct);

    private static async Task<IResult> Review(int id, ReviewRequest request, ClaimsPrincipal user, SubmissionWorkflow workflow, CancellationToken ct) =>
        await Respond(await workflow.DecideAsync(user, id, request.Version, request.Action ?? "", request.Comment, ct), user, workflow, ct);

    private static async Task<IResult> ReviewMany(BulkReviewRequest request, ClaimsPrincipal user, SubmissionWorkflow workflow, CancellationToken ct)
    {
        if (!ActingOrganizations.IsSecretariat(user)) return Forbidden("Only the Secretariat reviews pledges.");
        if (request.Ids is not { Count: > 0 and <= 200 })
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["ids"] = ["Give between 1 and 200 submission ids."] });
        var (succeeded, refusals) = await workflow.DecideManyAsync(user, request.Ids, request.Action ?? "", request.Comment, ct);
        return succeeded
            ? TypedResults.Ok(new { changed = request.Ids.Distinct().Count() })
            : TypedResults.Problem(statusCode: 400, title: "Nothing was changed",
                detail: $"{refusals.Count} of the {request.Ids.Distinct().Count()} submissions cannot take this action, so none was changed.",
                extensions: new Dictionary<string, object?> { ["refusals"] = refusals.ToDictionary(r => r.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), r => r.Value) });
    }

    private static async Task<IResult> AcceptCoPledge(int id, string organization, ClaimsPrincipal user, SubmissionWorkflow workflow, LocalActionDbContext db, CancellationToken ct)
    {
        var orgId = await db.Organizations.Where(o => o.Slug == organization).Select(o => (int?)o.Id).SingleOrDefaultAsync(ct);
        if (orgId is null) return TypedResults.Problem(statusCode: 404, title: "Organization not found", detail: $"There is no organization with the id '{Shorten(organization)}'.");
        return await Respond(await workflow.AcceptCoPledgeAsync(user, id, orgId.Value, ct), user, workflow, ct);
    }

    private static async Task<IResult> StartEdit(string publicId, ClaimsPrincipal user, SubmissionWorkflow workflow, CancellationToken ct)
    {
        if (!PledgesApi.IsWellFormed(publicId)) return TypedResults.Problem(statusCode: 400, title: "Malformed pledge id", detail: $"'{Shorten(publicId)}' is not a pledge id; ids look like CLA-2022-0007.");
        var result = await workflow.StartEditAsync(user, publicId, ct);
        return result.Succeeded ? TypedResults.Ok(await ViewAsync(user, result.Submission!, workflow, ct)) : Failure(result);
    }

    private static async Task<IResult> Respond(WorkflowResult result, ClaimsPrincipal user, SubmissionWorkflow workflow, CancellationToken ct) =>
        result.Succeeded ? TypedResults.Ok(await ViewAsync(user, result.Submission!, workflow, ct)) : await FailureAsync(result, user, workflow, ct);

    private static async Task<IResult> FailureAsync(WorkflowResult result, ClaimsPrincipal user, SubmissionWorkflow workflow, CancellationToken ct)
    {
        if (result.Outcome != WorkflowOutcome.Conflict) return Failure(result);
        // The stored version and content, so the client can merge and retry without another request.
        var current = await ViewAsync(user, result.Submission!, workflow, ct);
        return TypedResults.Problem(statusCode: 409, title: "Edit conflict", detail: result.Message,
            extensions: new Dictionary<string, object?> { ["currentVersion"] = current.Version, ["current"] = current });
    }

    private static IResult Failure(WorkflowResult result) => result.Outcome switch
    {
        WorkflowOutcome.NotFound => NotFound(),
        WorkflowOutcome.Forbidden => Forbidden(result.Message!),
        WorkflowOutcome.Invalid => TypedResults.ValidationProblem(result.Errors!, detail: result.Message, title: "The request was not accepted; nothing was changed."),
        _ => TypedResults.Problem(statusCode: 409, title: "Edit conflict", detail: result.Message),
    };

    private static ProblemHttpResult NotFound() => TypedResults.Problem(statusCode: 404, title: "Submission not found", detail: "There is no submission with this id that you may see.");
    private static ProblemHttpResult Forbidden(string message) => TypedResults.Problem(statusCode: 403, title: "Forbidden", detail: message);

    private static async Task<SubmissionView> ViewAsync(ClaimsPrincipal user, Submission s, SubmissionWorkflow workflow, CancellationToken ct) =>
        await ViewAsync(s, await workflow.PermissionsAsync(user, s, ct), workflow, ct);

    public static async Task<SubmissionView> ViewAsync(Submission s, SubmissionPermissions permissions, SubmissionWorkflow workflow, CancellationToken ct)
    {
        var content = SubmissionWorkflow.ContentOf(s);
        var slugs = await workflow.SlugsAsync(content, ct);
        return new SubmissionView(s.Id, s.State, s.Version, s.Round?.Code ?? "", s.LeadOrganization?.Slug ?? "", s.Language, s.Pledge?.PublicId,
            s.PublishedPublicId, s.CreatedAt, s.UpdatedAt, s.SubmittedAt, content.ToInput(slugs),
            [.. s.CoPledgers.Select(c => new CoPledgerView(c.Organization?.Slug ?? "", c.Organization?.Name ?? "", c.AcceptedAt is not null, c.AcceptedAt))],
            [.. s.Decisions.OrderBy(d => d.At).ThenBy(d => d.Id).Select(d => new DecisionView(d.Action, d.FromState, d.ToState, d.At, d.ActorName, d.Comment))],
            permissions);
    }
}

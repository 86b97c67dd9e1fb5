using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using LocalAction.Tests.Infrastructure;
using LocalAction.Web.Features.Accounts;
using LocalAction.Web.Features.Pledges;
using LocalAction.Web.Features.Submissions;
using Microsoft.EntityFrameworkCore;
using Shouldly;
using Xunit;
using static LocalAction.Tests.Submissions.SubmissionTestData;

namespace LocalAction.Tests.Submissions;

/// <summary>Who calls: nobody, a focal point of A (accra) or of B (bogota), staff of a network A belongs to, the Secretariat, an administrator.</summary>
public enum MatrixActor
{
    Anonymous,
    FocalPointOfA,
    FocalPointOfB,
    NetworkStaffOfA,
    Secretariat,
    Administrator,
}

/// <summary>Every write of /api/v1 on submissions, each on a fresh submission of A in the state it needs.</summary>
public enum MatrixOperation
{
    CreateForA,
    SaveDraft,
    SaveChangesRequested,
    SaveSubmitted,
    SaveInReview,
    SaveValidated,
    SubmitDraft,
    WithdrawDraft,
    WithdrawSubmitted,
    ReviewStartReview,
    ReviewRequestChanges,
    ReviewValidate,
    ReviewPublish,
    ReviewReject,
    ReviewMarkIdpOnly,
    BulkReviewStartReview,
    AcceptCoPledgeForA,
    ProposeEditOfPublishedPledgeOfA,
}

/// <summary>The expected answer of every (actor, operation) cell: a status and, for a refusal, part of its problem detail.</summary>
public static class AuthorizationMatrix
{
    public sealed record Expectation(HttpStatusCode Status, string? Detail = null)
    {
        public bool Succeeds => (int)Status is >= 200 and < 300;
    }

    private static readonly Expectation Ok = new(HttpStatusCode.OK);
    private static readonly Expectation Created = new(HttpStatusCode.Created);
    private static readonly Expectation NotSignedIn = new(HttpStatusCode.Unauthorized, "needs a personal API token");
    private static readonly Expectation Invisible = new(HttpStatusCode.NotFound, "There is no submission with this id that you may see.");
    private static readonly Expectation WithTheSecretariat = new(HttpStatusCode.Forbidden, "only the Secretariat can change it now");
    private static readonly Expectation OnlySecretariatReviews = new(HttpStatusCode.Forbidden, "Only the Secretariat reviews pledges.");
    private static readonly Expectation NotActingForA = new(HttpStatusCode.Forbidden, "You do not act for the organization 'accra'.");
    private static readonly Expectation OnlyPledgersWithdraw = new(HttpStatusCode.Forbidden, "Only the pledgers can withdraw a submission");
    private static readonly Expectation OnlyPledgersProposeEdits = new(HttpStatusCode.Forbidden,
        "Only the pledging organizations' focal points and network staff can propose an edit.");

    /// <summary>Rows: operation; columns: focal point of A, focal point of B, network staff of A, Secretariat, administrator. Anonymous gets 401 everywhere.</summary>
    private static readonly (MatrixOperation Operation, Expectation FocalA, Expectation FocalB, Expectation Network, Expectation Secretariat, Expectation Admin)[] Table =
    [
        (MatrixOperation.CreateForA, Created, NotActingForA, Created, Created, Created),
        (MatrixOperation.SaveDraft, Ok, Invisible, Ok, Ok, Ok),
        (MatrixOperation.SaveChangesRequested, Ok, Invisible, Ok, Ok, Ok),
        (MatrixOperation.SaveSubmitted, WithTheSecretariat, Invisible, WithTheSecretariat, Ok, Ok),
        (MatrixOperation.SaveInReview, WithTheSecretariat, Invisible, WithTheSecretariat, Ok, Ok),
        (MatrixOperation.SaveValidated, WithTheSecretariat, Invisible, WithTheSecretariat, Ok, Ok),
        (MatrixOperation.SubmitDraft, Ok, Invisible, Ok, Ok, Ok),
        (MatrixOperation.WithdrawDraft, Ok, Invisible, Ok, OnlyPledgersWithdraw, OnlyPledgersWithdraw),
        (MatrixOperation.WithdrawSubmitted, Ok, Invisible, Ok, OnlyPledgersWithdraw, OnlyPledgersWithdraw),
        // A review is refused for the role before visibility is considered, so B gets 403 here, not 404.
        (MatrixOperation.ReviewStartReview, OnlySecretariatReviews, OnlySecretariatReviews, OnlySecretariatReviews, Ok, Ok),
        (MatrixOperation.ReviewRequestChanges, OnlySecretariatReviews, OnlySecretariatReviews, OnlySecretariatReviews, Ok, Ok),
        (MatrixOperation.ReviewValidate, OnlySecretariatReviews, OnlySecretariatReviews, OnlySecretariatReviews, Ok, Ok),
        (MatrixOperation.ReviewPublish, OnlySecretariatReviews, OnlySecretariatReviews, OnlySecretariatReviews, Ok, Ok),
        (MatrixOperation.ReviewReject, OnlySecretariatReviews, OnlySecretariatReviews, OnlySecretariatReviews, Ok, Ok),
        (MatrixOperation.ReviewMarkIdpOnly, OnlySecretariatReviews, OnlySecretariatReviews, OnlySecretariatReviews, Ok, Ok),
        (MatrixOperation.BulkReviewStartReview, OnlySecretariatReviews, OnlySecretariatReviews, OnlySecretariatReviews, Ok, Ok),
        // A's acceptance of a joint pledge led by C: only people acting for A consent for A, not the Secretariat on its behalf.
        (MatrixOperation.AcceptCoPledgeForA, Ok, Invisible, Ok, NotActingForA, NotActingForA),
        (MatrixOperation.ProposeEditOfPublishedPledgeOfA, Ok, OnlyPledgersProposeEdits, Ok, Ok, Ok),
    ];

    public static Expectation For(MatrixActor actor, MatrixOperation operation)
    {
        var row = Table.Single(r => r.Operation == operation);
        return MatrixTable.Pick(actor, NotSignedIn, (row.FocalA, row.FocalB, row.Network, row.Secretariat, row.Admin));
    }

    public static TheoryData<MatrixActor, MatrixOperation, HttpStatusCode> Cells => MatrixTable.Cells<MatrixOperation>(Table.Length, (a, o) => For(a, o).Status);
}

/// <summary>
/// Who may make which write through the API: every write endpoint for each of six actors, each cell on its own fresh
/// submission, and after every refusal the stored submission unchanged.
/// </summary>
public abstract class AuthorizationMatrixTests<TApp>(TApp app) where TApp : SeededApp
{
    private const string A = "accra";
    private const string B = "bogota";
    private const string Network = "eurocities";
    private const string C = "zurich";

    private LocalActionFactory F => app.Factory;

    [Theory]
    [MemberData(nameof(AuthorizationMatrix.Cells), MemberType = typeof(AuthorizationMatrix))]
    public async Task Each_actor_gets_the_expected_answer_for_each_write(MatrixActor actor, MatrixOperation operation, HttpStatusCode expected)
    {
        var expectation = AuthorizationMatrix.For(actor, operation);
        expectation.Status.ShouldBe(expected);
        var target = await ArrangeAsync(operation);
        var before = target.SubmissionId is { } id ? await SnapshotAsync(id) : null;
        var pledgeSubmissionsBefore = target.PledgeId is { } pledgeId ? await SubmissionsOfPledgeAsync(pledgeId) : 0;
        var client = await ClientAsync(actor);

        var response = await ActAsync(client, operation, target, before);

        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(expected, body);
        if (!expectation.Succeeds)
        {
            response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
            var problem = await ReadAsync(response);
            problem["status"]!.GetValue<int>().ShouldBe((int)expected);
            problem["detail"]!.GetValue<string>().ShouldContain(expectation.Detail!, Case.Sensitive, body);
        }

        if (operation == MatrixOperation.CreateForA)
        {
            await using var scope = F.CreateDbScope();
            var created = await scope.Db.Submissions.AsNoTracking().Where(s => s.Title == target.Title).Select(s => new { s.State, s.LeadOrganizationId }).ToListAsync();
            created.Count.ShouldBe(expectation.Succeeds ? 1 : 0);
            if (expectation.Succeeds)
            {
                created[0].State.ShouldBe(ReviewState.Draft);
                created[0].LeadOrganizationId.ShouldBe(await OrganizationIdAsync(F, A));
            }
        }
        else if (operation == MatrixOperation.ProposeEditOfPublishedPledgeOfA)
        {
            var after = await SubmissionsOfPledgeAsync(target.PledgeId!.Value);
            after.ShouldBe(expectation.Succeeds ? pledgeSubmissionsBefore + 1 : pledgeSubmissionsBefore);
            if (expectation.Succeeds)
            {
                var edit = await ReadAsync(response);
                State(edit).ShouldBe(nameof(ReviewState.Draft));
                edit["editsPledge"]!.GetValue<string>().ShouldBe(target.PublicId);
            }
        }
        else
        {
            var after = await SnapshotAsync(target.SubmissionId!.Value);
            if (!expectation.Succeeds)
            {
                after.ShouldBe(before); // version, state, decisions and acceptances as they were
            }
            else
            {
                after.Version.ShouldBe(before!.Version + 1);
                after.State.ShouldBe(StateAfter(operation, before.State));
                after.Decisions.ShouldBe(before.Decisions + (IsSave(operation) && operation != MatrixOperation.SaveValidated ? 0 : 1));
                after.AcceptedCoPledgers.ShouldBe(before.AcceptedCoPledgers + (operation == MatrixOperation.AcceptCoPledgeForA ? 1 : 0));
            }
        }
    }

    /// <summary>What a cell acts on: a submission (id), or a published pledge, or for a creation the title it will use.</summary>
    private sealed record Target(int? SubmissionId = null, int? PledgeId = null, string? PublicId = null, string? Title = null);

    /// <summary>What a refused write must leave alone.</summary>
    private sealed record Snapshot(int Version, ReviewState State, int Decisions, int AcceptedCoPledgers);

    private async Task<Target> ArrangeAsync(MatrixOperation operation)
    {
        switch (operation)
        {
            case MatrixOperation.CreateForA:
                return new Target(Title: $"Matrix creation {Guid.NewGuid():N}");
            case MatrixOperation.AcceptCoPledgeForA:
            {
                // A joint pledge led by C (made by the Secretariat, which acts for every organization) inviting A.
                var (id, _) = await CreateCompleteDraftAsync(await ArrangerAsync(Roles.Secretariat), C, [A]);
                return new Target(id);
            }
            case MatrixOperation.ProposeEditOfPublishedPledgeOfA:
            {
                var id = await SubmissionOfAInStateAsync(ReviewState.Published);
                await using var scope = F.CreateDbScope();
                var published = await scope.Db.Submissions.AsNoTracking().Where(s => s.Id == id).Select(s => new { s.PledgeId, s.PublishedPublicId }).SingleAsync();
                return new Target(PledgeId: published.PledgeId, PublicId: published.PublishedPublicId);
            }
            default:
                return new Target(await SubmissionOfAInStateAsync(StateBefore(operation)));
        }
    }

    private static ReviewState StateBefore(MatrixOperation operation) => operation switch
    {
        MatrixOperation.SaveDraft or MatrixOperation.SubmitDraft or MatrixOperation.WithdrawDraft => ReviewState.Draft,
        MatrixOperation.SaveChangesRequested => ReviewState.ChangesRequested,
        MatrixOperation.SaveSubmitted or MatrixOperation.WithdrawSubmitted or MatrixOperation.ReviewStartReview or MatrixOperation.ReviewRequestChanges
            or MatrixOperation.ReviewReject or MatrixOperation.ReviewMarkIdpOnly or MatrixOperation.BulkReviewStartReview => ReviewState.Submitted,
        MatrixOperation.SaveInReview or MatrixOperation.ReviewValidate => ReviewState.InReview,
        MatrixOperation.SaveValidated or MatrixOperation.ReviewPublish => ReviewState.Validated,
        _ => throw new ArgumentOutOfRangeException(nameof(operation)),
    };

    private static ReviewState StateAfter(MatrixOperation operation, ReviewState before) => operation switch
    {
        MatrixOperation.SubmitDraft => ReviewState.Submitted,
        MatrixOperation.WithdrawDraft or MatrixOperation.WithdrawSubmitted => ReviewState.Withdrawn,
        MatrixOperation.BulkReviewStartReview => ReviewState.InReview,
        _ when ReviewActionOf(operation) is { } action => ReviewAction.Rules[action].To,
        MatrixOperation.SaveValidated => ReviewState.InReview, // what was validated changed: back to review
        _ => before, // other saves and acceptances keep the state
    };

    private static bool IsSave(MatrixOperation operation) => operation.ToString().StartsWith("Save", StringComparison.Ordinal);

    private static string? ReviewActionOf(MatrixOperation operation) => operation switch
    {
        MatrixOperation.ReviewStartReview => ReviewAction.StartReview,
        MatrixOperation.ReviewRequestChanges => ReviewAction.RequestChanges,
        MatrixOperation.ReviewValidate => ReviewAction.Validate,
        MatrixOperation.ReviewPublish => ReviewAction.Publish,
        MatrixOperation.ReviewReject => ReviewAction.Reject,
        MatrixOperation.ReviewMarkIdpOnly => ReviewAction.MarkIdpOnly,
        _ => null,
    };

    /// <summary>A fresh complete submission of A, taken to <paramref name="state"/> the way people would: A's focal point writes and submits, the Secretariat reviews.</summary>
    private async Task<int> SubmissionOfAInStateAsync(ReviewState state)
    {
        var focal = await ArrangerAsync(Roles.FocalPoint);
        var (id, version) = await CreateCompleteDraftAsync(focal, A);
        if (state == ReviewState.Draft) return id;
        (await focal.PostAsJsonAsync($"/api/v1/submissions/{id}/submit", new { version })).EnsureSuccessStatusCode();
        if (state == ReviewState.Submitted) return id;
        var secretariat = await ArrangerAsync(Roles.Secretariat);
        string[] steps = state switch
        {
            ReviewState.ChangesRequested => [ReviewAction.RequestChanges],
            ReviewState.InReview => [ReviewAction.StartReview],
            ReviewState.Validated => [ReviewAction.StartReview, ReviewAction.Validate],
            ReviewState.Published => [ReviewAction.StartReview, ReviewAction.Validate, ReviewAction.Publish],
            _ => throw new ArgumentOutOfRangeException(nameof(state)),
        };
        foreach (var step in steps) (await ReviewAsync(secretariat, id, step, "Set up by the authorization matrix.")).EnsureSuccessStatusCode();
        (await SnapshotAsync(id)).State.ShouldBe(state);
        return id;
    }

    /// <summary>
    /// The people who arrange cells (a focal point of A, the Secretariat), one each per app: only the data of a cell is
    /// fresh, which spares two password hashes per cell. The actor of each cell is always a new user.
    /// </summary>
    private static readonly ConcurrentDictionary<(LocalActionFactory Factory, string Role), Task<HttpClient>> Arrangers = new();

    private Task<HttpClient> ArrangerAsync(string role) => Arrangers.GetOrAdd((F, role), async key =>
        key.Role == Roles.FocalPoint
            ? await TestAccounts.ApiClientAsync(key.Factory, Roles.FocalPoint, await OrganizationIdAsync(key.Factory, A))
            : await TestAccounts.ApiClientAsync(key.Factory, key.Role));

    private async Task<HttpClient> ClientAsync(MatrixActor actor) => actor switch
    {
        MatrixActor.Anonymous => F.CreateClient(),
        MatrixActor.FocalPointOfA => await TestAccounts.ApiClientAsync(F, Roles.FocalPoint, await OrganizationIdAsync(F, A)),
        MatrixActor.FocalPointOfB => await TestAccounts.ApiClientAsync(F, Roles.FocalPoint, await OrganizationIdAsync(F, B)),
        MatrixActor.NetworkStaffOfA => await TestAccounts.ApiClientAsync(F, Roles.NetworkStaff, await NetworkWithAAsMemberAsync()),
        MatrixActor.Secretariat => await TestAccounts.ApiClientAsync(F, Roles.Secretariat),
        MatrixActor.Administrator => await TestAccounts.ApiClientAsync(F, Roles.Administrator),
        _ => throw new ArgumentOutOfRangeException(nameof(actor)),
    };

    /// <summary>The network (Eurocities) with A among its members; the row is added once per database.</summary>
    private async Task<int> NetworkWithAAsMemberAsync()
    {
        var network = await OrganizationIdAsync(F, Network);
        var member = await OrganizationIdAsync(F, A);
        await using var scope = F.CreateDbScope();
        if (!await scope.Db.NetworkMembers.AnyAsync(n => n.NetworkId == network && n.MemberId == member))
        {
            scope.Db.NetworkMembers.Add(new NetworkMember { NetworkId = network, MemberId = member, CreatedBy = "test", CreatedAt = DateTime.UtcNow });
            await scope.Db.SaveChangesAsync();
        }
        return network;
    }

    private static async Task<HttpResponseMessage> ActAsync(HttpClient client, MatrixOperation operation, Target target, Snapshot? before)
    {
        var id = target.SubmissionId;
        var version = before?.Version;
        if (ReviewActionOf(operation) is { } action)
            return await client.PostAsJsonAsync($"/api/v1/submissions/{id}/review", new { action, comment = "Decided in the authorization matrix.", version });
        return operation switch
        {
            MatrixOperation.CreateForA => await client.PostAsJsonAsync("/api/v1/submissions", Complete(A, target.Title!)),
            MatrixOperation.SaveDraft or MatrixOperation.SaveChangesRequested or MatrixOperation.SaveSubmitted or MatrixOperation.SaveInReview
                or MatrixOperation.SaveValidated => await client.PutAsJsonAsync($"/api/v1/submissions/{id}", new { version, content = Complete(A, "Saved in the authorization matrix") }),
            MatrixOperation.SubmitDraft => await client.PostAsJsonAsync($"/api/v1/submissions/{id}/submit", new { version }),
            MatrixOperation.WithdrawDraft or MatrixOperation.WithdrawSubmitted => await client.PostAsJsonAsync($"/api/v1/submissions/{id}/withdraw", new { version }),
            MatrixOperation.BulkReviewStartReview => await client.PostAsJsonAsync("/api/v1/submissions/review", new { ids = new[] { id }, action = ReviewAction.StartReview }),
            MatrixOperation.AcceptCoPledgeForA => await client.PostAsync($"/api/v1/submissions/{id}/co-pledgers/{A}/accept", null),
            MatrixOperation.ProposeEditOfPublishedPledgeOfA => await client.PostAsync($"/api/v1/pledges/{target.PublicId}/edits", null),
            _ => throw new ArgumentOutOfRangeException(nameof(operation)),
        };
    }

    private async Task<Snapshot> SnapshotAsync(int id)
    {
        await using var scope = F.CreateDbScope();
        return await scope.Db.Submissions.AsNoTracking().Where(s => s.Id == id)
            .Select(s => new Snapshot(s.Version, s.State, s.Decisions.Count, s.CoPledgers.Count(c => c.AcceptedAt != null)))
            .SingleAsync();
    }

    private async Task<int> SubmissionsOfPledgeAsync(int pledgeId)
    {
        await using var scope = F.CreateDbScope();
        return await scope.Db.Submissions.CountAsync(s => s.PledgeId == pledgeId);
    }
}

public sealed class AuthorizationMatrixTestsOnSqlite(SqliteApp app) : AuthorizationMatrixTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class AuthorizationMatrixTestsOnPostgres(PostgresApp app) : AuthorizationMatrixTests<PostgresApp>(app), IClassFixture<PostgresApp>;

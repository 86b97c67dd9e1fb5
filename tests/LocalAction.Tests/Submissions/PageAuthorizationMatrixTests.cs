using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using LocalAction.Tests.Infrastructure;
using LocalAction.Web.Features.Accounts;
using LocalAction.Web.Features.Organizations;
using LocalAction.Web.Features.Pledges;
using LocalAction.Web.Features.Submissions;
using Microsoft.EntityFrameworkCore;
using Shouldly;
using Xunit;
using static LocalAction.Tests.Submissions.SubmissionTestData;

namespace LocalAction.Tests.Submissions;

/// <summary>Every form POST of the pages that writes, each on fresh data in the state it needs (the actors are <see cref="MatrixActor"/>).</summary>
public enum PageMatrixOperation
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
    AcceptCoPledgeForA,
    ReviewStartReview,
    ReviewPublish,
    BulkReviewStartReview,
    ProposeEditOfPublishedPledgeOfA,
    InviteFocalPointOfA,
    InviteSecretariatMember,
    LinkNetworkMember,
}

/// <summary>
/// The expected answer of every (actor, operation) cell of the pages: a status and, for a refusal, where it redirects
/// (a 302) or what the page says (a 400 or 403). A 404 is the error page and says nothing about the submission.
/// </summary>
public static class PageAuthorizationMatrix
{
    public sealed record Expectation(HttpStatusCode Status, string? Shows = null, bool Succeeds = false);

    /// <summary>Done: a redirect to the next page (checked per operation), and the change is in the database.</summary>
    private static readonly Expectation Done = new(HttpStatusCode.Redirect, Succeeds: true);

    // The authorization middleware answers before the page runs (and before its antiforgery filter).
    private static readonly Expectation NotSignedIn = new(HttpStatusCode.Redirect, "/account/sign-in");
    private static readonly Expectation Denied = new(HttpStatusCode.Redirect, "/account/denied");

    // The page runs and refuses.
    private static readonly Expectation Invisible = new(HttpStatusCode.NotFound);
    private static readonly Expectation NotActingForAOnTheForm = new(HttpStatusCode.BadRequest, "You do not act for the organization 'accra'.");
    private static readonly Expectation NotActingForA = new(HttpStatusCode.Forbidden, "You do not act for the organization 'accra'.");
    private static readonly Expectation WithTheSecretariat = new(HttpStatusCode.Forbidden, "only the Secretariat can change it now");
    private static readonly Expectation OnlyPledgersWithdraw = new(HttpStatusCode.Forbidden, "Only the pledgers can withdraw a submission");
    private static readonly Expectation OnlySecretariatReviews = new(HttpStatusCode.Forbidden, "Only the Secretariat reviews pledges.");
    private static readonly Expectation OnlyPledgersProposeEdits = new(HttpStatusCode.Forbidden,
        "Only the pledging organizations' focal points and network staff can propose an edit.");
    private static readonly Expectation OnlyAdministratorsInviteSecretariat = new(HttpStatusCode.BadRequest,
        "Only administrators may invite administrators or members of the Secretariat.");

    /// <summary>Rows: operation; columns: focal point of A, focal point of B, network staff of A, Secretariat, administrator. Anonymous is sent to sign in everywhere.</summary>
    private static readonly (PageMatrixOperation Operation, Expectation FocalA, Expectation FocalB, Expectation Network, Expectation Secretariat, Expectation Admin)[] Table =
    [
        // The new-pledge form shows the refusal beside the organization field (400), as for any other invalid choice.
        (PageMatrixOperation.CreateForA, Done, NotActingForAOnTheForm, Done, Done, Done),
        (PageMatrixOperation.SaveDraft, Done, Invisible, Done, Done, Done),
        (PageMatrixOperation.SaveChangesRequested, Done, Invisible, Done, Done, Done),
        (PageMatrixOperation.SaveSubmitted, WithTheSecretariat, Invisible, WithTheSecretariat, Done, Done),
        (PageMatrixOperation.SaveInReview, WithTheSecretariat, Invisible, WithTheSecretariat, Done, Done),
        (PageMatrixOperation.SaveValidated, WithTheSecretariat, Invisible, WithTheSecretariat, Done, Done),
        (PageMatrixOperation.SubmitDraft, Done, Invisible, Done, Done, Done),
        (PageMatrixOperation.WithdrawDraft, Done, Invisible, Done, OnlyPledgersWithdraw, OnlyPledgersWithdraw),
        (PageMatrixOperation.WithdrawSubmitted, Done, Invisible, Done, OnlyPledgersWithdraw, OnlyPledgersWithdraw),
        // Only people acting for A consent for A, not the Secretariat on its behalf.
        (PageMatrixOperation.AcceptCoPledgeForA, Done, Invisible, Done, NotActingForA, NotActingForA),
        // The workflow refuses the role first (403 in the API for everyone); the page then shows the submission only to
        // those who may see it, so B gets the 404 it gets for every other page of the submission.
        (PageMatrixOperation.ReviewStartReview, OnlySecretariatReviews, Invisible, OnlySecretariatReviews, Done, Done),
        (PageMatrixOperation.ReviewPublish, OnlySecretariatReviews, Invisible, OnlySecretariatReviews, Done, Done),
        (PageMatrixOperation.BulkReviewStartReview, Denied, Denied, Denied, Done, Done),
        (PageMatrixOperation.ProposeEditOfPublishedPledgeOfA, Done, OnlyPledgersProposeEdits, Done, Done, Done),
        (PageMatrixOperation.InviteFocalPointOfA, Denied, Denied, Denied, Done, Done),
        (PageMatrixOperation.InviteSecretariatMember, Denied, Denied, Denied, OnlyAdministratorsInviteSecretariat, Done),
        (PageMatrixOperation.LinkNetworkMember, Denied, Denied, Denied, Done, Done),
    ];

    public static Expectation For(MatrixActor actor, PageMatrixOperation operation)
    {
        var row = Table.Single(r => r.Operation == operation);
        return MatrixTable.Pick(actor, NotSignedIn, (row.FocalA, row.FocalB, row.Network, row.Secretariat, row.Admin));
    }

    public static TheoryData<MatrixActor, PageMatrixOperation, HttpStatusCode> Cells => MatrixTable.Cells<PageMatrixOperation>(Table.Length, (a, o) => For(a, o).Status);
}

/// <summary>
/// Who may make which write through the pages: every form POST that writes, sent as a signed-in browser sends it (its
/// cookie and a valid antiforgery token of its own), for each of six actors, each cell on its own fresh data; after every
/// refusal the submission and the counts of every table a write could touch are as they were.
/// </summary>
public abstract class PageAuthorizationMatrixTests<TApp>(TApp app) where TApp : SeededApp
{
    private const string A = "accra";
    private const string B = "bogota";
    private const string Network = "eurocities";
    private const string C = "zurich";

    private LocalActionFactory F => app.Factory;

    [Theory]
    [MemberData(nameof(PageAuthorizationMatrix.Cells), MemberType = typeof(PageAuthorizationMatrix))]
    public async Task Each_actor_gets_the_expected_answer_for_each_page_write(MatrixActor actor, PageMatrixOperation operation, HttpStatusCode expected)
    {
        var expectation = PageAuthorizationMatrix.For(actor, operation);
        expectation.Status.ShouldBe(expected);
        var target = await ArrangeAsync(operation);
        var (client, token) = await BrowserAsync(actor);
        var before = target.SubmissionId is { } id ? await SnapshotAsync(id) : null;
        var countsBefore = await CountsAsync();

        var response = await ActAsync(client, token, operation, target, before);

        var body = await response.Content.ReadAsStringAsync();
        var location = response.Headers.Location?.OriginalString;
        response.StatusCode.ShouldBe(expected, $"{actor} {operation}: Location {location}\n{Text(body)}");
        if (!expectation.Succeeds)
        {
            if (expected == HttpStatusCode.Redirect) location.ShouldNotBeNull().ShouldContain(expectation.Shows!);
            else if (expectation.Shows is not null) Text(body).ShouldContain(expectation.Shows, Case.Sensitive);
            // Nothing changed: not the submission (version, state, content, decisions, acceptances), nor any row anywhere.
            if (target.SubmissionId is { } refused) (await SnapshotAsync(refused)).ShouldBe(before);
            (await CountsAsync()).ShouldBe(countsBefore);
            return;
        }

        location.ShouldNotBeNull();
        location.ShouldNotStartWith("/account/");
        await CheckDoneAsync(operation, target, before, countsBefore, location);
    }

    /// <summary>
    /// Anonymous without any antiforgery token (no cookie, no field): the authorization middleware answers before the
    /// page's antiforgery filter runs, so it is the same redirect to sign in, not a 400; and nothing changes.
    /// </summary>
    [Fact]
    public async Task Anonymous_posts_without_an_antiforgery_token_are_sent_to_sign_in_and_change_nothing()
    {
        foreach (var operation in Enum.GetValues<PageMatrixOperation>())
        {
            var target = await ArrangeAsync(operation);
            var before = target.SubmissionId is { } id ? await SnapshotAsync(id) : null;
            var countsBefore = await CountsAsync();

            var response = await ActAsync(TestAccounts.BrowserClient(F), "", operation, target, before);

            response.StatusCode.ShouldBe(HttpStatusCode.Redirect, operation.ToString());
            response.Headers.Location!.OriginalString.ShouldContain("/account/sign-in", Case.Sensitive, operation.ToString());
            if (target.SubmissionId is { } refused) (await SnapshotAsync(refused)).ShouldBe(before);
            (await CountsAsync()).ShouldBe(countsBefore);
        }
    }

    /// <summary>What a cell acts on: a submission, a published pledge, or for the admin pages a fresh e-mail address or organization.</summary>
    private sealed record Target(int? SubmissionId = null, int? PledgeId = null, string? PublicId = null, string? Email = null, string? MemberSlug = null);

    /// <summary>What a refused write must leave alone on its submission.</summary>
    private sealed record Snapshot(int Version, ReviewState State, string? Title, string ContentJson, DateTime UpdatedAt, int Decisions, int AcceptedCoPledgers);

    /// <summary>The rows of every table a page write could add to.</summary>
    private sealed record Counts(int Submissions, int Decisions, int Pledges, int Invitations, int NetworkMembers, int Outbox, int Audit);

    private async Task<Target> ArrangeAsync(PageMatrixOperation operation)
    {
        switch (operation)
        {
            case PageMatrixOperation.CreateForA:
                return new Target();
            case PageMatrixOperation.AcceptCoPledgeForA:
            {
                // A joint pledge led by C (made by the Secretariat, which acts for every organization) inviting A.
                var (id, _) = await CreateCompleteDraftAsync(await ArrangerAsync(Roles.Secretariat), C, [A]);
                return new Target(id);
            }
            case PageMatrixOperation.ProposeEditOfPublishedPledgeOfA:
            {
                var id = await SubmissionOfAInStateAsync(ReviewState.Published);
                await using var scope = F.CreateDbScope();
                var published = await scope.Db.Submissions.AsNoTracking().Where(s => s.Id == id).Select(s => new { s.PledgeId, s.PublishedPublicId }).SingleAsync();
                return new Target(PledgeId: published.PledgeId, PublicId: published.PublishedPublicId);
            }
            case PageMatrixOperation.InviteFocalPointOfA or PageMatrixOperation.InviteSecretariatMember:
                return new Target(Email: $"invited-{Guid.NewGuid():N}@example.org");
            case PageMatrixOperation.LinkNetworkMember:
            {
                // A fresh city, so that a link is never refused for being there already.
                var slug = $"matrix-{Guid.NewGuid():N}"[..19];
                await using var scope = F.CreateDbScope();
                scope.Db.Organizations.Add(new Organization { Slug = slug, Name = $"Matrix city {slug}", Kind = OrganizationKind.CityOrMunicipality, CreatedAt = DateTime.UtcNow });
                await scope.Db.SaveChangesAsync();
                return new Target(MemberSlug: slug);
            }
            default:
                return new Target(await SubmissionOfAInStateAsync(StateBefore(operation)));
        }
    }

    private static ReviewState StateBefore(PageMatrixOperation operation) => operation switch
    {
        PageMatrixOperation.SaveDraft or PageMatrixOperation.SubmitDraft or PageMatrixOperation.WithdrawDraft => ReviewState.Draft,
        PageMatrixOperation.SaveChangesRequested => ReviewState.ChangesRequested,
        PageMatrixOperation.SaveSubmitted or PageMatrixOperation.WithdrawSubmitted or PageMatrixOperation.ReviewStartReview
            or PageMatrixOperation.BulkReviewStartReview => ReviewState.Submitted,
        PageMatrixOperation.SaveInReview => ReviewState.InReview,
        PageMatrixOperation.SaveValidated or PageMatrixOperation.ReviewPublish => ReviewState.Validated,
        _ => throw new ArgumentOutOfRangeException(nameof(operation)),
    };

    private static ReviewState StateAfter(PageMatrixOperation operation, ReviewState before) => operation switch
    {
        PageMatrixOperation.SubmitDraft => ReviewState.Submitted,
        PageMatrixOperation.WithdrawDraft or PageMatrixOperation.WithdrawSubmitted => ReviewState.Withdrawn,
        PageMatrixOperation.ReviewStartReview or PageMatrixOperation.BulkReviewStartReview => ReviewState.InReview,
        PageMatrixOperation.ReviewPublish => ReviewState.Published,
        PageMatrixOperation.SaveValidated => ReviewState.InReview, // what was validated changed: back to review
        _ => before, // other saves and acceptances keep the state
    };

    private static bool IsSave(PageMatrixOperation operation) => operation.ToString().StartsWith("Save", StringComparison.Ordinal);

    private const string SavedTitle = "Saved in the page authorization matrix";

    private async Task CheckDoneAsync(PageMatrixOperation operation, Target target, Snapshot? before, Counts countsBefore, string location)
    {
        await using var scope = F.CreateDbScope();
        switch (operation)
        {
            case PageMatrixOperation.CreateForA:
            {
                var id = IdIn(location, PageMatrixPatterns.EditStep2());
                var created = await scope.Db.Submissions.AsNoTracking().SingleAsync(s => s.Id == id);
                created.State.ShouldBe(ReviewState.Draft);
                created.LeadOrganizationId.ShouldBe(await OrganizationIdAsync(F, A));
                (await CountsAsync()).Submissions.ShouldBe(countsBefore.Submissions + 1);
                return;
            }
            case PageMatrixOperation.ProposeEditOfPublishedPledgeOfA:
            {
                var id = IdIn(location, PageMatrixPatterns.EditStep2());
                var edit = await scope.Db.Submissions.AsNoTracking().SingleAsync(s => s.Id == id);
                edit.State.ShouldBe(ReviewState.Draft);
                edit.PledgeId.ShouldBe(target.PledgeId);
                edit.PublishedPublicId.ShouldBe(target.PublicId);
                (await scope.Db.Submissions.CountAsync(s => s.PledgeId == target.PledgeId)).ShouldBe(2); // the published one and its edit
                return;
            }
            case PageMatrixOperation.InviteFocalPointOfA or PageMatrixOperation.InviteSecretariatMember:
            {
                location.ShouldBe("/admin/invitations");
                var invitation = await scope.Db.Invitations.AsNoTracking().SingleAsync(i => i.Email == target.Email);
                invitation.Role.ShouldBe(operation == PageMatrixOperation.InviteFocalPointOfA ? Roles.FocalPoint : Roles.Secretariat);
                invitation.OrganizationId.ShouldBe(operation == PageMatrixOperation.InviteFocalPointOfA ? await OrganizationIdAsync(F, A) : null);
                (await scope.Db.OutboxMessages.CountAsync(m => m.To == target.Email)).ShouldBe(1);
                return;
            }
            case PageMatrixOperation.LinkNetworkMember:
            {
                location.ShouldBe("/admin/networks");
                (await scope.Db.NetworkMembers.CountAsync(n => n.Network!.Slug == Network && n.Member!.Slug == target.MemberSlug)).ShouldBe(1);
                return;
            }
        }

        var submissionId = target.SubmissionId!.Value;
        location.ShouldBe(operation switch
        {
            _ when IsSave(operation) => $"/submissions/{submissionId}/edit?step=3",
            PageMatrixOperation.BulkReviewStartReview => "/review",
            _ => $"/submissions/{submissionId}",
        });
        var after = await SnapshotAsync(submissionId);
        after.Version.ShouldBe(before!.Version + 1);
        after.State.ShouldBe(StateAfter(operation, before.State));
        after.Decisions.ShouldBe(before.Decisions + (IsSave(operation) && operation != PageMatrixOperation.SaveValidated ? 0 : 1));
        after.AcceptedCoPledgers.ShouldBe(before.AcceptedCoPledgers + (operation == PageMatrixOperation.AcceptCoPledgeForA ? 1 : 0));
        if (IsSave(operation)) after.Title.ShouldBe(SavedTitle);
        (await CountsAsync()).Submissions.ShouldBe(countsBefore.Submissions);
    }

    private static int IdIn(string location, Regex pattern)
    {
        var match = pattern.Match(location);
        match.Success.ShouldBeTrue(location);
        return int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
    }

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
        foreach (var step in steps) (await ReviewAsync(secretariat, id, step, "Set up by the page authorization matrix.")).EnsureSuccessStatusCode();
        (await SnapshotAsync(id)).State.ShouldBe(state);
        return id;
    }

    /// <summary>The API clients that arrange cells (a focal point of A, the Secretariat), one each per app; the actor of each cell is always a new user.</summary>
    private static readonly ConcurrentDictionary<(LocalActionFactory Factory, string Role), Task<HttpClient>> Arrangers = new();

    private Task<HttpClient> ArrangerAsync(string role) => Arrangers.GetOrAdd((F, role), async key =>
        key.Role == Roles.FocalPoint
            ? await TestAccounts.ApiClientAsync(key.Factory, Roles.FocalPoint, await OrganizationIdAsync(key.Factory, A))
            : await TestAccounts.ApiClientAsync(key.Factory, key.Role));

    /// <summary>
    /// The actor's browser (cookies kept, redirects shown) and an antiforgery token it was given. Tokens are bound to the
    /// browser's cookie and to its user, not to a page: signed in, any page's sign-out form gives one; anonymous, the
    /// sign-in form does.
    /// </summary>
    private async Task<(HttpClient Client, string Token)> BrowserAsync(MatrixActor actor)
    {
        HttpClient client;
        if (actor == MatrixActor.Anonymous)
        {
            client = TestAccounts.BrowserClient(F);
            return (client, TestAccounts.AntiforgeryToken(await client.GetStringAsync("/account/sign-in")));
        }
        (client, _) = actor switch
        {
            MatrixActor.FocalPointOfA => await TestAccounts.SignedInClientAsync(F, Roles.FocalPoint, await OrganizationIdAsync(F, A)),
            MatrixActor.FocalPointOfB => await TestAccounts.SignedInClientAsync(F, Roles.FocalPoint, await OrganizationIdAsync(F, B)),
            MatrixActor.NetworkStaffOfA => await TestAccounts.SignedInClientAsync(F, Roles.NetworkStaff, await NetworkWithAAsMemberAsync()),
            MatrixActor.Secretariat => await TestAccounts.SignedInClientAsync(F, Roles.Secretariat),
            MatrixActor.Administrator => await TestAccounts.SignedInClientAsync(F, Roles.Administrator),
            _ => throw new ArgumentOutOfRangeException(nameof(actor)),
        };
        return (client, TestAccounts.AntiforgeryToken(await client.GetStringAsync("/")));
    }

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

    /// <summary>The form POST of each operation, with the fields its form sends.</summary>
    private async Task<HttpResponseMessage> ActAsync(HttpClient client, string token, PageMatrixOperation operation, Target target, Snapshot? before)
    {
        var id = target.SubmissionId?.ToString(CultureInfo.InvariantCulture);
        var version = before?.Version.ToString(CultureInfo.InvariantCulture);
        return operation switch
        {
            PageMatrixOperation.CreateForA => await PostAsync(client, token, "/submissions/new", ("Form.LeadOrganization", A), ("Form.Round", "imrf-2026")),
            _ when IsSave(operation) => await PostAsync(client, token, $"/submissions/{id}/edit?step=2", ("Version", version!), ("Step", "2"),
                ("Form.Title", SavedTitle), ("Form.Description", "Saved through the edit page by the page authorization matrix."),
                ("Form.Language", "en"), ("go", "next")),
            PageMatrixOperation.SubmitDraft => await PostAsync(client, token, $"/submissions/{id}?handler=Submit", ("version", version!)),
            PageMatrixOperation.WithdrawDraft or PageMatrixOperation.WithdrawSubmitted =>
                await PostAsync(client, token, $"/submissions/{id}?handler=Withdraw", ("version", version!), ("confirm", "true")),
            PageMatrixOperation.AcceptCoPledgeForA => await PostAsync(client, token, $"/submissions/{id}?handler=Accept",
                ("organizationId", (await OrganizationIdAsync(F, A)).ToString(CultureInfo.InvariantCulture))),
            PageMatrixOperation.ReviewStartReview => await PostAsync(client, token, $"/submissions/{id}?handler=Review", ("version", version!),
                ("action", ReviewAction.StartReview), ("Comment", "Decided in the page authorization matrix.")),
            PageMatrixOperation.ReviewPublish => await PostAsync(client, token, $"/submissions/{id}?handler=Review", ("version", version!),
                ("action", ReviewAction.Publish), ("Comment", "Decided in the page authorization matrix.")),
            PageMatrixOperation.BulkReviewStartReview => await PostAsync(client, token, "/review", ("Ids", id!), ("BulkAction", ReviewAction.StartReview),
                ("Comment", "Decided in bulk in the page authorization matrix."), ("Confirm", "true")),
            PageMatrixOperation.ProposeEditOfPublishedPledgeOfA => await PostAsync(client, token, "/submissions/new?handler=EditPledge", ("publicId", target.PublicId!)),
            PageMatrixOperation.InviteFocalPointOfA => await PostAsync(client, token, "/admin/invitations", ("Input.Email", target.Email!),
                ("Input.Role", Roles.FocalPoint), ("Input.Organization", A), ("Input.Days", "14")),
            PageMatrixOperation.InviteSecretariatMember => await PostAsync(client, token, "/admin/invitations", ("Input.Email", target.Email!),
                ("Input.Role", Roles.Secretariat), ("Input.Organization", ""), ("Input.Days", "14")),
            PageMatrixOperation.LinkNetworkMember => await PostAsync(client, token, "/admin/networks", ("Input.Network", Network), ("Input.Member", target.MemberSlug!)),
            _ => throw new ArgumentOutOfRangeException(nameof(operation)),
        };
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string token, string url, params (string Name, string Value)[] fields) =>
        client.PostAsync(url, new FormUrlEncodedContent(
            fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)).Prepend(new("__RequestVerificationToken", token))));

    /// <summary>The text of an HTML answer, entities decoded, whitespace collapsed.</summary>
    private static string Text(string html) =>
        string.IsNullOrEmpty(html) ? "" : PageMatrixPatterns.WhiteSpace().Replace(new HtmlParser().ParseDocument(html).Body?.TextContent ?? "", " ");

    private async Task<Snapshot> SnapshotAsync(int id)
    {
        await using var scope = F.CreateDbScope();
        return await scope.Db.Submissions.AsNoTracking().Where(s => s.Id == id)
            .Select(s => new Snapshot(s.Version, s.State, s.Title, s.ContentJson, s.UpdatedAt, s.Decisions.Count, s.CoPledgers.Count(c => c.AcceptedAt != null)))
            .SingleAsync();
    }

    /// <summary>The tests of one class run one at a time on their own app, so these counts move only with the cell's own write.</summary>
    private async Task<Counts> CountsAsync()
    {
        await using var scope = F.CreateDbScope();
        var db = scope.Db;
        return new Counts(await db.Submissions.CountAsync(), await db.ReviewDecisions.CountAsync(), await db.Pledges.CountAsync(),
            await db.Invitations.CountAsync(), await db.NetworkMembers.CountAsync(), await db.OutboxMessages.CountAsync(), await db.AuditEvents.CountAsync());
    }
}

internal static partial class PageMatrixPatterns
{
    /// <summary>Where a new submission's form opens: its second step.</summary>
    [GeneratedRegex(@"^/submissions/(\d+)/edit\?step=2$")]
    public static partial Regex EditStep2();

    [GeneratedRegex(@"\s+")]
    public static partial Regex WhiteSpace();
}

public sealed class PageAuthorizationMatrixTestsOnSqlite(SqliteApp app) : PageAuthorizationMatrixTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class PageAuthorizationMatrixTestsOnPostgres(PostgresApp app) : PageAuthorizationMatrixTests<PostgresApp>(app), IClassFixture<PostgresApp>;

using LocalAction.Web.Features.Pledges;

namespace LocalAction.Web.Features.Submissions;

/// <summary>A submission as the API returns it: its state and version, the content as entered, co-pledgers and decisions.</summary>
public sealed record SubmissionView(
    int Id, ReviewState State, int Version, string Round, string LeadOrganization, string Language, string? EditsPledge,
    string? PublishedPublicId, DateTime CreatedAt, DateTime UpdatedAt, DateTime? SubmittedAt, SubmissionInput Content,
    IReadOnlyList<CoPledgerView> CoPledgers, IReadOnlyList<DecisionView> Decisions, SubmissionPermissions Permissions);

public sealed record CoPledgerView(string Organization, string Name, bool Accepted, DateTime? AcceptedAt);

public sealed record DecisionView(string Action, ReviewState From, ReviewState To, DateTime At, string By, string? Comment);

/// <summary>One line of a submission list.</summary>
public sealed record SubmissionListItem(int Id, string? Title, ReviewState State, int Version, string Round, string LeadOrganization,
    string LeadOrganizationName, DateTime UpdatedAt, DateTime? SubmittedAt, string? PublishedPublicId);

public sealed record SubmissionListResponse(IReadOnlyList<SubmissionListItem> Items, int Total, int Page, int PageSize);

/// <summary>A save: the version the client started from and the content.</summary>
public sealed record SubmissionSave(int Version, SubmissionInput Content);

/// <summary>A state change that needs the version the client saw (submit, withdraw).</summary>
public sealed record VersionedRequest(int Version);

/// <summary>A Secretariat decision on one submission.</summary>
public sealed record ReviewRequest(string Action, string? Comment, int? Version);

/// <summary>The same decision on several submissions, all or nothing.</summary>
public sealed record BulkReviewRequest(IReadOnlyList<int> Ids, string Action, string? Comment);

using LocalAction.Web.Features.Pledges;

namespace LocalAction.Web.Features.Submissions;

/// <summary>One step in a submission's life: who did what, when, why. Append-only; the submitters see them all.</summary>
public sealed class ReviewDecision
{
    public long Id { get; init; }
    public int SubmissionId { get; init; }
    public required string Action { get; init; }
    public ReviewState FromState { get; init; }
    public ReviewState ToState { get; init; }
    public required string ActorUserId { get; init; }
    public required string ActorName { get; init; }
    public DateTime At { get; init; }
    public string? Comment { get; init; }
}

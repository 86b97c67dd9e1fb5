using LocalAction.Web.Features.Organizations;

namespace LocalAction.Web.Features.Submissions;

/// <summary>An organization asked to join a joint pledge. Its people get edit rights once one of them accepts.</summary>
public sealed class SubmissionCoPledger
{
    public int SubmissionId { get; init; }
    public int OrganizationId { get; init; }
    public Organization? Organization { get; init; }
    public DateTime InvitedAt { get; init; }
    public DateTime? AcceptedAt { get; set; }
    public string? AcceptedByUserId { get; set; }
}

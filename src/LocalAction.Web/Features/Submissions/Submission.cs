using LocalAction.Web.Features.Organizations;
using LocalAction.Web.Features.Pledges;
using LocalAction.Web.Features.Rounds;

namespace LocalAction.Web.Features.Submissions;

/// <summary>
/// A pledge on its way through review: a new pledge, or a proposed edit of a published one (<see cref="PledgeId"/> set).
/// The public registry only ever shows <see cref="Pledge"/> rows; a submission becomes (or changes) one when published,
/// so the published version stays visible while an edit is reviewed.
/// </summary>
public sealed class Submission
{
    public int Id { get; init; }

    /// <summary>The published pledge this submission edits; null for a new pledge.</summary>
    public int? PledgeId { get; set; }
    public Pledge? Pledge { get; init; }
    public int LeadOrganizationId { get; set; }
    public Organization? LeadOrganization { get; init; }
    public int RoundId { get; set; }
    public Round? Round { get; init; }
    public ReviewState State { get; set; }

    /// <summary>Copied from the content so the review queue can list and filter without reading every document.</summary>
    public string? Title { get; set; }
    public Compact? Compact { get; set; }

    /// <summary>The language the submitter wrote in (en, fr, es ...): recorded as the pledge's original language.</summary>
    public required string Language { get; set; }

    /// <summary>The proposed pledge as JSON (<see cref="SubmissionContent"/>).</summary>
    public required string ContentJson { get; set; }

    /// <summary>Optimistic concurrency: the second of two saves from the same version gets a conflict.</summary>
    public int Version { get; set; }
    public required string CreatedByUserId { get; init; }
    public DateTime CreatedAt { get; init; }
    public DateTime UpdatedAt { get; set; }
    public string? UpdatedByUserId { get; set; }
    public DateTime? SubmittedAt { get; set; }

    /// <summary>The public id the pledge got when published.</summary>
    public string? PublishedPublicId { get; set; }
    public List<SubmissionCoPledger> CoPledgers { get; } = [];
    public List<ReviewDecision> Decisions { get; } = [];
}

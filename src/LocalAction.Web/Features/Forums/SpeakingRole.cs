namespace LocalAction.Web.Features.Forums;

/// <summary>What a delegation member (and, where named, one of its people) did in one session.</summary>
public sealed class SpeakingRole
{
    public int Id { get; init; }
    public int SessionId { get; init; }
    public int DelegationMemberId { get; init; }
    public int? PersonId { get; set; }

    /// <summary>Null when the source says they spoke but not in which role.</summary>
    public SpeakingRoleKind? Role { get; set; }
}

public enum SpeakingRoleKind
{
    Keynote,
    Panelist,
    Speaker,
    DiscussionStarter,
    InterventionFromTheFloor,
    Participant,
    Moderator,
}

namespace LocalAction.Web.Features.Pledges;

/// <summary>One of the eight priorities a pledge is filed under.</summary>
public sealed class PledgePriority
{
    public int PledgeId { get; init; }
    public int PriorityNumber { get; init; }
}

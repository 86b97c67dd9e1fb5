namespace LocalAction.Web.Features.Pledges;

/// <summary>A pledge advances a GCR objective, derived from its priorities or set explicitly (kept apart).</summary>
public sealed class PledgeGcrObjective
{
    public int PledgeId { get; init; }
    public int GcrObjectiveNumber { get; init; }
    public MappingOrigin Origin { get; set; }
}

namespace LocalAction.Web.Features.Pledges;

/// <summary>A pledge advances a GCM objective, derived from its priorities or set explicitly (kept apart).</summary>
public sealed class PledgeGcmObjective
{
    public int PledgeId { get; init; }
    public int GcmObjectiveNumber { get; init; }
    public MappingOrigin Origin { get; set; }
}

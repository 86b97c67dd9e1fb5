namespace LocalAction.Web.Features.Pledges;

/// <summary>A pledge advances a GCM guiding principle, derived from its priorities or set explicitly (kept apart).</summary>
public sealed class PledgeGuidingPrinciple
{
    public int PledgeId { get; init; }
    public required string GuidingPrincipleCode { get; init; }
    public MappingOrigin Origin { get; set; }
}

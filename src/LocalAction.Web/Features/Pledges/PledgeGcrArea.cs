namespace LocalAction.Web.Features.Pledges;

/// <summary>A pledge advances a GCR area of focus, derived from its priorities or set explicitly (kept apart).</summary>
public sealed class PledgeGcrArea
{
    public int PledgeId { get; init; }
    public required string GcrAreaCode { get; init; }
    public MappingOrigin Origin { get; set; }
}

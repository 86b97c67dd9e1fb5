namespace LocalAction.Web.Features.Pledges;

/// <summary>A pledge advances an SDG, derived from its priorities or set explicitly (kept apart).</summary>
public sealed class PledgeSdg
{
    public int PledgeId { get; init; }
    public int SdgNumber { get; init; }
    public MappingOrigin Origin { get; set; }
}

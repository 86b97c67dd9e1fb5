namespace LocalAction.Web.Features.Pledges;

/// <summary>A partner named in a pledge (not a pledger).</summary>
public sealed class PledgePartner
{
    public int Id { get; init; }
    public int PledgeId { get; init; }
    public required string Name { get; set; }
    public PartnerType? Type { get; set; }
}

namespace LocalAction.Web.Features.Pledges;

/// <summary>A group a pledge serves, as stated by its source.</summary>
public sealed class PledgeBeneficiary
{
    public int PledgeId { get; init; }
    public BeneficiaryGroup Group { get; init; }
}

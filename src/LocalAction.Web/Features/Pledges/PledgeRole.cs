namespace LocalAction.Web.Features.Pledges;

/// <summary>An organization's role in a pledge.</summary>
public enum PledgeRole
{
    Lead,
    CoPledger,
}

namespace LocalAction.Web.Features.Pledges;

/// <summary>Who a pledge serves.</summary>
public enum BeneficiaryGroup
{
    Migrants,
    Refugees,
    InternallyDisplacedPersons,
    StatelessPersons,
    HostCommunity,
}

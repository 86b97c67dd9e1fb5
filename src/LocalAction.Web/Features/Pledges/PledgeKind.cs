namespace LocalAction.Web.Features.Pledges;

/// <summary>How a pledge was made: by one government, jointly, or by a network on behalf of its members.</summary>
public enum PledgeKind
{
    Individual,
    CityToCityJoint,
    NationalLocal,
    NetworkOnBehalfOfMembers,
}

using LocalAction.Web.Features.Organizations;

namespace LocalAction.Web.Features.Accounts;

/// <summary>An organization that belongs to a network, so the network's staff may submit and update on its behalf.</summary>
public sealed class NetworkMember
{
    public int NetworkId { get; init; }
    public Organization? Network { get; init; }
    public int MemberId { get; init; }
    public Organization? Member { get; init; }
    public DateTime CreatedAt { get; init; }
    public required string CreatedBy { get; init; }
}

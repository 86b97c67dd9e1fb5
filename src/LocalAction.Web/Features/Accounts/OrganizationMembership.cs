using LocalAction.Web.Features.Organizations;

namespace LocalAction.Web.Features.Accounts;

/// <summary>
/// A person acting for an organization: as its focal point, or (for a network) as network staff who act for the network
/// and for its member organizations (<see cref="NetworkMember"/>).
/// </summary>
public sealed class OrganizationMembership
{
    public required string UserId { get; init; }
    public int OrganizationId { get; init; }
    public Organization? Organization { get; init; }

    /// <summary><see cref="Roles.FocalPoint"/> or <see cref="Roles.NetworkStaff"/>.</summary>
    public required string Role { get; init; }
    public DateTime CreatedAt { get; init; }
}

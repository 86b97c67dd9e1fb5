using LocalAction.Web.Features.Organizations;

namespace LocalAction.Web.Features.Pledges;

/// <summary>An organization pledging, as lead or co-pledger.</summary>
public sealed class PledgeOrganization
{
    public int PledgeId { get; init; }
    public int OrganizationId { get; init; }
    public Organization? Organization { get; init; }
    public PledgeRole Role { get; set; }
}

namespace LocalAction.Web.Features.Organizations;

/// <summary>GET /api/v1/organizations: one page of organizations and the total.</summary>
public sealed record OrganizationListResponse(IReadOnlyList<OrganizationListResponse.Item> Items, int Total, int Page, int PageSize)
{
    public sealed record Item(string Slug, string Name, string Kind, string? CountryCode, string? CountryName, long? Population, string? CitySize, int Pledges, bool IsSynthetic, string Url);
}

using LocalAction.Web.Features.Organizations;

namespace LocalAction.Web.Features.Imports;

/// <summary>An organization a file names by an id the registry does not have, created with the pledges (first row that names it wins).</summary>
public sealed record NewOrganization(string Slug, string Name, OrganizationKind Kind, string? CountryCode, string? Location, bool IsSynthetic, int Row);

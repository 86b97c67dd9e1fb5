namespace LocalAction.Web.Features.Search;

/// <summary>An organization as listed and searched on /organizations.</summary>
public sealed record IndexedOrganization(
    int Id, string Slug, string Name, string Kind, string? CountryCode, string? CountryName, long? Population, string? CitySize,
    int Pledges, bool IsSynthetic, string NameKey);

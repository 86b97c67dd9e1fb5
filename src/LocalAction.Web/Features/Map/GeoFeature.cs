namespace LocalAction.Web.Features.Map;

/// <summary>
/// One area of a map file with its polygons in longitude and latitude. For world-atlas countries the id is the
/// ISO 3166-1 numeric code as a string ("170"), and null for areas that have none (Kosovo, N. Cyprus, Somaliland).
/// </summary>
public sealed record GeoFeature(string? Id, string? Name, IReadOnlyList<GeoPolygon> Polygons);

namespace LocalAction.Web.Features.Map;

/// <summary>One area of the world map, projected: its SVG path data and what identifies it.</summary>
/// <param name="NumericId">ISO 3166-1 numeric code ("170"), or null for areas that have none.</param>
/// <param name="Name">The map file's own (English) name for the area, for areas the country table does not know.</param>
/// <param name="PathData">The SVG <c>d</c> attribute, in the map's user units.</param>
public sealed record MapShape(string? NumericId, string? Name, string PathData);

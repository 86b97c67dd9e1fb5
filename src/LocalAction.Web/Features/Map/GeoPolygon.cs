namespace LocalAction.Web.Features.Map;

/// <summary>One polygon: its exterior ring first, then any holes. Each ring is closed (last point equals the first).</summary>
public sealed record GeoPolygon(IReadOnlyList<IReadOnlyList<GeoPoint>> Rings);

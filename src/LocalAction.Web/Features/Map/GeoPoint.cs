namespace LocalAction.Web.Features.Map;

/// <summary>A position on the globe in degrees (WGS 84 longitude and latitude).</summary>
public readonly record struct GeoPoint(double Longitude, double Latitude);

namespace LocalAction.Web.Features.Map;

/// <summary>
/// The Equal Earth projection (Šavrič, Patterson and Jenny, 2018): areas keep their true proportions, so a large
/// country does not look more important than it is, and the continents keep a familiar shape. Output in units of the
/// sphere's radius, x to the east and y to the north.
/// </summary>
public static class EqualEarthProjection
{
    private const double A1 = 1.340264, A2 = -0.081106, A3 = 0.000893, A4 = 0.003796;
    private static readonly double M = Math.Sqrt(3) / 2;

    /// <summary>Half the width of the whole world: x at longitude 180° on the equator.</summary>
    public static double MaxX { get; } = Project(new GeoPoint(180, 0)).X;

    public static (double X, double Y) Project(GeoPoint point)
    {
        var lambda = point.Longitude * Math.PI / 180;
        var theta = Math.Asin(M * Math.Sin(point.Latitude * Math.PI / 180));
        var t2 = theta * theta;
        var t6 = t2 * t2 * t2;
        var x = lambda * Math.Cos(theta) / (M * (A1 + 3 * A2 * t2 + t6 * (7 * A3 + 9 * A4 * t2)));
        var y = theta * (A1 + A2 * t2 + t6 * (A3 + A4 * t2));
        return (x, y);
    }
}

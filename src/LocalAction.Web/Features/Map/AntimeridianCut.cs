namespace LocalAction.Web.Features.Map;

/// <summary>
/// Cuts rings that cross the ±180° meridian. On the globe a ring may step from 179.4° to -180° (Fiji, Chukotka);
/// drawn flat, that step would be a line across the whole map. Each side of the cut becomes its own closed ring,
/// closed along the map's edge.
/// </summary>
public static class AntimeridianCut
{
    /// <summary>How finely the closing line follows the map's edge, which is curved in most projections.</summary>
    private const double EdgeStepDegrees = 1;

    /// <summary>The ring itself when it stays on one side; otherwise one closed ring per side it visits.</summary>
    /// <param name="ring">A closed ring (last point equal to the first).</param>
    public static IReadOnlyList<IReadOnlyList<GeoPoint>> Split(IReadOnlyList<GeoPoint> ring)
    {
        var pieces = new List<List<GeoPoint>> { new() };
        for (var i = 0; i < ring.Count; i++)
        {
            var point = ring[i];
            if (i > 0 && Math.Abs(point.Longitude - ring[i - 1].Longitude) > 180)
            {
                // The short way between the two points crosses the antimeridian: end this piece on the edge where
                // the segment meets it and start the next piece on the opposite edge, at the same latitude.
                var previous = ring[i - 1];
                var edge = previous.Longitude > 0 ? 180d : -180d;
                var unwrapped = point.Longitude + 2 * edge;
                var span = unwrapped - previous.Longitude;
                var t = span == 0 ? 0 : (edge - previous.Longitude) / span;
                var latitude = previous.Latitude + t * (point.Latitude - previous.Latitude);
                pieces[^1].Add(new GeoPoint(edge, latitude));
                pieces.Add([new GeoPoint(-edge, latitude)]);
            }
            pieces[^1].Add(point);
        }
        if (pieces.Count == 1)
        {
            return [ring];
        }

        // The ring is closed, so its last piece runs on into the first (both hold the ring's first point).
        var last = pieces[^1];
        pieces.RemoveAt(pieces.Count - 1);
        pieces[0] = [.. last, .. pieces[0].Skip(1)];

        foreach (var piece in pieces)
        {
            var (start, end) = (piece[0], piece[^1]);
            if (start.Longitude == end.Longitude)
            {
                AlongMeridian(piece, end.Longitude, end.Latitude, start.Latitude);
            }
            else
            {
                // Leaving on one edge and coming back on the other: the ring goes round a pole (Antarctica).
                var pole = piece.Average(p => p.Latitude) >= 0 ? 90d : -90d;
                AlongMeridian(piece, end.Longitude, end.Latitude, pole);
                piece.Add(new GeoPoint(start.Longitude, pole));
                AlongMeridian(piece, start.Longitude, pole, start.Latitude);
            }
        }
        return pieces;
    }

    private static void AlongMeridian(List<GeoPoint> piece, double longitude, double fromLatitude, double toLatitude)
    {
        var steps = Math.Max(1, (int)Math.Ceiling(Math.Abs(toLatitude - fromLatitude) / EdgeStepDegrees));
        for (var k = 1; k <= steps; k++)
        {
            piece.Add(new GeoPoint(longitude, fromLatitude + (toLatitude - fromLatitude) * k / steps));
        }
    }
}

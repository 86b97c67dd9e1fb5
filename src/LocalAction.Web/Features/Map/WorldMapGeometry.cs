using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.FileProviders;

namespace LocalAction.Web.Features.Map;

/// <summary>
/// The country shapes of world-atlas (Natural Earth 1:110m), projected once into SVG path data. The shapes never
/// change while the app runs, so they are kept for the life of the process; only the pledge counts are per request.
/// </summary>
public sealed class WorldMapGeometry
{
    /// <summary>Where the build copies the TopoJSON from npm, relative to the web root.</summary>
    public const string WebRootPath = "lib/world-atlas/countries-110m.json";

    /// <summary>Width of the map in SVG user units; coordinates are rounded to a tenth of a unit.</summary>
    public const int Width = 1000;

    private const string TopologyObject = "countries";

    // Antarctica has no cities to pledge and would take a fifth of the map's height, squeezing the rest on a phone.
    private const string AntarcticaNumeric = "010";

    private const int Padding = 1;

    // Keyed by the file, not global: tests start several hosts in one process, and a rebuilt file is read afresh.
    private static readonly ConcurrentDictionary<string, WorldMapGeometry> Loaded = new();

    private readonly HashSet<string> _numericIds;

    private WorldMapGeometry(int height, List<MapShape> shapes)
    {
        Height = height;
        Shapes = shapes;
        _numericIds = shapes.Where(s => s.NumericId is not null).Select(s => s.NumericId!).ToHashSet();
    }

    public int Height { get; }
    public IReadOnlyList<MapShape> Shapes { get; }

    /// <summary>Whether the country with this ISO numeric code is drawn (very small countries are not, at this scale).</summary>
    public bool Draws(string numericId) => _numericIds.Contains(numericId);

    /// <summary>The shapes from the web root, or null when the file is missing (the build did not copy it).</summary>
    public static WorldMapGeometry? Load(IFileProvider webRoot)
    {
        var file = webRoot.GetFileInfo(WebRootPath);
        if (!file.Exists)
        {
            return null;
        }
        var key = $"{file.PhysicalPath ?? WebRootPath}|{file.Length}|{file.LastModified.UtcTicks}";
        return Loaded.GetOrAdd(key, _ =>
        {
            using var stream = file.CreateReadStream();
            return FromFeatures(TopoJson.ReadFeatures(stream, TopologyObject));
        });
    }

    /// <summary>Projects the features (Equal Earth) to fit <see cref="Width"/>, the height following from the shapes.</summary>
    public static WorldMapGeometry FromFeatures(IEnumerable<GeoFeature> features)
    {
        var drawn = features.Where(f => f.Id != AntarcticaNumeric && f.Polygons.Count > 0)
            .Select(f => (Feature: f, Rings: f.Polygons.SelectMany(p => p.Rings).SelectMany(AntimeridianCut.Split)
                .Select(r => r.Select(EqualEarthProjection.Project).ToList()).ToList()))
            .ToList();
        var points = drawn.SelectMany(d => d.Rings).SelectMany(r => r).ToList();
        if (points.Count == 0)
        {
            return new WorldMapGeometry(Padding * 2, []);
        }

        // The whole world's width always fits, so the map does not shift when a file lacks the far east or west;
        // the height is cut to the land there is (north of Cape Horn, once Antarctica is left out).
        var scale = (Width - 2.0 * Padding) / (2 * EqualEarthProjection.MaxX);
        var top = points.Max(p => p.Y);
        var bottom = points.Min(p => p.Y);
        var height = (int)Math.Ceiling((top - bottom) * scale + 2 * Padding);

        // Whole tenths of a unit: rounding once here, then writing differences of the rounded values, means the
        // relative path commands never accumulate rounding drift.
        long Tenths(double value) => (long)Math.Round(value * 10, MidpointRounding.AwayFromZero);
        var shapes = new List<MapShape>(drawn.Count);
        foreach (var (feature, rings) in drawn)
        {
            var path = new StringBuilder();
            foreach (var ring in rings)
            {
                AppendRing(path, ring.Select(p => (Tenths((p.X + EqualEarthProjection.MaxX) * scale + Padding), Tenths((top - p.Y) * scale + Padding))));
            }
            if (path.Length > 0)
            {
                shapes.Add(new MapShape(feature.Id, feature.Name, path.ToString()));
            }
        }
        return new WorldMapGeometry(height, shapes);
    }

    /// <summary>One closed ring: an absolute move, then relative lines ("M12.3 45l.5-1 2 0z").</summary>
    private static void AppendRing(StringBuilder path, IEnumerable<(long X, long Y)> ring)
    {
        var distinct = new List<(long X, long Y)>();
        foreach (var point in ring)
        {
            // Points that rounding merged draw nothing.
            if (distinct.Count == 0 || distinct[^1] != point)
            {
                distinct.Add(point);
            }
        }
        if (distinct.Count > 1 && distinct[^1] == distinct[0])
        {
            distinct.RemoveAt(distinct.Count - 1); // "z" closes the ring
        }
        if (distinct.Count < 3)
        {
            return; // an islet smaller than the rounding has no area to fill
        }

        path.Append('M');
        AppendNumber(path, distinct[0].X, first: true);
        AppendNumber(path, distinct[0].Y, first: false);
        path.Append('l');
        for (var i = 1; i < distinct.Count; i++)
        {
            AppendNumber(path, distinct[i].X - distinct[i - 1].X, first: i == 1);
            AppendNumber(path, distinct[i].Y - distinct[i - 1].Y, first: false);
        }
        path.Append('z');
    }

    /// <summary>Writes tenths as the shortest decimal SVG reads: 12 → "1.2", 3 → ".3", -30 → "-3".</summary>
    private static void AppendNumber(StringBuilder path, long tenths, bool first)
    {
        if (tenths < 0)
        {
            path.Append('-'); // a minus sign also separates it from the previous number
            tenths = -tenths;
        }
        else if (!first)
        {
            path.Append(' ');
        }
        var whole = tenths / 10;
        var tenth = tenths % 10;
        if (whole != 0 || tenth == 0)
        {
            path.Append(whole.ToString(CultureInfo.InvariantCulture));
        }
        if (tenth != 0)
        {
            path.Append('.').Append((char)('0' + tenth));
        }
    }
}

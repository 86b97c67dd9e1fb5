using System.Text.Json;

namespace LocalAction.Web.Features.Map;

/// <summary>
/// Reads the areas of one object of a TopoJSON topology (https://github.com/topojson/topojson-specification) as
/// polygons in longitude and latitude. TopoJSON stores each border once, as an arc shared by the two neighbours
/// (one of them walks it backwards); arcs may be quantized to an integer grid and delta-encoded.
/// </summary>
public static class TopoJson
{
    /// <summary>The features of the object <paramref name="objectName"/>: one per geometry of a GeometryCollection.</summary>
    /// <exception cref="InvalidDataException">The text is not a topology this reader understands.</exception>
    public static IReadOnlyList<GeoFeature> ReadFeatures(string json, string objectName)
    {
        using var document = Parse(() => JsonDocument.Parse(json));
        return ReadFeatures(document.RootElement, objectName);
    }

    /// <inheritdoc cref="ReadFeatures(string, string)"/>
    public static IReadOnlyList<GeoFeature> ReadFeatures(Stream utf8Json, string objectName)
    {
        using var document = Parse(() => JsonDocument.Parse(utf8Json));
        return ReadFeatures(document.RootElement, objectName);
    }

    private static JsonDocument Parse(Func<JsonDocument> parse)
    {
        try
        {
            return parse();
        }
        catch (JsonException e)
        {
            throw new InvalidDataException("Not a TopoJSON topology: " + e.Message, e);
        }
    }

    private static List<GeoFeature> ReadFeatures(JsonElement topology, string objectName)
    {
        if (topology.ValueKind != JsonValueKind.Object || TypeOf(topology) != "Topology")
        {
            throw new InvalidDataException("Not a TopoJSON topology: the root must be an object of type \"Topology\".");
        }
        if (!Required(topology, "objects").TryGetProperty(objectName, out var root))
        {
            throw new InvalidDataException($"The topology has no object named '{objectName}'.");
        }
        var arcs = DecodeArcs(topology);
        var geometries = TypeOf(root) == "GeometryCollection" ? Required(root, "geometries").EnumerateArray().ToList() : [root];
        return geometries.Select(g => new GeoFeature(ReadId(g), ReadName(g), ReadPolygons(g, arcs))).ToList();
    }

    private static GeoPoint[][] DecodeArcs(JsonElement topology)
    {
        var quantized = topology.TryGetProperty("transform", out var transform) && transform.ValueKind == JsonValueKind.Object;
        var (scaleX, scaleY, translateX, translateY) = quantized
            ? (Number(Required(transform, "scale"), 0), Number(Required(transform, "scale"), 1),
               Number(Required(transform, "translate"), 0), Number(Required(transform, "translate"), 1))
            : (1d, 1d, 0d, 0d);

        var arcs = Required(topology, "arcs");
        var decoded = new GeoPoint[arcs.GetArrayLength()][];
        var a = 0;
        foreach (var arc in arcs.EnumerateArray())
        {
            var points = new GeoPoint[arc.GetArrayLength()];
            // Quantized positions are steps on an integer grid, each relative to the previous position of the arc;
            // summing integers keeps the decoded points exact before the one scaling at the end.
            long x = 0, y = 0;
            var p = 0;
            foreach (var position in arc.EnumerateArray())
            {
                if (quantized)
                {
                    x += Integer(position, 0);
                    y += Integer(position, 1);
                    points[p++] = new GeoPoint(x * scaleX + translateX, y * scaleY + translateY);
                }
                else
                {
                    points[p++] = new GeoPoint(Number(position, 0), Number(position, 1));
                }
            }
            decoded[a++] = points;
        }
        return decoded;
    }

    private static List<GeoPolygon> ReadPolygons(JsonElement geometry, GeoPoint[][] arcs)
    {
        var polygons = new List<GeoPolygon>();
        Collect(geometry, arcs, polygons);
        return polygons;
    }

    private static void Collect(JsonElement geometry, GeoPoint[][] arcs, List<GeoPolygon> polygons)
    {
        switch (TypeOf(geometry))
        {
            case "Polygon":
                polygons.Add(Polygon(Required(geometry, "arcs"), arcs));
                break;
            case "MultiPolygon":
                polygons.AddRange(Required(geometry, "arcs").EnumerateArray().Select(p => Polygon(p, arcs)));
                break;
            case "GeometryCollection":
                foreach (var member in Required(geometry, "geometries").EnumerateArray())
                {
                    Collect(member, arcs, polygons);
                }
                break;
            default:
                // Points and lines have no area to fill; a null geometry has no shape at all.
                break;
        }
    }

    private static GeoPolygon Polygon(JsonElement rings, GeoPoint[][] arcs) =>
        new(rings.EnumerateArray().Select(r => Ring(r, arcs)).ToList());

    private static List<GeoPoint> Ring(JsonElement arcIndexes, GeoPoint[][] arcs)
    {
        var ring = new List<GeoPoint>();
        foreach (var element in arcIndexes.EnumerateArray())
        {
            var index = element.ValueKind == JsonValueKind.Number && element.TryGetInt32(out var i) ? i : throw new InvalidDataException($"Arc index {element.GetRawText()} is not an integer.");
            // ~i (that is -i - 1) names arc i walked backwards: the neighbour on the other side of a border uses it that way.
            var reversed = index < 0;
            var arcIndex = reversed ? ~index : index;
            if (arcIndex >= arcs.Length)
            {
                throw new InvalidDataException($"Arc index {index} refers to arc {arcIndex}, but the topology has {arcs.Length} arcs.");
            }
            var arc = arcs[arcIndex];
            // Each arc starts where the previous one ended: skip that repeated point.
            for (var k = ring.Count == 0 ? 0 : 1; k < arc.Length; k++)
            {
                ring.Add(reversed ? arc[arc.Length - 1 - k] : arc[k]);
            }
        }
        return ring;
    }

    private static string? ReadId(JsonElement geometry) =>
        geometry.TryGetProperty("id", out var id)
            ? id.ValueKind switch
            {
                JsonValueKind.String => id.GetString(),
                JsonValueKind.Number => id.GetRawText(),
                _ => null,
            }
            : null;

    private static string? ReadName(JsonElement geometry) =>
        geometry.TryGetProperty("properties", out var properties) && properties.ValueKind == JsonValueKind.Object
        && properties.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String
            ? name.GetString()
            : null;

    private static string? TypeOf(JsonElement element) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String
            ? type.GetString()
            : null;

    private static JsonElement Required(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value)
            ? value
            : throw new InvalidDataException($"A TopoJSON {TypeOf(element) ?? "element"} lacks its \"{name}\" member.");

    private static double Number(JsonElement array, int index) =>
        array.ValueKind == JsonValueKind.Array && array.GetArrayLength() > index && array[index].ValueKind == JsonValueKind.Number && array[index].TryGetDouble(out var value)
            ? value
            : throw new InvalidDataException($"Expected a number at position {index} of {array.GetRawText()}.");

    private static long Integer(JsonElement array, int index) =>
        array.ValueKind == JsonValueKind.Array && array.GetArrayLength() > index && array[index].ValueKind == JsonValueKind.Number && array[index].TryGetInt64(out var value)
            ? value
            : throw new InvalidDataException($"Expected an integer (a quantized position) at position {index} of {array.GetRawText()}.");
}

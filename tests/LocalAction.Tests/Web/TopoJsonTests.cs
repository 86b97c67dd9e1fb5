using LocalAction.Web.Features.Map;

namespace LocalAction.Tests.Web;

/// <summary>TopoJSON decoding on topologies small enough to check every coordinate by hand.</summary>
public sealed class TopoJsonTests
{
    // Two arcs on a grid of 0.5° by 0.25° from (10, 20), delta-encoded:
    //   arc 0: (0,0) (4,0) (4,4) → (10,20) (12,20) (12,21)
    //   arc 1: (0,0) (0,4) (4,4) → (10,20) (10,21) (12,21)
    // The square walks arc 0, then arc 1 backwards (-2 is ~1).
    private const string Quantized = """
        {
          "type": "Topology",
          "transform": { "scale": [0.5, 0.25], "translate": [10, 20] },
          "objects": {
            "shapes": {
              "type": "GeometryCollection",
              "geometries": [
                { "type": "Polygon", "id": "170", "properties": { "name": "Square" }, "arcs": [[0, -2]] },
                { "type": "MultiPolygon", "id": 4, "arcs": [[[1, -1]]] },
                { "type": null, "id": "999" }
              ]
            }
          },
          "arcs": [
            [[0, 0], [4, 0], [0, 4]],
            [[0, 0], [0, 4], [4, 0]]
          ]
        }
        """;

    [Fact]
    public void A_polygon_joins_its_arcs_walking_a_negative_index_backwards()
    {
        var square = TopoJson.ReadFeatures(Quantized, "shapes")[0];
        square.Id.ShouldBe("170");
        square.Name.ShouldBe("Square");
        var ring = square.Polygons.ShouldHaveSingleItem().Rings.ShouldHaveSingleItem();
        ring.ShouldBe([new(10, 20), new(12, 20), new(12, 21), new(10, 21), new(10, 20)]);
    }

    [Fact]
    public void A_multipolygon_a_numeric_id_and_a_null_geometry_are_read()
    {
        var features = TopoJson.ReadFeatures(Quantized, "shapes");
        features.Count.ShouldBe(3);

        features[1].Id.ShouldBe("4");
        features[1].Name.ShouldBeNull();
        features[1].Polygons.ShouldHaveSingleItem().Rings.ShouldHaveSingleItem()
            .ShouldBe([new(10, 20), new(10, 21), new(12, 21), new(12, 20), new(10, 20)]);

        features[2].Id.ShouldBe("999");
        features[2].Polygons.ShouldBeEmpty();
    }

    [Fact]
    public void Without_a_transform_positions_are_absolute_coordinates()
    {
        const string json = """
            {
              "type": "Topology",
              "objects": { "one": { "type": "Polygon", "arcs": [[0], [-2]] } },
              "arcs": [
                [[-1.5, 2.5], [3, 2.5], [3, -4], [-1.5, 2.5]],
                [[0, 0], [1, 0], [1, 1], [0, 0]]
              ]
            }
            """;
        var polygon = TopoJson.ReadFeatures(json, "one").ShouldHaveSingleItem().Polygons.ShouldHaveSingleItem();
        polygon.Rings.Count.ShouldBe(2);
        polygon.Rings[0].ShouldBe([new(-1.5, 2.5), new(3, 2.5), new(3, -4), new(-1.5, 2.5)]);
        polygon.Rings[1].ShouldBe([new(0, 0), new(1, 1), new(1, 0), new(0, 0)]); // the hole, walked backwards
    }

    [Theory]
    [InlineData("""{ "type": "Topology", "objects": {}, "arcs": [] }""", "no object named 'shapes'")]
    [InlineData("""{ "type": "FeatureCollection" }""", "root must be an object of type \"Topology\"")]
    [InlineData("""{ "type": "Topology", "objects": { "shapes": { "type": "Polygon", "arcs": [[5]] } }, "arcs": [] }""", "refers to arc 5")]
    [InlineData("""{ "type": "Topology", "transform": { "scale": [1, 1], "translate": [0, 0] }, "objects": { "shapes": { "type": "Polygon", "arcs": [[0]] } }, "arcs": [[[0.5, 1]]] }""", "integer")]
    [InlineData("""{ "type": "Topology", """, "Not a TopoJSON topology")]
    public void What_is_not_a_readable_topology_is_refused_with_the_reason(string json, string reason)
    {
        Should.Throw<InvalidDataException>(() => TopoJson.ReadFeatures(json, "shapes")).Message.ShouldContain(reason);
    }
}

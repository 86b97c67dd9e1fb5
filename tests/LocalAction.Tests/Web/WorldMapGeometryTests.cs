using System.Text.RegularExpressions;
using LocalAction.Web.Features.Map;

namespace LocalAction.Tests.Web;

/// <summary>From longitude and latitude to compact SVG paths: the antimeridian cut, projection bounds, number format.</summary>
public sealed class WorldMapGeometryTests
{
    [Fact]
    public void A_ring_across_the_antimeridian_becomes_one_closed_ring_on_each_side()
    {
        // An island from 179°E to 179°W, as Fiji is stored.
        GeoPoint[] ring = [new(179, -16), new(-179, -16), new(-179, -17), new(179, -17), new(179, -16)];
        var pieces = AntimeridianCut.Split(ring);
        pieces.Count.ShouldBe(2);
        pieces[0].ShouldBe([new(180, -17), new(179, -17), new(179, -16), new(180, -16), new(180, -17)]);
        pieces[1].ShouldBe([new(-180, -16), new(-179, -16), new(-179, -17), new(-180, -17), new(-180, -16)]);
    }

    [Fact]
    public void A_ring_that_stays_on_one_side_is_kept_as_it_is()
    {
        GeoPoint[] ring = [new(0, 0), new(10, 0), new(10, 10), new(0, 0)];
        AntimeridianCut.Split(ring).ShouldHaveSingleItem().ShouldBeSameAs(ring);
    }

    [Fact]
    public void Paths_are_relative_with_one_decimal_and_Antarctica_is_left_out()
    {
        var geometry = WorldMapGeometry.FromFeatures(
        [
            Square("170", -75, 5, 5),
            Square("010", -60, -80, 20),
            Square(null, 20, 40, 2),
            new GeoFeature("999", "Empty", []),
        ]);
        geometry.Shapes.Select(s => s.NumericId).ShouldBe(["170", null]);
        geometry.Draws("170").ShouldBeTrue();
        geometry.Draws("010").ShouldBeFalse();
        foreach (var shape in geometry.Shapes)
        {
            shape.PathData.ShouldMatch(@"^M\d+(\.\d)?[ -]\.?\d+(\.\d)?l[-\d. ]+z$");
        }
        // The whole world's width is kept, the height is cut to what is drawn (plus the padding).
        geometry.Height.ShouldBeLessThan(WorldMapGeometry.Width / 2);
    }

    [Fact]
    public void Fiji_is_drawn_on_both_edges_of_the_map_without_a_line_across_it()
    {
        var fiji = new GeoFeature("242", "Fiji", [new GeoPolygon([[new(179, -16), new(-179, -16), new(-179, -17), new(179, -17), new(179, -16)]])]);
        var path = WorldMapGeometry.FromFeatures([fiji]).Shapes.ShouldHaveSingleItem().PathData;
        var rings = path.Split('M', StringSplitOptions.RemoveEmptyEntries);
        rings.Length.ShouldBe(2);
        var starts = rings.Select(r => double.Parse(Regex.Match(r, @"^[\d.]+").Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        starts.ShouldContain(x => x > 900);
        starts.ShouldContain(x => x < 100);
        // Within each ring every relative step is short: nothing is drawn across the map.
        var steps = rings.SelectMany(r => Regex.Matches(r[(r.IndexOf('l') + 1)..], @"-?(\d+(\.\d)?|\.\d)"))
            .Select(m => Math.Abs(double.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture))).ToList();
        steps.ShouldNotBeEmpty();
        steps.ShouldAllBe(step => step < 20);
    }

    [Theory]
    [InlineData(1, "#c6dbef")]
    [InlineData(2, "#9ecae1")]
    [InlineData(3, "#6baed6")]
    [InlineData(4, "#6baed6")]
    [InlineData(5, "#3182bd")]
    [InlineData(9, "#3182bd")]
    [InlineData(10, "#08519c")]
    [InlineData(250, "#08519c")]
    public void Pledge_counts_fall_into_five_bands_of_blue(int pledges, string fill) =>
        PledgeClass.For(pledges).Fill.ShouldBe(fill);

    private static GeoFeature Square(string? id, double west, double south, double size) =>
        new(id, id, [new GeoPolygon([[new(west, south), new(west + size, south), new(west + size, south + size), new(west, south + size), new(west, south)]])]);
}

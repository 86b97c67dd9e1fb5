using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Localization;

namespace LocalAction.Web.Features.Map;

/// <summary>
/// Draws the world map as inline SVG: countries with published pledges shaded by <see cref="PledgeClass"/> and
/// linked to their pledges, every other area in grey. No script, no tiles: it works offline and without JavaScript.
/// </summary>
public sealed class WorldMapRenderer(IStringLocalizer<SharedResource> l, HtmlEncoder encoder)
{
    public const string TitleId = "world-map-title";
    public const string DescriptionId = "world-map-desc";

    /// <summary>Where a country's pledges are listed.</summary>
    public static string PledgesUrl(string alpha2) => "/pledges?country=" + Uri.EscapeDataString(alpha2);

    public IHtmlContent Render(WorldMapGeometry geometry, IEnumerable<CountryPledges> countries)
    {
        var byNumeric = countries.ToDictionary(c => c.Numeric);
        var svg = new StringBuilder(128 * 1024);
        svg.Append(CultureInfo.InvariantCulture,
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {WorldMapGeometry.Width} {geometry.Height}\" class=\"world-map\" role=\"group\" aria-labelledby=\"{TitleId} {DescriptionId}\">");
        svg.Append($"<title id=\"{TitleId}\">").Append(Encode(l["World map of published pledges by country"])).Append("</title>");
        svg.Append($"<desc id=\"{DescriptionId}\">")
            .Append(Encode(l["Countries in blue have at least one published pledge, darker for more; grey means none. The table gives the same figures."]))
            .Append("</desc>");
        // Grey is the group's fill, so only shaded countries carry their own; the white borders separate neighbours.
        // Even-odd makes holes (Lesotho inside South Africa) holes whatever the direction their rings were cut in.
        svg.Append($"<g fill=\"{PledgeClass.NoPledgesFill}\" fill-rule=\"evenodd\" stroke=\"#fff\" stroke-width=\".5\" stroke-linejoin=\"round\">");

        var shaded = new List<(MapShape Shape, CountryPledges Country)>();
        foreach (var shape in geometry.Shapes)
        {
            var country = shape.NumericId is null ? null : byNumeric.GetValueOrDefault(shape.NumericId);
            if (country is { Pledges: > 0 })
            {
                shaded.Add((shape, country));
                continue;
            }
            var title = country is null ? shape.Name : l["{0}: no pledges", country.Name].Value;
            svg.Append("<path d=\"").Append(shape.PathData).Append('"');
            if (string.IsNullOrEmpty(title))
            {
                svg.Append("/>");
            }
            else
            {
                svg.Append("><title>").Append(Encode(title)).Append("</title></path>");
            }
        }

        // Shaded countries come last so that the outline a pointer hover gives them is not covered by a grey neighbour.
        // They are no tab stops: the table beside the map has the same links with their names and counts for keyboard
        // users. The map is a labelled group (not role="img", which must not contain links), each link named like its title.
        foreach (var (shape, country) in shaded)
        {
            var count = country.Pledges.ToString("N0", CultureInfo.CurrentCulture);
            var title = country.Pledges == 1 ? l["{0}: {1} pledge", country.Name, count] : l["{0}: {1} pledges", country.Name, count];
            svg.Append("<a href=\"").Append(Encode(PledgesUrl(country.Alpha2))).Append("\" tabindex=\"-1\" aria-label=\"").Append(Encode(title)).Append("\">")
                .Append("<path fill=\"").Append(PledgeClass.For(country.Pledges).Fill).Append("\" d=\"").Append(shape.PathData).Append("\">")
                .Append("<title>").Append(Encode(title)).Append("</title></path></a>");
        }

        svg.Append("</g></svg>");
        return new HtmlString(svg.ToString());
    }

    private string Encode(string text) => encoder.Encode(text);
}

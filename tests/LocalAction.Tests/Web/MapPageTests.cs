using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using LocalAction.Tests.Infrastructure;
using LocalAction.Web.Features.Map;

namespace LocalAction.Tests.Web;

/// <summary>The map page over the seeded registry: the same per-country figures in the SVG and in the table.</summary>
public abstract class MapPageTests<TApp>(TApp app) where TApp : SeededApp
{
    [Fact]
    public async Task The_table_gives_Colombia_its_6_lead_pledges_with_its_region_and_a_link_to_them()
    {
        // Barranquilla (2 in 2022, 1 in 2023), Bogotá (2) and Medellín (1).
        var row = (await MapPage()).QuerySelector("table tr[data-country=CO]")!;
        row.QuerySelector("a")!.GetAttribute("href").ShouldBe("/pledges?country=CO");
        var cells = row.QuerySelectorAll("th, td").Select(c => c.TextContent.Trim()).ToList();
        cells.ShouldBe(["Colombia", "Americas", "6"]);
    }

    [Fact]
    public async Task The_map_links_Colombia_to_its_pledges_with_its_count_and_shade()
    {
        var svg = Svg(await MapPage());
        var link = svg.QuerySelector("a[href=\"/pledges?country=CO\"]")!;
        link.ShouldNotBeNull();
        var path = link.QuerySelector("path")!;
        path.QuerySelector("title")!.TextContent.ShouldBe("Colombia: 6 pledges");
        path.GetAttribute("fill").ShouldBe(PledgeClass.For(6).Fill);
        path.GetAttribute("d")!.ShouldStartWith("M");
    }

    [Fact]
    public async Task A_country_without_pledges_is_drawn_grey_without_a_link()
    {
        var document = await MapPage();
        var svg = Svg(document);
        svg.QuerySelector("a[href=\"/pledges?country=JP\"]").ShouldBeNull();
        var japan = svg.QuerySelectorAll("path").Single(p => p.QuerySelector("title")?.TextContent == "Japan: no pledges");
        japan.ParentElement!.LocalName.ShouldBe("g");
        japan.HasAttribute("fill").ShouldBeFalse(); // the group's grey
        svg.QuerySelector("g")!.GetAttribute("fill").ShouldBe(PledgeClass.NoPledgesFill);
        document.QuerySelector("table tr[data-country=JP]").ShouldBeNull();
    }

    [Fact]
    public async Task Areas_without_an_ISO_code_are_drawn_grey_with_their_own_name()
    {
        var svg = Svg(await MapPage());
        var kosovo = svg.QuerySelectorAll("path").Single(p => p.QuerySelector("title")?.TextContent == "Kosovo");
        kosovo.ParentElement!.LocalName.ShouldBe("g");
    }

    [Fact]
    public async Task The_table_and_the_pledges_without_a_country_add_up_to_all_124_published_pledges()
    {
        var document = await MapPage();
        var figures = document.QuerySelectorAll("table tbody tr").Select(r => int.Parse(r.QuerySelectorAll("td")[^1].TextContent)).ToList();
        var withoutCountry = int.Parse(document.QuerySelector("#without-country")!.GetAttribute("data-pledges")!);
        withoutCountry.ShouldBe(5);
        document.QuerySelector("#without-country")!.TextContent.ShouldContain("5 more published pledges have no country");
        (figures.Sum() + withoutCountry).ShouldBe(124);
        // Every country in the table is a link on the map, and no other.
        Svg(document).QuerySelectorAll("a").Length.ShouldBe(figures.Count);
    }

    [Fact]
    public async Task The_table_is_sorted_by_pledges_then_by_name()
    {
        var rows = (await MapPage()).QuerySelectorAll("table tbody tr")
            .Select(r => (Name: r.QuerySelector("th")!.TextContent.Trim(), Pledges: int.Parse(r.QuerySelectorAll("td")[^1].TextContent)))
            .ToList();
        rows[0].ShouldBe(("United States of America", 12));
        rows.ShouldBe(rows.OrderByDescending(r => r.Pledges).ThenBy(r => r.Name, StringComparer.Create(new("en"), false)).ToList());
    }

    [Fact]
    public async Task The_SVG_is_labelled_scales_to_its_column_and_stays_small()
    {
        var response = await app.Factory.CreateClient().GetAsync("/map");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var svg = Svg(new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync()));
        svg.GetAttribute("role").ShouldBe("group"); // a labelled group: role="img" must not contain links
        svg.GetAttribute("viewBox")!.ShouldStartWith("0 0 1000 ");
        svg.HasAttribute("width").ShouldBeFalse();
        foreach (var id in svg.GetAttribute("aria-labelledby")!.Split(' '))
        {
            svg.QuerySelector($"#{id}")!.TextContent.ShouldNotBeNullOrWhiteSpace();
        }
        svg.OuterHtml.Length.ShouldBeLessThan(100_000);
        // Coordinates keep one decimal at most.
        svg.QuerySelectorAll("path").ShouldAllBe(p => !System.Text.RegularExpressions.Regex.IsMatch(p.GetAttribute("d")!, @"\.\d\d"));
    }

    [Fact]
    public async Task The_map_page_is_served_in_French()
    {
        var client = app.Factory.CreateClient();
        var html = await (await client.GetAsync("/language/fr?returnUrl=%2Fmap")).Content.ReadAsStringAsync();
        var document = new HtmlParser().ParseDocument(html);
        document.QuerySelector("h1")!.TextContent.ShouldBe("Carte des engagements");
        document.QuerySelector("table tr[data-country=CO] td")!.TextContent.ShouldBe("Amériques");
        Svg(document).QuerySelector("a[href=\"/pledges?country=CO\"] title")!.TextContent.ShouldBe("Colombia : 6 engagements");
        document.QuerySelector("#without-country")!.TextContent.ShouldContain("5 autres engagements publiés");
    }

    private async Task<AngleSharp.Html.Dom.IHtmlDocument> MapPage() =>
        new HtmlParser().ParseDocument(await app.Factory.CreateClient().GetStringAsync("/map"));

    private static IElement Svg(IParentNode document) => document.QuerySelector("svg.world-map")!;
}

public sealed class MapPageTestsOnSqlite(SqliteApp app) : MapPageTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class MapPageTestsOnPostgres(PostgresApp app) : MapPageTests<PostgresApp>(app), IClassFixture<PostgresApp>;

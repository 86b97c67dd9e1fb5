using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using LocalAction.Tests.Infrastructure;

namespace LocalAction.Tests.Web;

/// <summary>The public pages of the repository, server-rendered and usable without JavaScript.</summary>
public abstract class RepositoryPagesTests<TApp>(TApp app) where TApp : SeededApp
{
    private readonly HttpClient _client = app.Factory.CreateClient();

    [Fact]
    public async Task The_pledge_list_filters_by_round_and_shows_counts_beside_every_filter_value()
    {
        var page = await Page("/pledges?round=imrf-2022");
        page.QuerySelector("#result-count")!.TextContent.ShouldContain("70");
        page.QuerySelectorAll(".pledge-card").Length.ShouldBe(20);
        var roundFacet = page.QuerySelector("[data-facet=round]")!;
        roundFacet.QuerySelector("input[value=imrf-2022]")!.HasAttribute("checked").ShouldBeTrue();
        Label(roundFacet, "grf-2023").ShouldContain("(54)");
        Label(page.QuerySelector("[data-facet=compact]")!, "idp-only").ShouldContain("(4)");
        page.QuerySelector(".active-filters")!.TextContent.ShouldContain("IMRF 2022");
        page.QuerySelector("a[rel=next]")!.GetAttribute("href").ShouldBe("/pledges?round=imrf-2022&page=2");
    }

    [Fact]
    public async Task Searching_without_accents_finds_Bogota_and_an_empty_search_says_so()
    {
        var page = await Page("/pledges?q=bogota");
        page.QuerySelectorAll(".pledge-card").Length.ShouldBe(2);
        page.QuerySelector(".pledge-card")!.TextContent.ShouldContain("Bogotá");
        var empty = await Page("/pledges?q=xylophone");
        empty.QuerySelector(".empty-state")!.TextContent.ShouldContain("No pledge matches this search.");
    }

    [Fact]
    public async Task A_bad_filter_gets_a_400_page_that_names_the_parameter()
    {
        var response = await _client.GetAsync("/pledges?round=imrf-1999&page=0");
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        var summary = page.QuerySelector("#error-summary")!.TextContent;
        summary.ShouldContain("round");
        summary.ShouldContain("imrf-1999");
        summary.ShouldContain("page");
    }

    [Fact]
    public async Task A_documented_pledge_page_shows_the_compacts_box_the_update_the_source_and_downloads()
    {
        var list = await Page("/pledges?q=nutrition%20mothers");
        var href = list.QuerySelector(".pledge-card a")!.GetAttribute("href")!;
        var page = await Page(href);
        page.QuerySelector("h1")!.TextContent.ShouldBe("Nutrition Reception Centre for Migrant and Refugee Children and Mothers");
        var box = page.QuerySelector(".compacts-box")!.TextContent;
        box.ShouldContain("Protecting those most vulnerable");
        box.ShouldContain("Objective 7");
        box.ShouldContain("SDG 5");
        box.ShouldContain("derived from the priorities");
        var update = page.QuerySelector(".update-timeline")!.TextContent;
        update.ShouldContain("541");
        update.ShouldContain("132");
        page.QuerySelector(".pledge-facts")!.TextContent.ShouldContain("Delivering Results (Dec 2025)");
        page.QuerySelector("a[download$='.csv']").ShouldNotBeNull();
        page.QuerySelector(".citation")!.TextContent.ShouldContain("Bogotá (2022). Nutrition Reception Centre");
        page.QuerySelectorAll(".revision-history li").Length.ShouldBe(1);
        page.QuerySelector(".details-not-documented").ShouldBeNull();
    }

    [Fact]
    public async Task An_undocumented_pledge_says_its_details_are_not_documented_and_shows_unknowns_as_not_stated()
    {
        var list = await Page("/pledges?q=boston");
        var page = await Page(list.QuerySelector(".pledge-card a")!.GetAttribute("href")!);
        page.QuerySelector(".details-not-documented")!.TextContent.ShouldContain("Details not documented.");
        page.QuerySelector(".pledge-facts")!.TextContent.ShouldContain("Not stated");
        page.QuerySelector("h1")!.TextContent.ShouldBe("Pledge by Boston");
    }

    [Theory]
    [InlineData("/pledges?round=imrf-2022&utm_source=newsletter")]
    [InlineData("/organizations?fbclid=abc")]
    public async Task Pages_ignore_parameters_they_do_not_know_so_shared_links_still_open(string url)
    {
        var response = await _client.GetAsync(url);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("/pledges/CLA-2099-0001")]
    [InlineData("/pledges/not-an-id")]
    [InlineData("/organizations/atlantis")]
    [InlineData("/organizations/Not_An_Id")]
    public async Task Unknown_or_malformed_ids_get_the_404_page(string url)
    {
        var response = await _client.GetAsync(url);
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync()).ShouldContain("Page not found");
    }

    [Fact]
    public async Task The_organization_list_and_a_profile_show_pledges_by_round()
    {
        var list = await Page("/organizations?country=CO");
        list.QuerySelectorAll(".organizations-table tbody tr").Select(r => r.QuerySelector("a")!.TextContent).ShouldBe(["Barranquilla", "Bogotá", "Medellín"]);
        var profile = await Page("/organizations/barranquilla");
        profile.QuerySelector("h1")!.TextContent.Trim().ShouldBe("Barranquilla");
        var pledges = profile.QuerySelector(".organization-pledges")!.ParentElement!.TextContent;
        pledges.ShouldContain("GRF 2023");
        pledges.ShouldContain("IMRF 2022");
        profile.QuerySelectorAll(".organization-pledges li").Length.ShouldBe(3);
        profile.QuerySelector(".organization-profile")!.TextContent.ShouldContain("Not known");
    }

    [Fact]
    public async Task The_API_page_links_the_OpenAPI_description()
    {
        var page = await Page("/api");
        page.QuerySelector("a[href='/openapi/v1.json']").ShouldNotBeNull();
        page.QuerySelectorAll(".api-endpoints tbody tr").Length.ShouldBeGreaterThanOrEqualTo(6);
    }

    private async Task<IHtmlDocument> Page(string url)
    {
        var response = await _client.GetAsync(url);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, url);
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
    }

    private static string Label(AngleSharp.Dom.IElement facet, string value) =>
        facet.QuerySelector($"input[value={value}]")!.ParentElement!.QuerySelector("label")!.TextContent;
}

public sealed class RepositoryPagesTestsOnSqlite(SqliteApp app) : RepositoryPagesTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class RepositoryPagesTestsOnPostgres(PostgresApp app) : RepositoryPagesTests<PostgresApp>(app), IClassFixture<PostgresApp>;

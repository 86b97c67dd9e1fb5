using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Html.Parser;
using LocalAction.Tests.Infrastructure;

namespace LocalAction.Tests.Web;

/// <summary>The first public page and the health endpoints, over the seeded registry.</summary>
public abstract class HomePageTests<TApp>(TApp app) where TApp : SeededApp
{
    [Fact]
    public async Task Home_shows_124_pledges_85_governments_and_networks_beside_the_published_figures()
    {
        var client = app.Factory.CreateClient();
        var html = await client.GetStringAsync("/");
        var document = new HtmlParser().ParseDocument(html);

        Figure(document, "pledges").ShouldBe("124");
        Figure(document, "organizations").ShouldBe("85");
        Figure(document, "rounds").ShouldBe("2");
        var pledgesCard = document.QuerySelector("[data-figure=pledges] .figure-published")!.TextContent;
        pledgesCard.ShouldContain("124");
        pledgesCard.ShouldContain("Delivering Results");
        document.QuerySelector("[data-figure=rounds]")!.TextContent.ShouldContain("IMRF 2022: 70");
        document.QuerySelector("[data-figure=rounds]")!.TextContent.ShouldContain("GRF 2023: 54");
        document.QuerySelector(".home-map svg a[href='/pledges?country=CO']").ShouldNotBeNull();
        document.QuerySelector("form[action='/pledges'] input[name=q]").ShouldNotBeNull();
    }

    [Fact]
    public async Task Home_lists_the_latest_pledges_and_says_when_details_are_not_documented()
    {
        var html = await app.Factory.CreateClient().GetStringAsync("/");
        var items = new HtmlParser().ParseDocument(html).QuerySelectorAll(".latest-pledges li");
        items.Length.ShouldBe(10);
        items[0].TextContent.ShouldContain("CLA-2023-0054");
        items[0].TextContent.ShouldContain("Welcoming Week");
        items.ShouldContain(li => li.TextContent.Contains("Details not documented"));
    }

    [Fact]
    public async Task Home_is_served_in_French_after_choosing_French()
    {
        var client = app.Factory.CreateClient();
        var switchResponse = await client.GetAsync("/language/fr?returnUrl=%2F");
        switchResponse.StatusCode.ShouldBe(HttpStatusCode.OK); // the client follows the redirect home
        var document = new HtmlParser().ParseDocument(await switchResponse.Content.ReadAsStringAsync());
        document.DocumentElement.GetAttribute("lang").ShouldBe("fr");
        document.QuerySelector("h1")!.TextContent.ShouldBe("Appel à l'action locale pour les migrants et les réfugiés");
        document.QuerySelector("[data-figure=pledges]")!.TextContent.ShouldContain("Engagements");
    }

    [Fact]
    public async Task The_language_switch_refuses_unknown_languages_and_foreign_redirects()
    {
        var client = app.Factory.CreateClient(new() { AllowAutoRedirect = false });
        var bad = await client.GetAsync("/language/xx");
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString()!.ShouldContain("'xx'");
        var offsite = await client.GetAsync("/language/es?returnUrl=https%3A%2F%2Fevil.example%2F");
        offsite.Headers.Location!.ToString().ShouldBe("/");
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/api/v1/pledges?pageSize=1")]
    public async Task Pages_and_API_forbid_foreign_scripts_framing_and_sniffing(string url)
    {
        var response = await app.Factory.CreateClient().GetAsync(url);
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        csp.ShouldContain("script-src 'self'");
        csp.ShouldNotContain("script-src 'self' 'unsafe-inline'");
        csp.ShouldContain("frame-ancestors 'none'");
        response.Headers.GetValues("X-Content-Type-Options").Single().ShouldBe("nosniff");
    }

    [Fact]
    public async Task Health_endpoints_answer_live_and_ready()
    {
        var client = app.Factory.CreateClient();
        (await client.GetAsync("/health/live")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var ready = await client.GetAsync("/health/ready");
        ready.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ready.Content.ReadAsStringAsync()).ShouldBe("Healthy");
    }

    [Fact]
    public async Task An_unknown_page_gets_a_404_page_that_leads_home()
    {
        var response = await app.Factory.CreateClient().GetAsync("/no-such-page");
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("Page not found");
        html.ShouldContain("href=\"/\"");
    }

    [Fact]
    public async Task The_headline_API_returns_the_computed_figures()
    {
        var headline = await app.Factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/statistics/headline");
        headline.GetProperty("pledges").GetInt32().ShouldBe(124);
        headline.GetProperty("idpOnlyPledges").GetInt32().ShouldBe(5);
        headline.GetProperty("governmentsAndNetworks").GetInt32().ShouldBe(85);
        headline.GetProperty("organizationsWithKnownPopulation").GetInt32().ShouldBe(3);
        headline.GetProperty("residentsOfKnownPopulation").GetInt64().ShouldBe(20_000_000);
        headline.GetProperty("pledgesWithValidatedUpdate").GetInt32().ShouldBe(24);
    }

    private static string Figure(AngleSharp.Html.Dom.IHtmlDocument document, string key) =>
        document.QuerySelector($"[data-figure={key}] .figure-value")!.TextContent.Trim();
}

public sealed class HomePageTestsOnSqlite(SqliteApp app) : HomePageTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class HomePageTestsOnPostgres(PostgresApp app) : HomePageTests<PostgresApp>(app), IClassFixture<PostgresApp>;

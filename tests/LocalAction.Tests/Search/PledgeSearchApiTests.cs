using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LocalAction.Tests.Infrastructure;

namespace LocalAction.Tests.Search;

/// <summary>GET /api/v1/pledges over the seeded registry: every filter, its facet counts, search, sort, paging, ETags and bad input.</summary>
public abstract class PledgeSearchApiTests<TApp>(TApp app) where TApp : SeededApp
{
    private readonly HttpClient _client = app.Factory.CreateClient();

    [Fact]
    public async Task Without_filters_all_124_pledges_are_found_20_per_page_with_round_facets_70_and_54()
    {
        var body = await Get("/api/v1/pledges");
        body.GetProperty("total").GetInt32().ShouldBe(124);
        body.GetProperty("page").GetInt32().ShouldBe(1);
        body.GetProperty("pageSize").GetInt32().ShouldBe(20);
        body.GetProperty("items").GetArrayLength().ShouldBe(20);
        FacetCount(body, "round", "imrf-2022").ShouldBe(70);
        FacetCount(body, "round", "grf-2023").ShouldBe(54);
    }

    [Theory]
    [InlineData("round=imrf-2022", 70)]
    [InlineData("round=grf-2023", 54)]
    [InlineData("compact=idp-only", 5)]
    [InlineData("compact=gcr", 5)]
    [InlineData("compact=gcm", 2)]
    [InlineData("compact=mirror", 17)]
    [InlineData("compact=not-stated", 95)]
    [InlineData("compact=gcr&compact=gcm", 7)]
    [InlineData("compact=gcr,gcm", 7)]
    [InlineData("priority=3", 2)]
    [InlineData("gcm=15", 3)]
    [InlineData("gcrArea=solutions", 7)]
    [InlineData("sdg=13", 3)]
    [InlineData("beneficiary=stateless", 3)]
    [InlineData("country=CO", 6)]
    [InlineData("kind=network", 15)]
    [InlineData("kind=national-government", 2)]
    [InlineData("size=large-metropolitan", 6)] // Amman, Nairobi (1 + 2), São Paulo (1 + 1)
    [InlineData("stage=in-progress", 15)]
    [InlineData("joint=yes", 7)]
    [InlineData("hasUpdates=yes", 24)]
    [InlineData("completeness=documented", 25)]
    [InlineData("completeness=not-documented", 99)]
    [InlineData("round=grf-2023&compact=gcr", 5)]
    [InlineData("round=imrf-2022&country=CO", 5)]
    public async Task Each_filter_gives_the_pledges_the_seed_documents_state(string query, int expected)
    {
        var body = await Get("/api/v1/pledges?" + query);
        body.GetProperty("total").GetInt32().ShouldBe(expected, query);
    }

    [Fact]
    public async Task Facet_counts_apply_the_other_filters_but_not_their_own()
    {
        var body = await Get("/api/v1/pledges?round=imrf-2022&compact=idp-only");
        body.GetProperty("total").GetInt32().ShouldBe(4); // Addis Ababa, Beira, Dédougou, Dhaka North
        FacetCount(body, "round", "imrf-2022").ShouldBe(4);
        FacetCount(body, "round", "grf-2023").ShouldBe(1); // Dunavtsi: what choosing 2023 as well would add
        FacetCount(body, "compact", "idp-only").ShouldBe(4);
        // Within 2022: Arua, Paris, Bogotá, Montréal (2), Koboko, Accra, Lampedusa and Medellín are Mirror; 57 are not stated.
        FacetCount(body, "compact", "mirror").ShouldBe(9);
        FacetCount(body, "compact", "not-stated").ShouldBe(57);
        FacetCount(body, "compact", "gcr").ShouldBe(0);
        Value(body, "round", "imrf-2022").GetProperty("selected").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task Region_facets_agree_with_the_countries_of_the_lead_organizations()
    {
        var all = await Get("/api/v1/pledges?pageSize=200");
        var items = all.GetProperty("items").EnumerateArray().ToList();
        var byCountry = items.Where(i => i.GetProperty("countryCode").ValueKind == JsonValueKind.String)
            .GroupBy(i => i.GetProperty("countryCode").GetString()!).ToDictionary(g => g.Key, g => g.Count());
        var taxonomies = await Get("/api/v1/taxonomies");
        var americas = taxonomies.GetProperty("countries").EnumerateArray()
            .Where(c => c.GetProperty("m49RegionCode").GetString() == "019").Select(c => c.GetProperty("alpha2").GetString()!).ToHashSet();
        var expected = byCountry.Where(kv => americas.Contains(kv.Key)).Sum(kv => kv.Value);
        expected.ShouldBeGreaterThan(20);
        (await Get("/api/v1/pledges?region=019")).GetProperty("total").GetInt32().ShouldBe(expected);
        var noCountry = items.Count(i => i.GetProperty("countryCode").ValueKind == JsonValueKind.Null);
        noCountry.ShouldBe(2 + 1 + 1 + 1); // C40–MMC (2), Cities Alliance, MMC, UCLG
        FacetCount(all, "country", "CO").ShouldBe(6);
    }

    [Theory]
    [InlineData("Bogota", 2)]
    [InlineData("bogotá", 2)]
    [InlineData("BOGO", 2)]
    [InlineData("zurich", 7)]
    [InlineData("Zürich", 7)]
    [InlineData("tripartite asylum", 1)]
    [InlineData("Swiss State Secretariat", 1)]
    [InlineData("nutrition mothers", 1)]
    [InlineData("Somaliland", 1)]
    [InlineData("عمان", 0)]
    [InlineData("北京", 0)]
    public async Task Search_ignores_case_and_accents_and_covers_titles_descriptions_organizations_partners_and_places(string text, int expected)
    {
        var body = await Get("/api/v1/pledges?q=" + Uri.EscapeDataString(text));
        body.GetProperty("total").GetInt32().ShouldBe(expected, text);
    }

    [Fact]
    public async Task Search_finds_a_pledge_through_its_country_name()
    {
        var body = await Get("/api/v1/pledges?q=Colombia");
        body.GetProperty("total").GetInt32().ShouldBe(6);
    }

    [Fact]
    public async Task Sorting_by_title_organization_and_country_orders_the_results()
    {
        var titles = Items(await Get("/api/v1/pledges?sort=title&completeness=documented&pageSize=200")).Select(i => i.GetProperty("title").GetString()).ToList();
        titles.Last().ShouldBeNull(); // Germany's pledge is documented by its description only: untitled pledges come last
        var byTitle = titles.SkipLast(1).Select(t => t!).ToList();
        byTitle.ShouldBe(byTitle.OrderBy(t => t, StringComparer.Create(System.Globalization.CultureInfo.InvariantCulture, System.Globalization.CompareOptions.IgnoreCase | System.Globalization.CompareOptions.IgnoreNonSpace)).ToList());
        var byOrganization = Items(await Get("/api/v1/pledges?sort=organization&pageSize=3")).Select(i => i.GetProperty("leadOrganization").GetString()).ToList();
        byOrganization.ShouldBe(["Accra", "Addis Ababa", "Amman"]);
        var byCountry = Items(await Get("/api/v1/pledges?sort=country&pageSize=200")).Select(i => i.GetProperty("countryName").GetString()).ToList();
        byCountry.First().ShouldBe("Argentina");
        byCountry.Last().ShouldBeNull(); // global networks last
        var newest = Items(await Get("/api/v1/pledges?pageSize=1")).Single().GetProperty("publicId").GetString();
        newest.ShouldBe("CLA-2023-0054");
    }

    [Fact]
    public async Task Pages_cover_every_result_once()
    {
        var seen = new HashSet<string>();
        for (var page = 1; page <= 7; page++)
        {
            var body = await Get($"/api/v1/pledges?page={page}&pageSize=20");
            foreach (var item in Items(body)) seen.Add(item.GetProperty("publicId").GetString()!).ShouldBeTrue();
        }
        seen.Count.ShouldBe(124);
        var beyond = await Get("/api/v1/pledges?page=8&pageSize=20");
        Items(beyond).ShouldBeEmpty();
        beyond.GetProperty("total").GetInt32().ShouldBe(124);
    }

    [Fact]
    public async Task An_unchanged_result_answers_304_to_its_ETag()
    {
        var first = await _client.GetAsync("/api/v1/pledges?country=CO");
        var etag = first.Headers.ETag;
        etag.ShouldNotBeNull();
        using var again = new HttpRequestMessage(HttpMethod.Get, "/api/v1/pledges?country=CO");
        again.Headers.IfNoneMatch.Add(etag);
        var second = await _client.SendAsync(again);
        second.StatusCode.ShouldBe(HttpStatusCode.NotModified);
        (await second.Content.ReadAsByteArrayAsync()).ShouldBeEmpty();
        var other = await _client.GetAsync("/api/v1/pledges?country=KE");
        other.Headers.ETag!.Tag.ShouldNotBe(etag.Tag);
    }

    [Fact]
    public async Task Any_origin_may_read_the_API()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/pledges?pageSize=1");
        request.Headers.Add("Origin", "https://example.org");
        var response = await _client.SendAsync(request);
        response.Headers.GetValues("Access-Control-Allow-Origin").Single().ShouldBe("*");
    }

    [Theory]
    [InlineData("round=imrf-2099", "round")]
    [InlineData("compact=gcm,banana", "compact")]
    [InlineData("sdg=18", "sdg")]
    [InlineData("country=XX", "country")]
    [InlineData("page=0", "page")]
    [InlineData("page=-3", "page")]
    [InlineData("page=abc", "page")]
    [InlineData("pageSize=201", "pageSize")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("sort=random", "sort")]
    [InlineData("colour=blue", "colour")]
    public async Task Bad_parameters_get_400_naming_the_parameter(string query, string parameter)
    {
        var response = await _client.GetAsync("/api/v1/pledges?" + query);
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, query);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("errors").TryGetProperty(parameter, out var messages).ShouldBeTrue(query);
        messages[0].GetString()!.Length.ShouldBeGreaterThan(10);
    }

    [Fact]
    public async Task An_over_long_query_gets_400_naming_q()
    {
        var response = await _client.GetAsync("/api/v1/pledges?q=" + new string('a', 201));
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("errors").GetProperty("q")[0].GetString()!.ShouldContain("201");
    }

    [Fact]
    public async Task An_unknown_API_path_is_a_problem_details_404()
    {
        var response = await _client.GetAsync("/api/v1/nothing-here");
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    private async Task<JsonElement> Get(string url)
    {
        var response = await _client.GetAsync(url);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static IEnumerable<JsonElement> Items(JsonElement body) => body.GetProperty("items").EnumerateArray();

    private static JsonElement Value(JsonElement body, string facet, string value) =>
        body.GetProperty("facets").GetProperty(facet).EnumerateArray().Single(v => v.GetProperty("value").GetString() == value);

    private static int FacetCount(JsonElement body, string facet, string value) =>
        body.GetProperty("facets").GetProperty(facet).EnumerateArray().Where(v => v.GetProperty("value").GetString() == value)
            .Select(v => v.GetProperty("count").GetInt32()).SingleOrDefault();
}

public sealed class PledgeSearchApiTestsOnSqlite(SqliteApp app) : PledgeSearchApiTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class PledgeSearchApiTestsOnPostgres(PostgresApp app) : PledgeSearchApiTests<PostgresApp>(app), IClassFixture<PostgresApp>;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LocalAction.Tests.Infrastructure;

namespace LocalAction.Tests.Search;

/// <summary>One pledge, organizations and taxonomies through the read API, and the OpenAPI description.</summary>
public abstract class PledgeAndOrganizationApiTests<TApp>(TApp app) where TApp : SeededApp
{
    private readonly HttpClient _client = app.Factory.CreateClient();

    [Fact]
    public async Task A_pledge_returns_every_field_with_derived_links_marked_updates_and_history()
    {
        var id = await IdOf("tripartite asylum");
        var p = await _client.GetFromJsonAsync<JsonElement>($"/api/v1/pledges/{id}");
        p.GetProperty("publicId").GetString().ShouldBe(id);
        p.GetProperty("compact").GetString().ShouldBe("gcr");
        p.GetProperty("kind").GetString().ShouldBe("national-local");
        p.GetProperty("round").GetProperty("code").GetString().ShouldBe("grf-2023");
        p.GetProperty("period").GetProperty("startYear").GetInt32().ShouldBe(2023);
        p.GetProperty("period").GetProperty("ongoing").GetBoolean().ShouldBeTrue();
        var gcm = p.GetProperty("gcmObjectives")[0];
        gcm.GetProperty("code").GetString().ShouldBe("23");
        gcm.GetProperty("origin").GetString().ShouldBe("derived");
        p.GetProperty("pledgers")[0].GetProperty("slug").GetString().ShouldBe("zurich");
        p.GetProperty("partners").EnumerateArray().Select(x => x.GetProperty("name").GetString()).ShouldContain("Swiss State Secretariat for Migration");
        p.GetProperty("updates").GetArrayLength().ShouldBe(1);
        p.GetProperty("updates")[0].GetProperty("challenges").EnumerateArray().Select(c => c.GetString()).ShouldContain("other");
        p.GetProperty("revisions")[0].GetProperty("changedBy").GetString().ShouldBe("system:seed");
        p.GetProperty("source").GetProperty("document").GetString().ShouldBe("Delivering Results (Dec 2025)");
    }

    [Fact]
    public async Task A_pledge_downloads_as_a_one_row_CSV()
    {
        var id = await IdOf("nutrition mothers");
        var response = await _client.GetAsync($"/api/v1/pledges/{id}/csv");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        response.Content.Headers.ContentDisposition!.FileName!.Trim('"').ShouldBe($"{id}.csv");
        var lines = (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(l => l.Split('\n')).ToList();
        lines[0].ShouldStartWith("public_id,title,description,round");
        lines[1].ShouldStartWith($"{id},Nutrition Reception Centre for Migrant and Refugee Children and Mothers,");
    }

    [Theory]
    [InlineData("/api/v1/pledges/not-a-pledge", HttpStatusCode.BadRequest, "publicId")]
    [InlineData("/api/v1/pledges/cla-2022-0001", HttpStatusCode.BadRequest, "publicId")]
    [InlineData("/api/v1/pledges/CLA-2099-0001", HttpStatusCode.NotFound, null)]
    [InlineData("/api/v1/pledges/CLA-2099-0001/csv", HttpStatusCode.NotFound, null)]
    [InlineData("/api/v1/organizations/Not_An_Id", HttpStatusCode.BadRequest, "id")]
    [InlineData("/api/v1/organizations/atlantis", HttpStatusCode.NotFound, null)]
    public async Task Malformed_ids_get_400_and_unknown_ids_404_as_problem_details(string url, HttpStatusCode status, string? parameter)
    {
        var response = await _client.GetAsync(url);
        response.StatusCode.ShouldBe(status);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("status").GetInt32().ShouldBe((int)status);
        if (parameter is not null) problem.GetProperty("parameter").GetString().ShouldBe(parameter);
    }

    [Fact]
    public async Task Organizations_are_listed_searched_and_filtered()
    {
        var all = await _client.GetFromJsonAsync<JsonElement>("/api/v1/organizations?pageSize=200");
        all.GetProperty("total").GetInt32().ShouldBe(85);
        var colombia = await _client.GetFromJsonAsync<JsonElement>("/api/v1/organizations?country=CO");
        colombia.GetProperty("items").EnumerateArray().Select(o => o.GetProperty("slug").GetString()).Order().ShouldBe(["barranquilla", "bogota", "medellin"]);
        var accentless = await _client.GetFromJsonAsync<JsonElement>("/api/v1/organizations?q=sao%20paulo");
        accentless.GetProperty("items")[0].GetProperty("name").GetString().ShouldBe("São Paulo");
        var mostPledges = await _client.GetFromJsonAsync<JsonElement>("/api/v1/organizations?sort=pledges&pageSize=2");
        // ANVITA (5 + 1) and Zürich (3 + 3) lead six pledges each; ties are in name order.
        mostPledges.GetProperty("items").EnumerateArray().Select(o => (o.GetProperty("slug").GetString(), o.GetProperty("pledges").GetInt32()))
            .ShouldBe([("anvita", 6), ("zurich", 6)]);
        var bad = await _client.GetAsync("/api/v1/organizations?kind=castle&pageSize=500");
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await bad.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("errors").TryGetProperty("kind", out _).ShouldBeTrue();
        problem.GetProperty("errors").TryGetProperty("pageSize", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task An_organization_profile_lists_its_pledges_by_round_and_its_partners()
    {
        var o = await _client.GetFromJsonAsync<JsonElement>("/api/v1/organizations/nairobi");
        o.GetProperty("name").GetString().ShouldBe("Nairobi");
        o.GetProperty("population").GetInt64().ShouldBe(5_000_000);
        o.GetProperty("citySize").GetString().ShouldBe("large-metropolitan");
        o.GetProperty("championRounds").EnumerateArray().Select(r => r.GetString()).ShouldBe(["IMRF 2022", "GRF 2023"]);
        var rounds = o.GetProperty("pledgesByRound").EnumerateArray().ToList();
        rounds.Select(r => r.GetProperty("round").GetString()).ShouldBe(["grf-2023", "imrf-2022"]);
        rounds[0].GetProperty("pledges").GetArrayLength().ShouldBe(3); // 2 as lead + the Kampala record naming Nairobi as co-pledger
        o.GetProperty("partners").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ShouldContain("International Rescue Committee (Re:BUiLD programme)");
    }

    [Fact]
    public async Task Taxonomies_hold_every_reference_list_with_the_priority_mapping()
    {
        var t = await _client.GetFromJsonAsync<JsonElement>("/api/v1/taxonomies");
        t.GetProperty("priorities").GetArrayLength().ShouldBe(8);
        var p4 = t.GetProperty("priorities")[3];
        p4.GetProperty("gcmObjectives").EnumerateArray().Select(x => x.GetInt32()).ShouldBe([15]);
        p4.GetProperty("sdgs").EnumerateArray().Select(x => x.GetInt32()).ShouldBe([1, 3, 4, 6, 7, 11, 16]);
        t.GetProperty("gcmObjectives").GetArrayLength().ShouldBe(23);
        t.GetProperty("guidingPrinciples").GetArrayLength().ShouldBe(10);
        t.GetProperty("gcrObjectives").GetArrayLength().ShouldBe(4);
        t.GetProperty("gcrAreas").GetArrayLength().ShouldBe(7);
        t.GetProperty("sdgs").GetArrayLength().ShouldBe(17);
        t.GetProperty("countries").GetArrayLength().ShouldBe(249);
        t.GetProperty("sdgs")[12].GetProperty("name").GetProperty("fr").GetString()!.Length.ShouldBeGreaterThan(5);
    }

    [Fact]
    public async Task The_OpenAPI_description_lists_the_read_API()
    {
        var doc = await _client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var paths = doc.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        paths.ShouldContain("/api/v1/pledges");
        paths.ShouldContain("/api/v1/pledges/{publicId}");
        paths.ShouldContain("/api/v1/organizations/{id}");
        paths.ShouldContain("/api/v1/taxonomies");
    }

    private async Task<string> IdOf(string search)
    {
        var body = await _client.GetFromJsonAsync<JsonElement>("/api/v1/pledges?q=" + Uri.EscapeDataString(search));
        return body.GetProperty("items")[0].GetProperty("publicId").GetString()!;
    }
}

public sealed class PledgeAndOrganizationApiTestsOnSqlite(SqliteApp app) : PledgeAndOrganizationApiTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class PledgeAndOrganizationApiTestsOnPostgres(PostgresApp app) : PledgeAndOrganizationApiTests<PostgresApp>(app), IClassFixture<PostgresApp>;

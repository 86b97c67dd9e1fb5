using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using LocalAction.Tests.Infrastructure;
using LocalAction.Web.Features.Exports;
using LocalAction.Web.Features.Pledges;
using LocalAction.Web.Features.Search;
using LocalAction.Web.Features.Updates;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalAction.Tests.Exports;

/// <summary>GET /api/v1/exports/pledges over the seeded registry in every format, on both providers; expectations come from the database.</summary>
public abstract partial class PledgeExportTests<TApp>(TApp app) where TApp : SeededApp
{
    private const string Url = "/api/v1/exports/pledges";
    private LocalActionFactory F => app.Factory;

    [Fact]
    public async Task Csv_has_a_row_per_published_pledge_in_the_list_order_with_codes_and_names()
    {
        var rows = ExportFiles.Csv(await BytesAsync("format=csv"));
        rows[0].ShouldBe(PledgeColumns.All.Select(c => c.HeaderEn));
        var data = rows.Skip(1).ToList();
        data.ShouldAllBe(r => r.Length == PledgeColumns.All.Count);

        await using var scope = F.CreateDbScope();
        var published = await scope.Db.Pledges.Where(p => p.ReviewState == ReviewState.Published)
            .Select(p => new { p.PublicId, p.Round!.Year }).ToListAsync();
        data.Count.ShouldBe(published.Count);
        // The list's default order: newest round first, then the public id, descending.
        data.Select(r => r[0]).ShouldBe(published.OrderByDescending(p => p.Year).ThenByDescending(p => p.PublicId, StringComparer.Ordinal).Select(p => p.PublicId));

        // A documented pledge with several priorities, SDGs and a lead with a country, checked column by column.
        var pledge = await scope.Db.Pledges.AsNoTracking().Include(p => p.Round).Include(p => p.Priorities).Include(p => p.Sdgs).Include(p => p.Beneficiaries)
            .Include(p => p.Organizations).ThenInclude(o => o.Organization).ThenInclude(o => o!.Country)
            .Where(p => p.ReviewState == ReviewState.Published && p.Priorities.Count > 0 && p.Sdgs.Count > 1 && p.Stage != null
                && p.Organizations.Any(o => o.Role == PledgeRole.Lead && o.Organization!.CountryCode != null))
            .OrderBy(p => p.PublicId).FirstAsync();
        var priorityNames = await scope.Db.Priorities.ToDictionaryAsync(x => x.Number, x => x.NameEn);
        var sdgNames = await scope.Db.Sdgs.ToDictionaryAsync(x => x.Number, x => x.NameEn);
        var lead = pledge.Organizations.Single(o => o.Role == PledgeRole.Lead).Organization!;
        var row = Row(data, pledge.PublicId);

        row["title"].ShouldBe(pledge.Title ?? "");
        row["round"].ShouldBe(pledge.Round!.Code);
        row["round_name"].ShouldBe(pledge.Round.Name);
        row["stage"].ShouldBe(FilterValues.Stages[pledge.Stage!.Value]);
        row["start_year"].ShouldBe(pledge.StartYear?.ToString(CultureInfo.InvariantCulture) ?? "");
        row["priorities"].ShouldBe(string.Join("; ", pledge.Priorities.Select(x => x.PriorityNumber).Order()));
        row["priority_names"].ShouldBe(string.Join("; ", pledge.Priorities.Select(x => x.PriorityNumber).Order().Select(n => priorityNames[n])));
        row["sdgs"].ShouldBe(string.Join("; ", pledge.Sdgs.Select(x => x.SdgNumber).Order()));
        row["sdg_names"].ShouldBe(string.Join("; ", pledge.Sdgs.Select(x => x.SdgNumber).Order().Select(n => sdgNames[n])));
        row["sdgs_explicit"].ShouldBe(string.Join("; ", pledge.Sdgs.Where(x => x.Origin == MappingOrigin.Explicit).Select(x => x.SdgNumber).Order()));
        row["beneficiaries"].ShouldBe(string.Join("; ", pledge.Beneficiaries.Select(b => FilterValues.Beneficiaries[b.Group]).Order(StringComparer.Ordinal)));
        row["lead_organization_id"].ShouldBe(lead.Slug);
        row["lead_organization"].ShouldBe(lead.Name);
        row["country_code"].ShouldBe(lead.CountryCode);
        row["country"].ShouldBe(lead.Country!.Name);
        row["region"].ShouldBe(lead.Country.M49Region ?? "");
        row["synthetic"].ShouldBe("false");
        row["url"].ShouldEndWith($"/pledges/{pledge.PublicId}");
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("es")]
    public async Task Headers_and_names_follow_the_language_asked_for(string lang)
    {
        var rows = ExportFiles.Csv(await BytesAsync($"format=csv&lang={lang}"));
        rows[0].ShouldBe(PledgeColumns.All.Select(c => c.Header(lang)));
        rows[0].ShouldNotBe(PledgeColumns.All.Select(c => c.HeaderEn));

        await using var scope = F.CreateDbScope();
        var priorities = await scope.Db.Priorities.ToDictionaryAsync(x => x.Number.ToString(CultureInfo.InvariantCulture), x => x.NameIn(lang));
        var gcm = await scope.Db.GcmObjectives.ToDictionaryAsync(x => x.Number.ToString(CultureInfo.InvariantCulture), x => x.NameIn(lang));
        var withPriorities = rows.Skip(1).Select(r => Columns(r)).Where(r => r["priorities"].Length > 0 && r["gcm_objectives"].Length > 0).ToList();
        withPriorities.ShouldNotBeEmpty();
        foreach (var row in withPriorities)
        {
            row["priority_names"].ShouldBe(string.Join("; ", row["priorities"].Split("; ").Select(code => priorities[code])));
            row["gcm_objective_names"].ShouldBe(string.Join("; ", row["gcm_objectives"].Split("; ").Select(code => gcm[code])));
        }
    }

    [Fact]
    public async Task Hxl_has_the_hashtag_row_under_the_header()
    {
        var rows = ExportFiles.Csv(await BytesAsync("format=hxl"));
        rows[0].ShouldBe(PledgeColumns.All.Select(c => c.HeaderEn));
        rows[1].ShouldBe(PledgeColumns.All.Select(c => c.Hxl ?? ""));
        rows[1][0].ShouldBe("#activity+id");
        // The hashtags the issue asks for (HXL attributes may follow: #org+name+lead is an #org+name).
        foreach (var tag in new[] { "#activity+id", "#activity+name", "#org+name", "#org+type", "#country+code", "#adm1+name", "#sector", "#status", "#date+start", "#date+end", "#reached", "#value+funding+usd" })
        {
            var parts = tag.Split('+');
            rows[1].ShouldContain(h => h.Split('+')[0] == parts[0] && parts.Skip(1).All(a => h.Split('+').Contains(a)), $"no column is tagged {tag}");
        }
        rows.Skip(2).Count().ShouldBe(ExportFiles.Csv(await BytesAsync("format=csv")).Count - 1);

        var updates = ExportFiles.Csv(await BytesAsync("format=hxl&part=updates"));
        updates[1].ShouldBe(UpdateColumns.All.Select(c => c.Hxl ?? ""));
    }

    [Fact]
    public async Task Excel_has_both_sheets_with_the_same_rows_as_the_csv_files()
    {
        var response = await F.CreateClient().GetAsync($"{Url}?format=xlsx&round=imrf-2022");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        var sheets = ExportFiles.Xlsx(await response.Content.ReadAsByteArrayAsync());
        sheets.Keys.ShouldBe(["Pledges", "Updates"]);

        var pledges = ExportFiles.Csv(await BytesAsync("format=csv&round=imrf-2022"));
        var updates = ExportFiles.Csv(await BytesAsync("format=csv&round=imrf-2022&part=updates"));
        updates.Count.ShouldBeGreaterThan(1);
        Cells(sheets["Pledges"]).ShouldBe(pledges);
        Cells(sheets["Updates"]).ShouldBe(updates);

        // Numbers are numeric cells, text is text.
        var startYear = PledgeColumns.All.ToList().FindIndex(c => c.Key == "start_year");
        sheets["Pledges"].Skip(1).Select(r => r[startYear]).OfType<object>().ShouldAllBe(v => v is double);
        sheets["Pledges"].Skip(1).Select(r => r[0]).ShouldAllBe(v => v is string);
    }

    [Fact]
    public async Task Json_is_an_array_with_codes_names_numbers_and_lists_matching_the_csv()
    {
        var response = await F.CreateClient().GetAsync($"{Url}?format=json&lang=es");
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsArray();
        var csv = ExportFiles.Csv(await BytesAsync("format=csv&lang=es")).Skip(1).Select(Columns).ToList();
        json.Count.ShouldBe(csv.Count);
        for (var i = 0; i < csv.Count; i++)
        {
            var item = json[i]!.AsObject();
            item.Select(p => p.Key).ShouldBe(PledgeColumns.All.Select(c => c.Key));
            foreach (var column in PledgeColumns.All)
            {
                var value = item[column.Key];
                var expected = csv[i][column.Key];
                switch (column.Type)
                {
                    case ColumnType.List:
                        value!.AsArray().Select(v => v!.GetValue<string>()).ShouldBe(expected.Length == 0 ? [] : expected.Split("; "));
                        break;
                    case ColumnType.Integer or ColumnType.Number:
                        (value is null ? "" : value.ToJsonString()).ShouldBe(expected);
                        break;
                    case ColumnType.Flag:
                        (value is null ? "" : value.GetValue<bool>() ? "true" : "false").ShouldBe(expected);
                        break;
                    default:
                        (value?.GetValue<string>() ?? "").ShouldBe(expected.StartsWith('\'') ? FormulaGuard.Restore(expected) : expected, column.Key);
                        break;
                }
            }
        }
    }

    [Theory]
    [InlineData("round=grf-2023")]
    [InlineData("compact=gcr&round=grf-2023")]
    [InlineData("priority=3")]
    [InlineData("country=CO&sort=title")]
    [InlineData("q=migrants&sort=organization")]
    [InlineData("hasUpdates=yes&sort=country")]
    public async Task Filters_select_exactly_the_pledges_of_the_search_API_in_its_order(string filter)
    {
        var rows = ExportFiles.Csv(await BytesAsync($"format=csv&{filter}")).Skip(1).Select(r => r[0]).ToList();
        var search = JsonNode.Parse(await F.CreateClient().GetStringAsync($"/api/v1/pledges?{filter}&pageSize=200"))!;
        rows.Count.ShouldBe(search["total"]!.GetValue<int>());
        rows.ShouldBe(search["items"]!.AsArray().Select(i => i!["publicId"]!.GetValue<string>()));
        rows.ShouldNotBeEmpty();
    }

    [Fact]
    public async Task The_updates_part_lists_every_validated_update_of_the_selected_pledges()
    {
        var rows = ExportFiles.Csv(await BytesAsync("format=csv&part=updates&round=grf-2023"));
        rows[0].ShouldBe(UpdateColumns.All.Select(c => c.HeaderEn));
        await using var scope = F.CreateDbScope();
        var expected = await scope.Db.PledgeUpdates
            .Where(u => u.Status == UpdateStatus.Validated && u.Pledge!.ReviewState == ReviewState.Published && u.Pledge.Round!.Code == "grf-2023")
            .Select(u => new { u.Pledge!.PublicId, u.PeopleReachedTotal }).ToListAsync();
        expected.ShouldNotBeEmpty();
        var data = rows.Skip(1).Select(r => UpdateColumns.All.Select((c, i) => (c.Key, Value: r[i])).ToDictionary(x => x.Key, x => x.Value)).ToList();
        data.Select(r => r["pledge_public_id"]).ShouldBe(expected.Select(e => e.PublicId), ignoreOrder: true);
        data.Select(r => r["people_reached"]).ShouldBe(expected.Select(e => e.PeopleReachedTotal?.ToString(CultureInfo.InvariantCulture) ?? ""), ignoreOrder: true);
    }

    [Fact]
    public async Task Values_a_spreadsheet_would_run_are_neutralized_and_negative_numbers_stay_numbers()
    {
        string[] titles = ["=HYPERLINK(\"http://example.org\",\"x\")", "+1+2", "-3+4", "@SUM(A1:A2)"];
        List<(string PublicId, string? Title, decimal? Budget)> originals;
        await using (var scope = F.CreateDbScope())
        {
            var pledges = await scope.Db.Pledges.Where(p => p.ReviewState == ReviewState.Published && p.Title != null).OrderBy(p => p.PublicId).Take(titles.Length).ToListAsync();
            originals = pledges.Select(p => (p.PublicId, p.Title, p.BudgetAmount)).ToList();
            for (var i = 0; i < titles.Length; i++) pledges[i].Title = titles[i];
            pledges[0].BudgetAmount = -1500.5m;
            await scope.Db.SaveChangesAsync();
        }
        try
        {
            var csvText = Encoding.UTF8.GetString(await BytesAsync("format=csv"));
            var csv = ExportFiles.Csv(await BytesAsync("format=csv")).Skip(1).Select(Columns).ToList();
            var sheet = ExportFiles.Xlsx(await BytesAsync("format=xlsx"))["Pledges"];
            var budget = PledgeColumns.All.ToList().FindIndex(c => c.Key == "budget_amount");
            for (var i = 0; i < titles.Length; i++)
            {
                var csvRow = csv.Single(r => r["public_id"] == originals[i].PublicId);
                csvRow["title"].ShouldBe("'" + titles[i]);
                var xlsxRow = sheet.Single(r => (string?)r[0] == originals[i].PublicId);
                ExportFiles.Text(xlsxRow[2]).ShouldBe("'" + titles[i]);
            }
            csvText.ShouldContain(",-1500.5,");
            sheet.Single(r => (string?)r[0] == originals[0].PublicId)[budget].ShouldBe(-1500.5d);
        }
        finally
        {
            await using var scope = F.CreateDbScope();
            foreach (var (publicId, title, amount) in originals)
            {
                var pledge = await scope.Db.Pledges.SingleAsync(p => p.PublicId == publicId);
                pledge.Title = title;
                pledge.BudgetAmount = amount;
            }
            await scope.Db.SaveChangesAsync();
        }
    }

    [Fact]
    public async Task Bad_parameters_are_refused_with_each_one_named()
    {
        var response = await F.CreateClient().GetAsync($"{Url}?format=pdf&lang=de&part=sheets&compact=martian&colour=red");
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var errors = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]!.AsObject();
        errors.Select(e => e.Key).ShouldBe(["format", "lang", "part", "compact", "colour"], ignoreOrder: true);
        errors["format"]![0]!.GetValue<string>().ShouldContain("csv, xlsx, json, hxl, iati");

        foreach (var format in new[] { "xlsx", "iati" })
        {
            var noParts = await F.CreateClient().GetAsync($"{Url}?format={format}&part=updates");
            noParts.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
            JsonNode.Parse(await noParts.Content.ReadAsStringAsync())!["errors"]!.AsObject().Select(e => e.Key).ShouldBe(["part"]);
        }
    }

    [Fact]
    public async Task Iati_through_the_export_endpoint_is_the_file_of_the_iati_route()
    {
        var viaExports = Encoding.UTF8.GetString(await BytesAsync("format=iati&lang=fr&round=grf-2023"));
        var viaRoute = await F.CreateClient().GetStringAsync("/api/v1/exports/pledges.iati.xml?lang=fr&round=grf-2023");
        viaExports.ShouldContain("<iati-activity");
        WithoutGeneratedTime(viaExports).ShouldBe(WithoutGeneratedTime(viaRoute));
    }

    [Theory]
    [InlineData("format=csv", "localaction-pledges-{0}.csv", "text/csv")]
    [InlineData("format=hxl&part=updates", "localaction-pledge-updates-{0}.hxl.csv", "text/csv")]
    [InlineData("format=json&part=updates", "localaction-pledge-updates-{0}.json", "application/json")]
    [InlineData("format=xlsx", "localaction-pledges-{0}.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")]
    [InlineData("format=iati", "localaction-pledges-{0}.iati.xml", "application/xml")]
    public async Task Files_are_named_after_the_day_and_streamed_without_an_etag(string query, string name, string mediaType)
    {
        var response = await F.CreateClient().GetAsync($"{Url}?{query}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentDisposition!.FileName.ShouldBe(string.Format(CultureInfo.InvariantCulture, name, F.Clock.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        response.Content.Headers.ContentType!.MediaType.ShouldBe(mediaType);
        response.Headers.ETag.ShouldBeNull();
    }

    [Fact]
    public async Task The_pledge_list_links_to_every_format_with_its_filters_and_language()
    {
        var client = F.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("es");
        var html = await client.GetStringAsync("/pledges?round=grf-2023&compact=gcr&sort=title&page=1");
        var page = new HtmlParser().ParseDocument(html);
        var links = page.QuerySelectorAll("#export-links a").Select(a => a.GetAttribute("href")!).ToList();
        links.Count.ShouldBe(8);
        foreach (var link in links)
        {
            link.ShouldStartWith(Url + "?format=");
            link.ShouldContain("lang=es");
            link.ShouldContain("round=grf-2023");
            link.ShouldContain("compact=gcr");
            link.ShouldContain("sort=title");
            var response = await client.GetAsync(link);
            response.StatusCode.ShouldBe(HttpStatusCode.OK, link);
        }
        var total = JsonNode.Parse(await client.GetStringAsync("/api/v1/pledges?round=grf-2023&compact=gcr"))!["total"]!.GetValue<int>();
        var csvLink = links.Single(l => l.Contains("format=csv") && !l.Contains("part=updates"));
        ExportFiles.Csv(await BytesAsync(csvLink[(Url.Length + 1)..])).Count.ShouldBe(total + 1);
    }

    [Fact]
    public async Task A_whole_registry_selection_read_from_the_database_is_the_search_order()
    {
        await using var scope = F.CreateDbScope();
        var snapshot = await scope.Services.GetRequiredService<SearchIndex>().GetAsync();
        var query = new PledgeQuery { Selected = Enumerable.Range(0, Facets.Count).Select(_ => (IReadOnlyList<string>)[]).ToArray() };
        (await ExportSelection.AllNewestFirstAsync(scope.Db, CancellationToken.None))
            .ShouldBe(PledgeSearch.AllMatches(snapshot, query).Select(p => p.Id));
    }

    private async Task<byte[]> BytesAsync(string query)
    {
        var response = await F.CreateClient().GetAsync($"{Url}?{query}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadAsByteArrayAsync();
    }

    private static Dictionary<string, string> Columns(string[] row) =>
        PledgeColumns.All.Select((c, i) => (c.Key, Value: i < row.Length ? row[i] : "")).ToDictionary(x => x.Key, x => x.Value);

    private static Dictionary<string, string> Row(List<string[]> rows, string publicId) => Columns(rows.Single(r => r[0] == publicId));

    private static List<string[]> Cells(List<object?[]> sheet) => sheet.Select(r => r.Select(ExportFiles.Text).ToArray()).ToList();

    private static string WithoutGeneratedTime(string xml) => GeneratedTime().Replace(xml, "generated-datetime=\"\"");

    [GeneratedRegex("generated-datetime=\"[^\"]*\"")]
    private static partial Regex GeneratedTime();
}

public sealed class PledgeExportTestsOnSqlite(SqliteApp app) : PledgeExportTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class PledgeExportTestsOnPostgres(PostgresApp app) : PledgeExportTests<PostgresApp>(app), IClassFixture<PostgresApp>;

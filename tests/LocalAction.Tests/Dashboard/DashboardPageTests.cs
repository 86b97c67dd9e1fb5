using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using LocalAction.Tests.Infrastructure;
using LocalAction.Web.Features.Dashboard;
using LocalAction.Web.Features.Pledges;
using LocalAction.Web.Features.Search;
using LocalAction.Web.Features.Statistics;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Primitives;

namespace LocalAction.Tests.Dashboard;

/// <summary>
/// The dashboard as a reader meets it. The figures themselves are tested with their computation; here every number must
/// be the same in the chart, its table and its CSV file, the filter must follow every link, and the coverage matrix and
/// the published figures (which the pages compute and read themselves) are checked exactly.
/// </summary>
public abstract class DashboardPageTests<TApp>(TApp app) where TApp : SeededApp
{
    private LocalActionFactory F => app.Factory;

    [Fact]
    public async Task Every_breakdown_has_a_section_whose_chart_and_table_hold_the_computed_rows_and_a_csv_link()
    {
        var response = await F.CreateClient().GetAsync("/dashboard");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        var summary = await ComputeAsync(DashboardFilter.None);

        page.QuerySelectorAll("[data-breakdown]").Select(s => s.GetAttribute("data-breakdown")).ShouldBe(BreakdownKeys.All);
        foreach (var key in BreakdownKeys.All)
        {
            var section = page.QuerySelector($"section[data-breakdown='{key}']")!;
            var expected = summary[key]!.Rows.Select(r => (r.Code, BarChart.Exact(r.Value))).ToList();
            section.QuerySelector("h2")!.TextContent.ShouldBe(summary[key]!.Title);
            TableRows(section).Select(r => (r.Code, r.Value)).ShouldBe(expected, $"table of {key}");
            if (expected.Count > 0)
            {
                var svg = section.QuerySelector("svg[role=img]")!;
                svg.GetAttribute("aria-label")!.ShouldStartWith(summary[key]!.Title);
                svg.QuerySelectorAll("g.bar").Select(g => (g.GetAttribute("data-code")!, g.GetAttribute("data-value")!)).ShouldBe(expected, $"chart of {key}");
                // What the chart writes at the end of each bar is what the table prints.
                svg.QuerySelectorAll("g.bar .bar-value").Select(t => t.TextContent)
                    .ShouldBe(section.QuerySelectorAll("tbody td").Select(td => td.TextContent));
                section.QuerySelector("table caption").ShouldNotBeNull();
            }
            section.QuerySelector("a.csv-link")!.GetAttribute("href").ShouldBe($"/dashboard/{key}.csv");
        }
        page.QuerySelector("nav a[href='/dashboard']").ShouldNotBeNull();
    }

    [Fact]
    public async Task Each_csv_download_holds_exactly_the_rows_of_its_table()
    {
        var client = F.CreateClient();
        var page = new HtmlParser().ParseDocument(await client.GetStringAsync("/dashboard"));
        foreach (var key in BreakdownKeys.All)
        {
            var response = await client.GetAsync($"/dashboard/{key}.csv");
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            response.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
            response.Content.Headers.ContentDisposition!.FileName!.Trim('"').ShouldBe($"localaction-{key}.csv");
            var bytes = await response.Content.ReadAsByteArrayAsync();
            bytes.Take(3).ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF }, "a byte order mark, so spreadsheets read UTF-8");

            var expected = new[] { "code,label,value" }.Concat(TableRows(page.QuerySelector($"section[data-breakdown='{key}']")!)
                .Select(r => $"{DashboardCsv.Field(r.Code)},{DashboardCsv.Field(r.Label)},{r.Value}"));
            System.Text.Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).ShouldBe(expected, key);
        }
    }

    [Fact]
    public async Task A_filter_is_kept_in_the_form_the_csv_links_and_the_coverage_link_and_the_csv_follows_it()
    {
        var (round, region) = await SomeRoundAndRegionAsync();
        var query = $"?round={round}&region={region}&priority=4";
        var filter = new DashboardFilter(round, region, 4);
        var client = F.CreateClient();
        var response = await client.GetAsync("/dashboard" + query);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

        page.QuerySelector("#filter-round option[selected]")!.GetAttribute("value").ShouldBe(round);
        page.QuerySelector("#filter-region option[selected]")!.GetAttribute("value").ShouldBe(region);
        page.QuerySelector("#filter-priority option[selected]")!.GetAttribute("value").ShouldBe("4");
        page.QuerySelectorAll("a.csv-link").Select(a => a.GetAttribute("href"))
            .ShouldBe(BreakdownKeys.All.Select(k => $"/dashboard/{k}.csv{query}"));
        page.QuerySelector("a.coverage-link")!.GetAttribute("href").ShouldBe("/dashboard/coverage" + query);

        var summary = await ComputeAsync(filter);
        var section = page.QuerySelector($"section[data-breakdown='{BreakdownKeys.Priorities}']")!;
        TableRows(section).Select(r => (r.Code, r.Value)).ShouldBe(summary[BreakdownKeys.Priorities]!.Rows.Select(r => (r.Code, BarChart.Exact(r.Value))));
        var csv = await client.GetStringAsync($"/dashboard/{BreakdownKeys.Priorities}.csv{query}");
        csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length.ShouldBe(TableRows(section).Count + 1);
    }

    [Fact]
    public async Task The_published_figures_appear_beside_the_headlines_with_their_source_and_are_labelled_when_filtered()
    {
        Dictionary<string, PublishedStatistic> published;
        await using (var scope = F.CreateDbScope())
            published = await scope.Db.PublishedStatistics.AsNoTracking().ToDictionaryAsync(s => s.Key);
        var client = F.CreateClient();
        var page = new HtmlParser().ParseDocument(await client.GetStringAsync("/dashboard"));

        foreach (var (figure, key) in new[]
        {
            ("pledges", LocalAction.Web.Pages.Dashboard.IndexModel.PublishedKeys.Pledges),
            ("entities", LocalAction.Web.Pages.Dashboard.IndexModel.PublishedKeys.Entities),
            ("countries", LocalAction.Web.Pages.Dashboard.IndexModel.PublishedKeys.Countries),
            ("residents", LocalAction.Web.Pages.Dashboard.IndexModel.PublishedKeys.Residents),
            ("updated", LocalAction.Web.Pages.Dashboard.IndexModel.PublishedKeys.UpdatedPledges),
            ("money", LocalAction.Web.Pages.Dashboard.IndexModel.PublishedKeys.Money),
        })
        {
            var statistic = published[key];
            var text = page.QuerySelector($"[data-figure={figure}] .figure-published")!.TextContent;
            text.ShouldContain("As published:");
            text.ShouldContain(statistic.Value.ToString("N0", CultureInfo.GetCultureInfo("en")));
            page.QuerySelector($"[data-figure={figure}] .figure-source")!.TextContent.ShouldBe(PublishedStatisticText.Source(statistic));
            page.QuerySelector($"[data-figure={figure}] .figure-explanation").ShouldNotBeNull();
        }
        page.QuerySelector("[data-figure=pledges] .figure-source")!.TextContent.ShouldStartWith("Delivering Results");
        page.QuerySelector("[data-figure=people] .figure-published").ShouldBeNull("no report publishes people reached");

        var summary = await ComputeAsync(DashboardFilter.None);
        page.QuerySelector("[data-figure=pledges] .figure-explanation")!.TextContent
            .ShouldContain(summary.PledgesWithoutDocumentedDetails.ToString("N0", CultureInfo.GetCultureInfo("en")));
        page.QuerySelector("[data-figure=residents] .figure-detail")!.TextContent
            .ShouldBe($"{summary.PopulationsKnown:N0} of {summary.PledgingEntities:N0} populations known");

        var (round, _) = await SomeRoundAndRegionAsync();
        var filtered = new HtmlParser().ParseDocument(await client.GetStringAsync($"/dashboard?round={round}"));
        filtered.QuerySelector("[data-figure=pledges] .figure-published")!.TextContent.ShouldContain("for the whole registry");
    }

    [Theory]
    [InlineData("/dashboard")]
    [InlineData("/dashboard/coverage")]
    [InlineData("/dashboard/rounds.csv")]
    public async Task A_bad_filter_is_answered_400_with_every_message_and_the_form_again(string path)
    {
        var response = await F.CreateClient().GetAsync(path + "?round=no-such-round&region=nowhere&priority=99");
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var body = System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        body.ShouldContain("'no-such-round' is not a known round code.");
        body.ShouldContain("'nowhere' is not a known region.");
        body.ShouldContain("'99' is not a valid priority.");
        if (!path.EndsWith(".csv", StringComparison.Ordinal))
            new HtmlParser().ParseDocument(body).QuerySelector("form.dashboard-filter").ShouldNotBeNull("the reader can choose again");
    }

    [Theory]
    [InlineData("/dashboard?utm_source=newsletter&round=imrf-2022", HttpStatusCode.OK)]
    [InlineData("/dashboard/coverage?utm_source=newsletter", HttpStatusCode.OK)]
    [InlineData("/dashboard/rounds.csv?utm_source=newsletter", HttpStatusCode.BadRequest)]
    public async Task Pages_open_shared_links_with_tracking_parameters_but_downloads_refuse_unknown_parameters(string url, HttpStatusCode expected)
    {
        (await F.CreateClient().GetAsync(url)).StatusCode.ShouldBe(expected);
    }

    [Fact]
    public async Task An_unknown_csv_key_is_not_found()
    {
        (await F.CreateClient().GetAsync("/dashboard/no-such-breakdown.csv")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Coverage_matrix_counts_match_an_independent_count_unfiltered_and_filtered()
    {
        var (round, region) = await SomeRoundAndRegionAsync();
        foreach (var filter in new[] { DashboardFilter.None, new DashboardFilter(round, null, 4), new DashboardFilter(null, region, null) })
        {
            await using var scope = F.CreateDbScope();
            var matrix = await CoverageMatrix.ComputeAsync(scope.Db, filter, "en");
            var pledges = await IndependentlySelectAsync(scope.Db, filter);
            matrix.Pledges.ShouldBe(pledges.Count);

            var links = new Dictionary<string, Func<Pledge, IEnumerable<string>>>
            {
                [CoverageMatrix.Gcm] = p => p.GcmObjectives.Select(x => x.GcmObjectiveNumber.ToString(CultureInfo.InvariantCulture)),
                [CoverageMatrix.GuidingPrinciples] = p => p.GuidingPrinciples.Select(x => x.GuidingPrincipleCode),
                [CoverageMatrix.GcrAreas] = p => p.GcrAreas.Select(x => x.GcrAreaCode),
                [CoverageMatrix.Sdgs] = p => p.Sdgs.Select(x => x.SdgNumber.ToString(CultureInfo.InvariantCulture)),
            };
            bool InColumn(Pledge p, CoverageColumn c) => c.Kind == CoverageColumn.Priority
                ? p.Priorities.Any(x => "priority-" + x.PriorityNumber.ToString(CultureInfo.InvariantCulture) == c.Key)
                : "round-" + p.Round!.Code == c.Key;

            matrix.Columns.Count(c => c.Kind == CoverageColumn.Priority).ShouldBe(8);
            matrix.Columns.Count(c => c.Kind == CoverageColumn.Round).ShouldBe(await scope.Db.Rounds.CountAsync());
            matrix.Tables.Select(t => t.Key).ShouldBe(links.Keys);
            foreach (var table in matrix.Tables)
            {
                var linksOf = links[table.Key];
                foreach (var row in table.Rows)
                {
                    var withItem = pledges.Where(p => linksOf(p).Contains(row.Code)).ToList();
                    row.Total.ShouldBe(withItem.Count, $"{table.Key} {row.Code}");
                    row.Counts.ShouldBe(matrix.Columns.Select(c => withItem.Count(p => InColumn(p, c))).ToList(), $"{table.Key} {row.Code} {filter}");
                }
                var linked = pledges.Where(p => linksOf(p).Any()).ToList();
                table.Total.ShouldBe(linked.Count);
                table.ColumnTotals.ShouldBe(matrix.Columns.Select(c => linked.Count(p => InColumn(p, c))).ToList());
            }
            if (filter.IsEmpty)
            {
                matrix.Tables.Single(t => t.Key == CoverageMatrix.Gcm).Rows.Count.ShouldBe(23);
                matrix.Tables.Sum(t => t.Total).ShouldBeGreaterThan(0, "the seeded pledges have derived links");
            }
        }
    }

    [Fact]
    public async Task Coverage_page_prints_every_count_of_the_matrix_in_its_heat_map_cells_and_keeps_the_filter()
    {
        var (round, _) = await SomeRoundAndRegionAsync();
        var filter = new DashboardFilter(round, null, null);
        CoverageMatrix matrix;
        await using (var scope = F.CreateDbScope())
            matrix = await CoverageMatrix.ComputeAsync(scope.Db, filter, "en");
        var response = await F.CreateClient().GetAsync($"/dashboard/coverage?round={round}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

        page.QuerySelector("#filter-round option[selected]")!.GetAttribute("value").ShouldBe(round);
        foreach (var table in matrix.Tables)
        {
            var html = page.QuerySelector($"section[data-coverage='{table.Key}'] table")!;
            html.QuerySelector("caption").ShouldNotBeNull();
            foreach (var row in table.Rows)
            {
                var cells = html.QuerySelectorAll($"tbody tr[data-code='{row.Code}'] td");
                cells.Select(td => td.TextContent).ShouldBe(row.Counts.Append(row.Total).Select(n => n.ToString("N0", CultureInfo.GetCultureInfo("en"))));
                cells.Take(row.Counts.Count).Select(td => td.ClassList.Single(c => c.StartsWith("heat-", StringComparison.Ordinal)))
                    .ShouldBe(row.Counts.Select(n => $"heat-{CoverageMatrix.Step(n, table.Max)}"));
            }
        }
    }

    [Fact]
    public void Coverage_shading_steps_are_zero_only_for_zero_and_top_only_for_the_maximum_range()
    {
        CoverageMatrix.Step(0, 10).ShouldBe(0);
        CoverageMatrix.Step(1, 10).ShouldBe(1);
        CoverageMatrix.Step(10, 10).ShouldBe(CoverageMatrix.Steps);
        CoverageMatrix.Step(0, 0).ShouldBe(0);
    }

    private async Task<DashboardSummary> ComputeAsync(DashboardFilter filter)
    {
        await using var scope = F.CreateDbScope();
        return await scope.Services.GetRequiredService<DashboardFigures>().ComputeAsync(filter);
    }

    /// <summary>A round that has published pledges, and the region of the most pledges' leads.</summary>
    private async Task<(string Round, string Region)> SomeRoundAndRegionAsync()
    {
        await using var scope = F.CreateDbScope();
        var round = await scope.Db.Pledges.Where(p => p.ReviewState == ReviewState.Published).Select(p => p.Round!.Code).OrderBy(c => c).FirstAsync();
        var regions = await scope.Db.Pledges.Where(p => p.ReviewState == ReviewState.Published)
            .SelectMany(p => p.Organizations.Where(o => o.Role == PledgeRole.Lead).Select(o => o.Organization!.Country!.ReportRegion))
            .Where(r => r != null).ToListAsync();
        return (round, FilterValues.ReportRegionSlug(regions.GroupBy(r => r).OrderByDescending(g => g.Count()).First().Key!));
    }

    /// <summary>The filter applied in memory, without the pages' query: published pledges, the lead's region as a URL word.</summary>
    private static async Task<List<Pledge>> IndependentlySelectAsync(LocalAction.Web.Data.LocalActionDbContext db, DashboardFilter filter)
    {
        var all = await db.Pledges.AsNoTracking().AsSplitQuery()
            .Include(p => p.Round).Include(p => p.Priorities).Include(p => p.GcmObjectives).Include(p => p.GuidingPrinciples)
            .Include(p => p.GcrAreas).Include(p => p.Sdgs).Include(p => p.Organizations).ThenInclude(o => o.Organization!).ThenInclude(o => o.Country)
            .ToListAsync();
        return all.Where(p => p.ReviewState == ReviewState.Published
                && (filter.Round is null || p.Round!.Code == filter.Round)
                && (filter.Priority is null || p.Priorities.Any(x => x.PriorityNumber == filter.Priority))
                && (filter.Region is null || p.Organizations.Any(o => o.Role == PledgeRole.Lead
                    && o.Organization!.Country?.ReportRegion is { } r && FilterValues.ReportRegionSlug(r) == filter.Region)))
            .ToList();
    }

    private static List<(string Code, string Label, string Value)> TableRows(IElement section) =>
        section.QuerySelectorAll("table.breakdown-table tbody tr")
            .Select(tr => (tr.GetAttribute("data-code")!, tr.QuerySelector("th")!.TextContent, tr.QuerySelector("td")!.GetAttribute("data-value")!))
            .ToList();
}

/// <summary>The CSV writer on its own: a label from a pledger must never run as a spreadsheet formula.</summary>
public sealed class DashboardPageCsvWriterTests
{
    [Fact]
    public void Formula_like_text_is_neutralized_quoted_where_needed_and_values_stay_numbers()
    {
        var csv = DashboardCsv.Write(new Breakdown("test", "Test", BreakdownUnits.Pledges,
        [
            new("a", "=HYPERLINK(\"http://evil.example\",\"click\")", 3),
            new("+b", "@SUM(A1)", 1.5m),
            new("c", "-2+3", 0),
            new("d", "Zürich, Tyre", 12),
        ]));
        csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).ShouldBe(
        [
            "code,label,value",
            "a,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\",3",
            "'+b,'@SUM(A1),1.5",
            "c,'-2+3,0",
            "d,\"Zürich, Tyre\",12",
        ]);
    }
}

public sealed class DashboardPageTestsOnSqlite(SqliteApp app) : DashboardPageTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class DashboardPageTestsOnPostgres(PostgresApp app) : DashboardPageTests<PostgresApp>(app), IClassFixture<PostgresApp>;

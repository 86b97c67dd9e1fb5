using System.Globalization;
using System.Net;
using AngleSharp.Html.Parser;
using LocalAction.Tests.Infrastructure;
using LocalAction.Web.Features.Dashboard;
using LocalAction.Web.Features.Pledges;
using LocalAction.Web.Features.Reports;
using LocalAction.Web.Features.Search;
using LocalAction.Web.Features.Updates;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace LocalAction.Tests.Reports;

/// <summary>The report at a glance: its trends and examples, the page, its errors and the PDF endpoint without Chromium.</summary>
public abstract class ReportTests<TApp>(TApp app) where TApp : SeededApp
{
    private LocalActionFactory F => app.Factory;

    [Theory]
    [InlineData(null)]
    [InlineData("imrf-2022")]
    [InlineData("grf-2023")]
    [InlineData("imrf-2026")]
    public async Task Trends_and_examples_equal_an_independent_computation_on_the_seeded_data(string? round)
    {
        await using var scope = F.CreateDbScope();
        var actual = await Compute(scope, new DashboardFilter(round));

        var pledges = await scope.Db.Pledges.AsNoTracking()
            .Include(p => p.Round).Include(p => p.Priorities).Include(p => p.Updates)
            .Include(p => p.Organizations).ThenInclude(o => o.Organization!).ThenInclude(o => o.Country)
            .Where(p => p.ReviewState == ReviewState.Published).ToListAsync();
        var names = await scope.Db.Priorities.AsNoTracking().ToDictionaryAsync(p => p.Number, p => p.NameEn);
        var expected = Enumerable.Range(1, 8).Select(n =>
        {
            var filed = pledges.Where(p => (round is null || p.Round!.Code == round) && p.Priorities.Any(x => x.PriorityNumber == n)).ToList();
            var examples = filed.Where(p => p.Updates.Any(u => u.Status == UpdateStatus.Validated))
                .OrderBy(p => p.PublicId, StringComparer.Ordinal)
                .Select(p =>
                {
                    var u = p.Updates.Where(u => u.Status == UpdateStatus.Validated)
                        .OrderBy(u => u.ReportedOn ?? ReportingDates.ReportedOn(null, u.SourceDocument) ?? (u.ValidatedAt is { } v ? DateOnly.FromDateTime(v) : DateOnly.MaxValue))
                        .ThenBy(u => u.Id).Last();
                    var lead = p.Organizations.Single(o => o.Role == PledgeRole.Lead).Organization!;
                    return (p.PublicId, lead.Name, Country: lead.Country?.Name, Stage: u.Stage is { } s ? FilterValues.Stages[s] : null,
                        Results: u.ConsentToPublish == false ? null : u.Results, u.PeopleReachedTotal,
                        Usd: u.MoneyMobilizedUsd ?? (u.MoneyMobilizedCurrency == "USD" ? u.MoneyMobilizedAmount : null));
                }).ToList();
            return (n, Name: names[n], filed.Count, examples);
        }).ToList();

        actual.Select(t => (t.Number, t.Name, t.Pledges, t.PledgesWithValidatedUpdate))
            .ShouldBe(expected.Select(e => (e.n, e.Name, e.Count, e.examples.Count)));
        for (var i = 0; i < 8; i++)
        {
            actual[i].Examples.Select(e => (e.PublicId, e.LeadOrganization, e.Country, e.Stage, e.Results, e.PeopleReached, e.MoneyUsd))
                .ShouldBe(expected[i].examples.Select(e => (e.PublicId, (string?)e.Name, e.Country, e.Stage, e.Results, e.PeopleReachedTotal, e.Usd)),
                    $"priority {i + 1}, round {round ?? "all"}");
        }
    }

    [Fact]
    public async Task The_seeded_validated_updates_of_2022_and_2023_show_as_examples()
    {
        await using var scope = F.CreateDbScope();
        var all = await Compute(scope, DashboardFilter.None);
        var examples = all.SelectMany(t => t.Examples).Select(e => e.PublicId).Distinct().ToList();
        // Seed 001's update process covered 22+ pledges of the 2022 and 2023 rounds; each is filed under the priority whose
        // section tells its results, so every updated pledge is an example somewhere.
        var updated = await scope.Db.PledgeUpdates.Where(u => u.Status == UpdateStatus.Validated && u.Pledge!.ReviewState == ReviewState.Published)
            .Select(u => u.PledgeId).Distinct().CountAsync();
        examples.Count.ShouldBe(updated);
        examples.Count.ShouldBeGreaterThanOrEqualTo(22);
        examples.ShouldAllBe(id => id.StartsWith("CLA-2022-") || id.StartsWith("CLA-2023-"));
        all.Select(t => t.Number).ShouldBe([1, 2, 3, 4, 5, 6, 7, 8]);
        all.ShouldAllBe(t => t.PledgesWithValidatedUpdate <= t.Pledges && t.Examples.Count == t.PledgesWithValidatedUpdate);
    }

    [Fact]
    public async Task A_priority_filter_keeps_only_that_priority()
    {
        await using var scope = F.CreateDbScope();
        var all = await Compute(scope, new DashboardFilter("imrf-2022"));
        var five = await Compute(scope, new DashboardFilter("imrf-2022", Priority: 5));
        five.ShouldHaveSingleItem().ShouldBeEquivalentTo(all.Single(t => t.Number == 5));
    }

    [Fact]
    public async Task The_page_shows_the_round_its_figures_its_breakdowns_and_every_priority_section()
    {
        var response = await F.CreateClient().GetAsync("/reports/at-a-glance?round=imrf-2022");
        var html = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, html);
        var page = new HtmlParser().ParseDocument(html);

        page.Title.ShouldBe("Report at a glance — IMRF 2022 — LocalAction");
        page.QuerySelector("h1")!.TextContent.ShouldBe("Report at a glance — IMRF 2022");
        page.QuerySelector("a[href='/reports/at-a-glance.pdf?round=imrf-2022']")!.TextContent.ShouldBe("Download PDF");
        page.QuerySelector("link[href^='/css/report']").ShouldNotBeNull();
        page.QuerySelectorAll("[data-figure]").Select(e => e.GetAttribute("data-figure"))
            .ShouldBe(["pledges", "entities", "countries", "residents", "updated", "money", "people"]);
        // IMRF 2022's published total (70 pledges) is shown beside the computed one.
        page.QuerySelector("[data-figure=pledges] .figure-published")!.TextContent.ShouldContain("70");
        page.QuerySelectorAll("table[data-breakdown]").Select(t => t.GetAttribute("data-breakdown"))
            .ShouldBe([BreakdownKeys.Priorities, BreakdownKeys.Compacts, BreakdownKeys.ReportRegions]);
        page.QuerySelectorAll("table").ShouldAllBe(t => t.QuerySelector("caption") != null);

        var sections = page.QuerySelectorAll("section.report-priority");
        sections.Select(s => s.GetAttribute("data-priority")).ShouldBe(["1", "2", "3", "4", "5", "6", "7", "8"]);
        sections[0].QuerySelector("h3")!.TextContent.ShouldStartWith("Priority 1: ");
        await using var scope = F.CreateDbScope();
        var expected = await Compute(scope, new DashboardFilter("imrf-2022"));
        for (var i = 0; i < 8; i++)
        {
            sections[i].QuerySelectorAll("[data-pledge]").Select(e => e.GetAttribute("data-pledge"))
                .ShouldBe(expected[i].Examples.Select(e => e.PublicId));
        }
        // Headings in order: one h1, then h2, h3 for priorities, h4 for pledges.
        page.QuerySelectorAll("main h1").Length.ShouldBe(1);
        page.QuerySelectorAll("main h3").Length.ShouldBe(8);
    }

    [Fact]
    public async Task Without_a_round_the_report_covers_all_rounds()
    {
        var page = new HtmlParser().ParseDocument(await F.CreateClient().GetStringAsync("/reports/at-a-glance"));
        page.QuerySelector("h1")!.TextContent.ShouldBe("Report at a glance — All rounds");
        page.QuerySelectorAll("section.report-priority").Length.ShouldBe(8);
    }

    [Fact]
    public async Task An_unknown_round_is_400_with_the_message()
    {
        var response = await F.CreateClient().GetAsync("/reports/at-a-glance?round=nope-1999");
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        page.QuerySelector("#error-summary")!.TextContent.ShouldContain("nope-1999");
        page.QuerySelector("section.report-priority").ShouldBeNull();
    }

    [Fact]
    public async Task The_pdf_without_chromium_is_503_saying_what_to_set()
    {
        await using var factory = F.WithWebHostBuilder(b => b.UseSetting(ChromiumLocator.ConfigurationKey, "/nonexistent/chromium"));
        var response = await factory.CreateClient().GetAsync("/reports/at-a-glance.pdf?round=imrf-2022");
        response.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await response.Content.ReadAsStringAsync()).ShouldContain("PDF export needs Chromium; set Reports__ChromiumPath");
    }

    private static Task<IReadOnlyList<PriorityTrend>> Compute(AsyncServiceScopeWithContext scope, DashboardFilter filter)
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
        return scope.Services.GetRequiredService<TrendsAndExamples>().ComputeAsync(filter);
    }
}

public sealed class ReportTestsOnSqlite(SqliteApp app) : ReportTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class ReportTestsOnPostgres(PostgresApp app) : ReportTests<PostgresApp>(app), IClassFixture<PostgresApp>;

/// <summary>The renderer's pieces that need no browser: where Chromium is looked for, and the command line.</summary>
public sealed class ReportPdfRendererTests
{
    [Fact]
    public void The_command_line_prints_the_page_headless_to_the_temporary_file()
    {
        var url = new Uri("http://127.0.0.1:5190/reports/at-a-glance?round=imrf-2022");
        PdfRenderer.Arguments("/tmp/x/report.pdf", "/tmp/x/profile", url, "fr").ShouldBe(
        [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", "--no-first-run", "--disable-extensions",
            "--user-data-dir=/tmp/x/profile", "--lang=fr", "--print-to-pdf=/tmp/x/report.pdf", "http://127.0.0.1:5190/reports/at-a-glance?round=imrf-2022",
        ]);
    }

    [Fact]
    public void Chromium_is_the_configured_path_else_the_debian_one_else_on_the_path()
    {
        ChromiumLocator.Locate("/opt/c/chrome", f => f == "/opt/c/chrome", null).ShouldBe("/opt/c/chrome");
        ChromiumLocator.Locate("/missing", f => true && f != "/missing", "/usr/bin").ShouldBeNull();
        ChromiumLocator.Locate(null, f => f == "/usr/bin/chromium", "/bin").ShouldBe("/usr/bin/chromium");
        ChromiumLocator.Locate(null, f => f == "/snap/bin/chromium-browser", "/bin:/snap/bin").ShouldBe("/snap/bin/chromium-browser");
        ChromiumLocator.Locate(null, _ => false, "/bin:/usr/local/bin").ShouldBeNull();
        new PdfRenderer(null, Microsoft.Extensions.Logging.Abstractions.NullLogger<PdfRenderer>.Instance).IsAvailable.ShouldBeFalse();
    }

    [Fact]
    public void The_page_url_is_the_address_the_request_came_in_on_not_the_host_header()
    {
        var http = new DefaultHttpContext();
        http.Request.Scheme = "http";
        http.Request.Host = new HostString("evil.example");
        http.Request.QueryString = new QueryString("?round=imrf-2022");
        http.Connection.LocalIpAddress = System.Net.IPAddress.Loopback;
        http.Connection.LocalPort = 5190;
        ReportEndpoints.PageUrl(http).AbsoluteUri.ShouldBe("http://127.0.0.1:5190/reports/at-a-glance?round=imrf-2022");
    }
}

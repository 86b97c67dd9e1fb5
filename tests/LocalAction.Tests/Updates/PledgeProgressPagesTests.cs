using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using LocalAction.Tests.Infrastructure;
using LocalAction.Web.Features.Accounts;
using LocalAction.Web.Features.Pledges;
using LocalAction.Web.Features.Updates;
using Microsoft.EntityFrameworkCore;
using Shouldly;
using Xunit;
using static LocalAction.Tests.Submissions.SubmissionTestData;

namespace LocalAction.Tests.Updates;

/// <summary>
/// The reporting traffic light and the progress timeline on the public pledge page, and the Secretariat's campaign pages.
/// Tests that move the app's clock put it back, since the tests of a class share one app.
/// </summary>
public abstract class PledgeProgressPagesTests<TApp>(TApp app) where TApp : SeededApp
{
    private LocalActionFactory F => app.Factory;
    private static readonly DateOnly RealToday = DateOnly.FromDateTime(DateTime.UtcNow);

    private async Task<IDocument> PageAsync(string url, HttpClient? client = null) =>
        new HtmlParser().ParseDocument(await (client ?? F.CreateClient()).GetStringAsync(url));

    private async Task<string> PublicIdAsync(string titleStart)
    {
        await using var scope = F.CreateDbScope();
        return await scope.Db.Pledges.Where(p => p.Title!.StartsWith(titleStart)).Select(p => p.PublicId).SingleAsync();
    }

    [Fact]
    public async Task A_seeded_update_is_green_until_12_months_after_its_report_then_amber_then_red_after_24()
    {
        var url = $"/pledges/{await PublicIdAsync("Nutrition Reception Centre")}";
        try
        {
            foreach (var (day, light, words) in new[]
            {
                (new DateOnly(2026, 12, 31), "green", "up to date"),
                (new DateOnly(2027, 1, 1), "amber", "update due"),
                (new DateOnly(2027, 12, 31), "amber", "update due"),
                (new DateOnly(2028, 1, 1), "red", "Inactive"),
            })
            {
                F.Clock.SetToday(day);
                var reporting = (await PageAsync(url)).QuerySelector("#reporting")!;
                reporting.QuerySelector("[data-light]")!.GetAttribute("data-light").ShouldBe(light, day.ToString());
                reporting.TextContent.ShouldContain(words);
                reporting.TextContent.ShouldContain("last validated update 31 Dec 2025");
                reporting.TextContent.ShouldContain("end of the month of the source report");
            }
        }
        finally
        {
            F.Clock.SetToday(RealToday);
        }
        (await PageAsync(url)).QuerySelector("#reporting [data-light]")!.GetAttribute("data-light").ShouldBe(RealToday <= new DateOnly(2026, 12, 31) ? "green" : "amber");
    }

    [Fact]
    public async Task A_2022_seeded_pledge_without_updates_is_red_and_inactive_counted_from_the_end_of_2022()
    {
        string publicId;
        await using (var scope = F.CreateDbScope())
        {
            publicId = await scope.Db.Pledges.Where(p => p.Round!.Year == 2022 && !p.Updates.Any() && !p.IsSynthetic)
                .OrderBy(p => p.PublicId).Select(p => p.PublicId).FirstAsync();
        }
        var reporting = (await PageAsync($"/pledges/{publicId}")).QuerySelector("#reporting")!;
        reporting.QuerySelector("[data-light]")!.GetAttribute("data-light").ShouldBe("red");
        reporting.TextContent.ShouldContain("Inactive: no update for more than 24 months (red)");
        reporting.TextContent.ShouldContain("counted from 31 Dec 2022");
        reporting.TextContent.ShouldContain("end of the pledge's round year (2022)");
    }

    [Fact]
    public async Task The_timeline_shows_a_stage_change_the_USD_conversion_a_chart_and_the_files_of_a_validated_update()
    {
        var publicId = await PublicIdAsync("First Steps in Milan");
        int updateId, attachmentId;
        await using (var scope = F.CreateDbScope())
        {
            var pledge = await scope.Db.Pledges.SingleAsync(p => p.PublicId == publicId);
            var update = NewUpdate(pledge.Id, PledgeStage.Fulfilled, consent: true);
            scope.Db.PledgeUpdates.Add(update);
            await scope.Db.SaveChangesAsync();
            var file = new UpdateAttachment
            {
                PledgeUpdateId = update.Id, FileName = "report-2026.pdf", ContentType = "application/pdf", Kind = AttachmentKind.Document,
                SizeBytes = 2048, Sha256 = new string('a', 64), Content = [1, 2, 3], UploadedAt = DateTime.UtcNow, UploadedByUserId = "test",
            };
            scope.Db.UpdateAttachments.Add(file);
            await scope.Db.SaveChangesAsync();
            (updateId, attachmentId) = (update.Id, file.Id);
        }

        var page = await PageAsync($"/pledges/{publicId}");
        var items = page.QuerySelectorAll(".update-timeline > li");
        items.Length.ShouldBe(2);
        items[0].TextContent.ShouldContain("December 2025"); // the seeded update first
        var added = items[1];
        added.GetAttribute("data-update-id").ShouldBe(updateId.ToString());
        added.TextContent.ShouldContain("30 Jun 2026");
        added.QuerySelector(".stage-change")!.TextContent.ShouldContain("Stage changed from In progress to Fulfilled");
        added.TextContent.ShouldContain("EUR 50,000");
        added.QuerySelector(".usd-line")!.TextContent.ShouldContain("USD 54,000 at 1.08 USD per EUR (30 Jun 2026)");
        added.TextContent.ShouldContain("Narrative that may be published");
        added.QuerySelector($"a[href='/updates/{updateId}/attachments/{attachmentId}']")!.TextContent.ShouldBe("report-2026.pdf");
        var chart = page.QuerySelector("#people-chart svg[role=img]")!;
        chart.GetAttribute("aria-label")!.ShouldContain("800");
        page.QuerySelector("#people-chart table")!.TextContent.ShouldContain("570");
        page.QuerySelector("#reporting")!.TextContent.ShouldContain("last validated update 30 Jun 2026");
    }

    [Fact]
    public async Task Without_consent_to_publish_only_the_stage_and_figures_are_shown_on_the_page_and_in_the_API()
    {
        var publicId = await PublicIdAsync("Amman Children");
        await using (var scope = F.CreateDbScope())
        {
            var pledge = await scope.Db.Pledges.SingleAsync(p => p.PublicId == publicId);
            var update = NewUpdate(pledge.Id, PledgeStage.InProgress, consent: false);
            scope.Db.PledgeUpdates.Add(update);
            await scope.Db.SaveChangesAsync();
            scope.Db.UpdateAttachments.Add(new UpdateAttachment
            {
                PledgeUpdateId = update.Id, FileName = "private-photo.jpg", ContentType = "image/jpeg", Kind = AttachmentKind.Photo,
                SizeBytes = 10, Sha256 = new string('b', 64), Content = [1], UploadedAt = DateTime.UtcNow, UploadedByUserId = "test",
            });
            await scope.Db.SaveChangesAsync();
        }

        var html = await F.CreateClient().GetStringAsync($"/pledges/{publicId}");
        var added = new HtmlParser().ParseDocument(html).QuerySelectorAll(".update-timeline > li").Last();
        added.QuerySelector(".narrative-withheld")!.TextContent.ShouldContain("The pledger did not agree to publish the narrative");
        added.TextContent.ShouldContain("800");
        added.TextContent.ShouldContain("In progress");
        html.ShouldNotContain("Narrative that may be published");
        html.ShouldNotContain("Lessons that may be published");
        html.ShouldNotContain("private-photo.jpg");
        var api = await F.CreateClient().GetStringAsync($"/api/v1/pledges/{publicId}");
        api.ShouldNotContain("Narrative that may be published");
        api.ShouldNotContain("private-photo.jpg");
        api.ShouldContain("\"narrativeWithheld\":true");
    }

    [Fact]
    public async Task The_Secretariat_creates_a_campaign_which_is_listed_and_offered_on_the_pledge_pages_in_scope()
    {
        var (client, _) = await TestAccounts.SignedInClientAsync(F, Roles.Secretariat);
        (await PageAsync("/admin", client)).QuerySelector("a[href='/campaigns']").ShouldNotBeNull();
        var code = $"pre-imrf-{Guid.NewGuid():N}"[..20];
        var response = await TestAccounts.SubmitFormAsync(client, "/campaigns", new Dictionary<string, string>
        {
            ["Input.Code"] = code, ["Input.Name"] = "Pre-IMRF 2026 update", ["Input.OpensOn"] = Iso(RealToday.AddDays(-1)),
            ["Input.ClosesOn"] = Iso(RealToday.AddDays(30)), ["Input.Rounds"] = "imrf-2022",
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var list = await PageAsync("/campaigns", client);
        var row = list.QuerySelector($"tr[data-campaign='{code}']")!;
        row.TextContent.ShouldContain("Pre-IMRF 2026 update");
        row.QuerySelector("[data-state]")!.GetAttribute("data-state").ShouldBe("open");
        int inScope;
        await using (var scope = F.CreateDbScope())
        {
            inScope = await scope.Db.Pledges.CountAsync(p => p.Round!.Code == "imrf-2022" && p.ReviewState == ReviewState.Published && !p.IsSynthetic);
        }
        row.TextContent.ShouldContain(inScope.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("en")));

        var detail = await PageAsync($"/campaigns/{code}", client);
        detail.QuerySelectorAll("tr[data-pledge]").Length.ShouldBe(Math.Min(inScope, 50));
        var counts = detail.QuerySelectorAll(".light-counts [data-light] [data-count]").Sum(c => int.Parse(c.TextContent, System.Globalization.CultureInfo.InvariantCulture));
        counts.ShouldBe(inScope);

        // Every reader of a pledge in scope is told, with the closing date and the link to report.
        var bogota = await PageAsync($"/pledges/{await PublicIdAsync("Nutrition Reception Centre")}");
        var open = bogota.QuerySelector(".open-campaign")!;
        open.TextContent.ShouldContain("Pre-IMRF 2026 update");
        open.TextContent.ShouldContain(RealToday.AddDays(30).ToString("d MMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en")));
        open.QuerySelector("a")!.GetAttribute("href").ShouldEndWith("/update");
    }

    [Fact]
    public async Task A_bad_campaign_form_shows_every_specific_message_and_creates_nothing()
    {
        var (client, _) = await TestAccounts.SignedInClientAsync(F, Roles.Secretariat);
        var code = $"dup-{Guid.NewGuid():N}"[..16];
        var first = await TestAccounts.SubmitFormAsync(client, "/campaigns", new Dictionary<string, string>
        {
            ["Input.Code"] = code, ["Input.Name"] = "First", ["Input.OpensOn"] = Iso(RealToday), ["Input.ClosesOn"] = Iso(RealToday.AddDays(10)),
            ["Input.Rounds"] = "grf-2023", // not the round the campaign test looks at
        });
        first.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var bad = await TestAccounts.SubmitFormAsync(client, "/campaigns", new Dictionary<string, string>
        {
            ["Input.Code"] = code, ["Input.Name"] = "  ", ["Input.OpensOn"] = Iso(RealToday.AddDays(20)),
            ["Input.ClosesOn"] = Iso(RealToday.AddDays(10)), ["Input.Rounds"] = "imrf-1999",
        });
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var page = new HtmlParser().ParseDocument(await bad.Content.ReadAsStringAsync());
        page.QuerySelector("#error-summary").ShouldNotBeNull();
        page.QuerySelector("#code-error")!.TextContent.ShouldContain($"A campaign with the code '{code}' already exists.");
        page.QuerySelector("#name-error")!.TextContent.ShouldContain("This field is required.");
        page.QuerySelector("#closesOn-error")!.TextContent.ShouldContain("The campaign closes before it opens.");
        page.QuerySelector("#rounds-error")!.TextContent.ShouldContain("'imrf-1999' is not a known round.");
        page.QuerySelector("#code")!.GetAttribute("aria-describedby")!.ShouldContain("code-error");
        await using var scope = F.CreateDbScope();
        (await scope.Db.UpdateCampaigns.CountAsync(c => c.Code == code)).ShouldBe(1);
        (await scope.Db.UpdateCampaigns.AnyAsync(c => c.Name == "  " || c.Name == "")).ShouldBeFalse();
    }

    [Fact]
    public async Task Focal_points_and_anonymous_readers_cannot_use_the_campaign_pages()
    {
        var (focal, _) = await TestAccounts.SignedInClientAsync(F, Roles.FocalPoint, await OrganizationIdAsync(F, "accra"));
        foreach (var path in new[] { "/campaigns", "/campaigns/any-code" })
        {
            var denied = await focal.GetAsync(path);
            denied.StatusCode.ShouldBe(HttpStatusCode.Redirect, path);
            denied.Headers.Location!.ToString().ShouldContain("/account/denied");
            var anonymous = await F.CreateClient(new() { AllowAutoRedirect = false }).GetAsync(path);
            anonymous.Headers.Location!.ToString().ShouldContain("/account/sign-in");
        }
        var post = await focal.PostAsync("/campaigns", new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.Code"] = "sneaky" }));
        post.StatusCode.ShouldBeOneOf(HttpStatusCode.Redirect, HttpStatusCode.BadRequest, HttpStatusCode.Forbidden);
        await using var scope = F.CreateDbScope();
        (await scope.Db.UpdateCampaigns.AnyAsync(c => c.Code == "sneaky")).ShouldBeFalse();
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static PledgeUpdate NewUpdate(int pledgeId, PledgeStage stage, bool consent) => new()
    {
        PledgeId = pledgeId, ReportedOn = new DateOnly(2026, 6, 30), Stage = stage, Status = UpdateStatus.Validated,
        Results = "Narrative that may be published.", LessonsLearned = "Lessons that may be published.",
        PeopleReachedTotal = 800, PeopleReachedQualifier = FigureQualifier.Exact,
        MoneyMobilizedAmount = 50_000, MoneyMobilizedCurrency = "EUR", MoneyMobilizedUsd = 54_000, UsdRate = 1.08m, UsdRateOn = new DateOnly(2026, 6, 30),
        ConsentToPublish = consent, ValidatedAt = DateTime.UtcNow, SourceDocument = "platform", Version = 1,
        CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow,
    };
}

public sealed class PledgeProgressPagesTestsOnSqlite(SqliteApp app) : PledgeProgressPagesTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class PledgeProgressPagesTestsOnPostgres(PostgresApp app) : PledgeProgressPagesTests<PostgresApp>(app), IClassFixture<PostgresApp>;

using System.Net;
using System.Net.Http.Json;
using AngleSharp.Html.Parser;
using LocalAction.Tests.Infrastructure;
using LocalAction.Web.Features.Accounts;
using LocalAction.Web.Features.Pledges;
using Microsoft.EntityFrameworkCore;
using Shouldly;
using Xunit;
using static LocalAction.Tests.Submissions.SubmissionTestData;

namespace LocalAction.Tests.Submissions;

/// <summary>The submission pages as a signed-in browser uses them: forms with antiforgery, errors, conflicts, escaping, the queue.</summary>
public abstract class SubmissionPagesTests<TApp>(TApp app) where TApp : SeededApp
{
    private LocalActionFactory F => app.Factory;

    [Fact]
    public async Task The_second_of_two_people_saving_the_same_step_gets_409_with_their_input_kept_and_the_stored_values_shown()
    {
        var accra = await OrganizationIdAsync(F, "accra");
        var (first, _) = await TestAccounts.SignedInClientAsync(F, Roles.FocalPoint, accra);
        var (second, _) = await TestAccounts.SignedInClientAsync(F, Roles.FocalPoint, accra);
        var id = await CreateDraftThroughPageAsync(first, "accra");
        var url = $"/submissions/{id}/edit?step=2";
        var firstHtml = await first.GetStringAsync(url);
        var secondHtml = await second.GetStringAsync(url);

        var saved = await PostStepAsync(first, url, firstHtml, new() { ["Form.Title"] = "Title from the first person", ["Form.Language"] = "en" });
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var conflict = await PostStepAsync(second, url, secondHtml, new() { ["Form.Title"] = "Title from the second person", ["Form.Language"] = "fr" });

        conflict.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var page = new HtmlParser().ParseDocument(await conflict.Content.ReadAsStringAsync());
        page.QuerySelector("#conflict")!.TextContent.ShouldContain("Title from the first person");
        page.QuerySelector("#title")!.GetAttribute("value").ShouldBe("Title from the second person");
        var newVersion = page.QuerySelector("input[name=Version]")!.GetAttribute("value");

        // Saving again from the page they were shown is a deliberate overwrite, and goes through.
        var again = await second.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = TestAccounts.AntiforgeryToken(page.DocumentElement.OuterHtml), ["Version"] = newVersion!, ["Step"] = "2",
            ["Form.Title"] = "Title from the second person", ["Form.Language"] = "fr", ["go"] = "stay",
        }));
        again.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await using var scope = F.CreateDbScope();
        (await scope.Db.Submissions.SingleAsync(s => s.Id == id)).Title.ShouldBe("Title from the second person");
    }

    [Fact]
    public async Task A_100000_character_description_gets_its_message_beside_the_field_and_in_the_summary_and_nothing_is_saved()
    {
        var (client, _) = await TestAccounts.SignedInClientAsync(F, Roles.FocalPoint, await OrganizationIdAsync(F, "accra"));
        var id = await CreateDraftThroughPageAsync(client, "accra");
        var url = $"/submissions/{id}/edit?step=2";
        var response = await PostStepAsync(client, url, await client.GetStringAsync(url),
            new() { ["Form.Title"] = "A title", ["Form.Description"] = new string('x', 100_000), ["Form.Language"] = "en" });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        page.QuerySelector("#error-summary a[href='#description']").ShouldNotBeNull();
        page.QuerySelector("#description-error")!.TextContent.ShouldContain("100,000 characters; the limit is 20,000");
        page.QuerySelector("#description")!.GetAttribute("aria-describedby")!.ShouldContain("description-error");
        await using var scope = F.CreateDbScope();
        (await scope.Db.Submissions.SingleAsync(s => s.Id == id)).Version.ShouldBe(1);
    }

    [Fact]
    public async Task Translations_typed_in_step_two_are_checked_kept_and_shown_in_the_preview()
    {
        var (client, _) = await TestAccounts.SignedInClientAsync(F, Roles.FocalPoint, await OrganizationIdAsync(F, "accra"));
        var id = await CreateDraftThroughPageAsync(client, "accra");
        var url = $"/submissions/{id}/edit?step=2";
        var refused = await PostStepAsync(client, url, await client.GetStringAsync(url), new()
        {
            ["Form.Title"] = "Welcome desks", ["Form.Language"] = "en",
            ["Form.Translations[0].Language"] = "en", ["Form.Translations[0].Title"] = "Welcome desks again",
            ["Form.Translations[1].Language"] = "fr", ["Form.Translations[1].Title"] = "Guichets d'accueil",
        });
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var page = new HtmlParser().ParseDocument(await refused.Content.ReadAsStringAsync());
        page.QuerySelector("#error-summary a[href='#translations']").ShouldNotBeNull();
        page.QuerySelector("#translations-error")!.TextContent.ShouldContain("English is the language the pledge is written in");
        page.QuerySelector("details:has(#translations)")!.HasAttribute("open").ShouldBeTrue(); // the error is not hidden in a closed section
        page.QuerySelector("#translation-fr-title")!.GetAttribute("value").ShouldBe("Guichets d'accueil"); // typed input kept
        await using (var scope = F.CreateDbScope()) (await scope.Db.Submissions.SingleAsync(s => s.Id == id)).Version.ShouldBe(1);

        var saved = await PostStepAsync(client, url, await client.GetStringAsync(url), new()
        {
            ["Form.Title"] = "Welcome desks", ["Form.Language"] = "en",
            ["Form.Translations[0].Language"] = "en", ["Form.Translations[0].Title"] = "", // the form always sends the three languages
            ["Form.Translations[1].Language"] = "fr", ["Form.Translations[1].Title"] = "Guichets d'accueil",
            ["Form.Translations[2].Language"] = "es", ["Form.Translations[2].Title"] = "", ["Form.Translations[2].Description"] = "",
        });
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var again = new HtmlParser().ParseDocument(await client.GetStringAsync(url));
        again.QuerySelector("#translation-fr-title")!.GetAttribute("value").ShouldBe("Guichets d'accueil");
        again.QuerySelector("#translation-es-title")!.GetAttribute("value").ShouldBeNull();
        var preview = new HtmlParser().ParseDocument(await client.GetStringAsync($"/submissions/{id}"));
        preview.QuerySelector("dd [lang=fr]")!.TextContent.ShouldContain("Guichets d'accueil");
    }

    [Fact]
    public async Task Script_in_a_title_is_shown_as_text_to_submitters_reviewers_and_readers()
    {
        var accra = await OrganizationIdAsync(F, "accra");
        var focal = await TestAccounts.ApiClientAsync(F, Roles.FocalPoint, accra);
        var secretariatApi = await TestAccounts.ApiClientAsync(F, Roles.Secretariat);
        const string hostile = "<script>alert('owned')</script><img src=x onerror=alert(1)>";
        var created = await focal.PostAsJsonAsync("/api/v1/submissions", Complete("accra", hostile));
        var id = (await ReadAsync(created))["id"]!.GetValue<int>();
        (await focal.PostAsJsonAsync($"/api/v1/submissions/{id}/submit", new { version = 1 })).EnsureSuccessStatusCode();
        (await ReviewAsync(secretariatApi, id, "start-review")).EnsureSuccessStatusCode();
        (await ReviewAsync(secretariatApi, id, "validate")).EnsureSuccessStatusCode();
        var publicId = (await ReadAsync(await ReviewAsync(secretariatApi, id, "publish")))["publishedPublicId"]!.GetValue<string>();

        var (secretariat, _) = await TestAccounts.SignedInClientAsync(F, Roles.Secretariat);
        foreach (var html in new[] { await secretariat.GetStringAsync($"/submissions/{id}"), await F.CreateClient().GetStringAsync($"/pledges/{publicId}") })
        {
            html.ShouldNotContain("<script>alert");
            html.ShouldNotContain("<img src=x");
            html.ShouldContain("&lt;script&gt;alert(&#x27;owned&#x27;)&lt;/script&gt;");
        }
    }

    [Fact]
    public async Task Anonymous_readers_are_sent_to_sign_in_and_never_see_unpublished_pledges()
    {
        var focal = await TestAccounts.ApiClientAsync(F, Roles.FocalPoint, await OrganizationIdAsync(F, "accra"));
        var title = $"Unpublished {Guid.NewGuid():N}";
        var id = (await ReadAsync(await focal.PostAsJsonAsync("/api/v1/submissions", Complete("accra", title))))["id"]!.GetValue<int>();
        var anonymous = F.CreateClient(new() { AllowAutoRedirect = false });

        foreach (var path in new[] { $"/submissions/{id}", $"/submissions/{id}/edit?step=2", "/submissions/new", "/review", "/submissions" })
        {
            var response = await anonymous.GetAsync(path);
            response.StatusCode.ShouldBe(HttpStatusCode.Redirect, path);
            response.Headers.Location!.ToString().ShouldContain("/account/sign-in");
        }
        // The search echoes the query; no result may carry the title.
        var results = new HtmlParser().ParseDocument(await anonymous.GetStringAsync($"/pledges?q={Uri.EscapeDataString(title)}"));
        results.QuerySelectorAll("a[href^='/pledges/']").Select(a => a.TextContent).ShouldNotContain(t => t.Contains(title));
        (await ReadAsync(await anonymous.GetAsync($"/api/v1/pledges?q={Uri.EscapeDataString(title)}")))["total"]!.GetValue<int>().ShouldBe(0);
    }

    [Fact]
    public async Task Focal_points_of_another_organization_get_404_and_cannot_review_or_use_the_queue()
    {
        var accraFocal = await TestAccounts.ApiClientAsync(F, Roles.FocalPoint, await OrganizationIdAsync(F, "accra"));
        var id = (await ReadAsync(await accraFocal.PostAsJsonAsync("/api/v1/submissions", Complete("accra"))))["id"]!.GetValue<int>();
        var (other, _) = await TestAccounts.SignedInClientAsync(F, Roles.FocalPoint, await OrganizationIdAsync(F, "bogota"));

        (await other.GetAsync($"/submissions/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.GetAsync($"/submissions/{id}/edit?step=2")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var queue = await other.GetAsync("/review");
        queue.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        queue.Headers.Location!.ToString().ShouldContain("/account/denied");

        // Creating for an organization one does not act for is refused on the page too, with the reason beside the field.
        var refused = await TestAccounts.SubmitFormAsync(other, "/submissions/new", new Dictionary<string, string> { ["Form.LeadOrganization"] = "accra", ["Form.Round"] = "imrf-2026" });
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("You do not act for the organization");
    }

    [Fact]
    public async Task The_queue_lists_waiting_submissions_oldest_first_and_a_bulk_change_needs_a_confirmation()
    {
        var focal = await TestAccounts.ApiClientAsync(F, Roles.FocalPoint, await OrganizationIdAsync(F, "accra"));
        var (secretariat, _) = await TestAccounts.SignedInClientAsync(F, Roles.Secretariat);
        var older = await CreateSubmittedAsync(focal, $"Older {Guid.NewGuid():N}");
        var newer = await CreateSubmittedAsync(focal, $"Newer {Guid.NewGuid():N}");

        var html = await secretariat.GetStringAsync("/review?state=Submitted");
        html.IndexOf($"/submissions/{older}\"", StringComparison.Ordinal).ShouldBeLessThan(html.IndexOf($"/submissions/{newer}\"", StringComparison.Ordinal));

        var fields = new List<KeyValuePair<string, string>>
        {
            new("__RequestVerificationToken", TestAccounts.AntiforgeryToken(html)), new("Ids", older.ToString()), new("Ids", newer.ToString()),
            new("BulkAction", "start-review"),
        };
        var unconfirmed = await secretariat.PostAsync("/review?state=Submitted", new FormUrlEncodedContent(fields));
        unconfirmed.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await unconfirmed.Content.ReadAsStringAsync()).ShouldContain("Tick the box to confirm");
        await using (var scope = F.CreateDbScope())
        {
            (await scope.Db.Submissions.CountAsync(s => (s.Id == older || s.Id == newer) && s.State == ReviewState.Submitted)).ShouldBe(2);
        }

        fields.Add(new("Confirm", "true"));
        (await secretariat.PostAsync("/review?state=Submitted", new FormUrlEncodedContent(fields))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await using var check = F.CreateDbScope();
        (await check.Db.Submissions.CountAsync(s => (s.Id == older || s.Id == newer) && s.State == ReviewState.InReview)).ShouldBe(2);
    }

    [Fact]
    public async Task A_form_post_without_its_antiforgery_token_is_refused()
    {
        var (client, _) = await TestAccounts.SignedInClientAsync(F, Roles.FocalPoint, await OrganizationIdAsync(F, "accra"));
        var response = await client.PostAsync("/submissions/new", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Form.LeadOrganization"] = "accra", ["Form.Round"] = "imrf-2026",
        }));
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Only_the_pledgers_and_the_Secretariat_are_offered_to_propose_an_edit_and_it_opens_the_form()
    {
        string publicId, slug;
        await using (var scope = F.CreateDbScope())
        {
            var pledge = await scope.Db.Pledges.Include(p => p.Organizations).ThenInclude(o => o.Organization)
                .Where(p => p.Organizations.Count == 1 && p.PublicId.StartsWith("CLA-2022")).OrderBy(p => p.PublicId).FirstAsync();
            (publicId, slug) = (pledge.PublicId, pledge.Organizations[0].Organization!.Slug);
        }
        var (pledger, _) = await TestAccounts.SignedInClientAsync(F, Roles.FocalPoint, await OrganizationIdAsync(F, slug));
        var (stranger, _) = await TestAccounts.SignedInClientAsync(F, Roles.FocalPoint, await OrganizationIdAsync(F, slug == "zurich" ? "accra" : "zurich"));

        (await stranger.GetStringAsync($"/pledges/{publicId}")).ShouldNotContain("Propose an edit");
        (await F.CreateClient().GetStringAsync($"/pledges/{publicId}")).ShouldNotContain("Propose an edit");
        var page = await pledger.GetStringAsync($"/pledges/{publicId}");
        page.ShouldContain("Propose an edit");

        var opened = await pledger.PostAsync("/submissions/new?handler=EditPledge", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = TestAccounts.AntiforgeryToken(page), ["publicId"] = publicId,
        }));
        opened.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        opened.Headers.Location!.ToString().ShouldContain("/edit?step=2");
    }

    private static async Task<int> CreateSubmittedAsync(HttpClient focal, string title)
    {
        var id = (await ReadAsync(await focal.PostAsJsonAsync("/api/v1/submissions", Complete("accra", title))))["id"]!.GetValue<int>();
        (await focal.PostAsJsonAsync($"/api/v1/submissions/{id}/submit", new { version = 1 })).EnsureSuccessStatusCode();
        return id;
    }

    private static async Task<int> CreateDraftThroughPageAsync(HttpClient client, string organization)
    {
        var response = await TestAccounts.SubmitFormAsync(client, "/submissions/new",
            new Dictionary<string, string> { ["Form.LeadOrganization"] = organization, ["Form.Round"] = "imrf-2026" });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        var location = response.Headers.Location!.ToString();
        return int.Parse(location.Split('/')[2], System.Globalization.CultureInfo.InvariantCulture);
    }

    private static Task<HttpResponseMessage> PostStepAsync(HttpClient client, string url, string formHtml, Dictionary<string, string> fields)
    {
        var page = new HtmlParser().ParseDocument(formHtml);
        fields["__RequestVerificationToken"] = TestAccounts.AntiforgeryToken(formHtml);
        fields["Version"] = page.QuerySelector("input[name=Version]")!.GetAttribute("value")!;
        fields["Step"] = page.QuerySelector("input[name=Step]")!.GetAttribute("value")!;
        fields.TryAdd("go", "next");
        return client.PostAsync(url, new FormUrlEncodedContent(fields));
    }
}

public sealed class SubmissionPagesTestsOnSqlite(SqliteApp app) : SubmissionPagesTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class SubmissionPagesTestsOnPostgres(PostgresApp app) : SubmissionPagesTests<PostgresApp>(app), IClassFixture<PostgresApp>;

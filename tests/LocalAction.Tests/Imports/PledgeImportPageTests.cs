using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using AngleSharp.Html.Parser;
using LocalAction.Tests.Infrastructure;
using LocalAction.Web.Features.Accounts;
using static LocalAction.Tests.Imports.PledgeImportFiles;

namespace LocalAction.Tests.Imports;

/// <summary>/pledges/import as the Secretariat uses it: upload, background check, errors by row and column, confirmation.</summary>
public abstract class PledgeImportPageTests<TApp>(TApp app) where TApp : SeededApp
{
    private LocalActionFactory F => app.Factory;

    private static string Id() => "page-" + Guid.NewGuid().ToString("N")[..12];

    private async Task<(HttpClient Browser, string Token)> SecretariatAsync()
    {
        var (browser, _) = await TestAccounts.SignedInClientAsync(F, Roles.Secretariat);
        var page = await browser.GetStringAsync("/pledges/import");
        return (browser, TestAccounts.AntiforgeryToken(page));
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient browser, string? token, byte[] content, string fileName)
    {
        using var form = new MultipartFormDataContent();
        if (token is not null) form.Add(new StringContent(token), "__RequestVerificationToken");
        form.Add(new ByteArrayContent(content), "file", fileName);
        return await browser.PostAsync("/pledges/import?handler=Check", form);
    }

    /// <summary>Follows the redirect to the job's page and waits, as the page's script does, until the job is done.</summary>
    private static async Task<string> FinishedPageAsync(HttpClient browser, HttpResponseMessage redirect)
    {
        redirect.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var url = redirect.Headers.Location!.ToString();
        var job = url[(url.IndexOf("job=", StringComparison.Ordinal) + 4)..];
        for (var attempt = 0; attempt < 300; attempt++)
        {
            var status = JsonNode.Parse(await browser.GetStringAsync($"/pledges/import?handler=Status&job={job}"))!;
            if (status["done"]!.GetValue<bool>()) break;
            await Task.Delay(100);
        }
        return await browser.GetStringAsync(url);
    }

    [Fact]
    public async Task A_file_with_errors_shows_each_by_row_and_column_and_saves_nothing()
    {
        var (browser, token) = await SecretariatAsync();
        var before = await CountsAsync(F);

        var html = await FinishedPageAsync(browser, await UploadAsync(browser, token, Csv(Header, Row(Id()), Row(Id(), priorities: "9")), "pledges.csv"));

        var document = new HtmlParser().ParseDocument(html);
        document.QuerySelector("#error-summary a")!.GetAttribute("href").ShouldBe("#import-errors");
        var cells = document.QuerySelectorAll("#import-errors tbody td").Select(td => td.TextContent).ToList();
        cells.ShouldBe(["3", "priorities", "'9' is not a valid choice: use one of 1–8."]);
        document.QuerySelector("form[action*=Check] button")!.TextContent.ShouldBe("Check file (dry run)");
        (await CountsAsync(F)).ShouldBe(before);
    }

    [Fact]
    public async Task A_clean_file_is_checked_then_imported_once_confirmed()
    {
        var (browser, token) = await SecretariatAsync();
        var (a, b) = (Id(), Id());
        var before = await CountsAsync(F);

        var checkedPage = new HtmlParser().ParseDocument(await FinishedPageAsync(browser, await UploadAsync(browser, token, Csv(Header, Row(a), Row(b)), "new.csv")));

        checkedPage.QuerySelector("#import-ready")!.TextContent.ShouldContain("2 new pledges");
        var confirm = checkedPage.QuerySelector("form[action*=Import]")!;
        confirm.QuerySelector("button")!.TextContent.ShouldBe("Import 2 pledges");
        (await CountsAsync(F)).ShouldBe(before);

        var form = new Dictionary<string, string>
        {
            ["job"] = confirm.QuerySelector("input[name=job]")!.GetAttribute("value")!,
            ["__RequestVerificationToken"] = confirm.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!,
        };
        var done = new HtmlParser().ParseDocument(await FinishedPageAsync(browser, await browser.PostAsync(confirm.GetAttribute("action"), new FormUrlEncodedContent(form))));

        done.QuerySelector("#import-done")!.TextContent.ShouldContain("Imported from 'new.csv': 2 pledges created, 0 updated, 0 unchanged; 0 organizations created.");
        (await PledgeAsync(F, externalId: b)).Title.ShouldBe("Welcome desks in every district");
        (await ImportAuditAsync(F)).Last().Actor.ShouldEndWith("@example.org");
    }

    [Fact]
    public async Task Only_the_Secretariat_may_open_it_and_a_post_needs_its_antiforgery_token()
    {
        var anonymous = TestAccounts.BrowserClient(F);
        (await anonymous.GetAsync("/pledges/import")).Headers.Location!.ToString().ShouldContain("/account/sign-in");
        var (focalPoint, _) = await TestAccounts.SignedInClientAsync(F, Roles.FocalPoint);
        (await focalPoint.GetAsync("/pledges/import")).Headers.Location!.ToString().ShouldContain("/account/denied");

        var (browser, _) = await SecretariatAsync();
        var before = await CountsAsync(F);
        (await UploadAsync(browser, null, Csv(Header, Row(Id())), "pledges.csv")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await CountsAsync(F)).ShouldBe(before);
    }

    [Fact]
    public async Task The_form_labels_its_field_and_an_upload_over_the_limit_is_refused_beside_it()
    {
        var (browser, _) = await SecretariatAsync();
        var page = new HtmlParser().ParseDocument(await browser.GetStringAsync("/pledges/import"));
        page.QuerySelector("label[for=file]")!.TextContent.ShouldBe("CSV or Excel (.xlsx) file");
        page.QuerySelector("#file")!.GetAttribute("aria-describedby").ShouldBe("file-hint");

        var body = new LargeUpload(51L << 20);
        var content = new StreamContent(body);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse($"multipart/form-data; boundary={LargeUpload.Boundary}");
        content.Headers.ContentLength = body.Length;
        var refused = await browser.PostAsync("/pledges/import?handler=Check", content);

        refused.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var shown = await browser.GetAsync(refused.Headers.Location!.ToString());
        shown.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        var document = new HtmlParser().ParseDocument(await shown.Content.ReadAsStringAsync());
        document.QuerySelector("#error-summary a[href='#file']")!.ParentElement!.TextContent.ShouldContain("The file is over the limit of 50 MB.");
        document.QuerySelector("#file")!.GetAttribute("aria-describedby").ShouldBe("file-hint file-error");
    }
}

public sealed class PledgeImportPageTestsOnSqlite(SqliteApp app) : PledgeImportPageTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class PledgeImportPageTestsOnPostgres(PostgresApp app) : PledgeImportPageTests<PostgresApp>(app), IClassFixture<PostgresApp>;

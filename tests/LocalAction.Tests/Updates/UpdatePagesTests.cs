using System.Net;
using System.Net.Http.Headers;
using LocalAction.Tests.Infrastructure;
using LocalAction.Web.Features.Accounts;
using Microsoft.EntityFrameworkCore;
using Shouldly;
using Xunit;
using static LocalAction.Tests.Updates.UpdateTestData;

namespace LocalAction.Tests.Updates;

/// <summary>The update form with files, and the Secretariat's update page, through real form posts on both providers.</summary>
public abstract class UpdatePagesTests<TApp>(TApp app) where TApp : SeededApp
{
    private static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"u8.ToArray();
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];

    private LocalActionFactory F => app.Factory;

    [Fact]
    public async Task A_focal_point_sends_an_update_with_a_document_that_only_pledgers_can_download_before_validation()
    {
        var pledge = await PledgeAsync(F, 10);
        await CampaignAsync(F, [pledge.Id]);
        var (client, _) = await TestAccounts.SignedInClientAsync(F, Roles.FocalPoint, pledge.OrganizationId);

        var response = await PostFormAsync(client, $"/pledges/{pledge.PublicId}/update", Fields(), ("report.pdf", Pdf));
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var updatePage = response.Headers.Location!.OriginalString;
        var html = await client.GetStringAsync(updatePage);
        html.ShouldContain("report.pdf");
        html.ShouldContain("Opened two welcome desks &lt;b&gt;in the port&lt;/b&gt;.");

        await using var scope = F.CreateDbScope();
        var file = await scope.Db.UpdateAttachments.AsNoTracking().SingleAsync(a => a.FileName == "report.pdf" && scope.Db.PledgeUpdates.Any(u => u.Id == a.PledgeUpdateId && u.PledgeId == pledge.Id));
        file.ContentType.ShouldBe("application/pdf");
        var download = await client.GetAsync($"/updates/{file.PledgeUpdateId}/attachments/{file.Id}");
        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await download.Content.ReadAsByteArrayAsync()).ShouldBe(Pdf);
        (await F.CreateClient().GetAsync($"/updates/{file.PledgeUpdateId}/attachments/{file.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("photo.pdf", "png", "is named as PDF but its content is PNG")]
    [InlineData("empty.pdf", "empty", "is empty")]
    [InlineData("tool.exe", "exe", "is not a document or photo we accept")]
    [InlineData("big.pdf", "big", "the limit is 5 MB")]
    public async Task A_bad_file_is_refused_with_its_reason_and_nothing_is_stored(string name, string content, string expected)
    {
        var pledge = await PledgeAsync(F, 11);
        await CampaignAsync(F, [pledge.Id]);
        var (client, _) = await TestAccounts.SignedInClientAsync(F, Roles.FocalPoint, pledge.OrganizationId);
        var bytes = content switch
        {
            "png" => Png,
            "empty" => [],
            "exe" => "MZ\u0090\u0000 this program cannot be run in DOS mode"u8.ToArray(),
            _ => [.. Pdf, .. new byte[5 * 1024 * 1024]],
        };
        var before = await UpdateCountAsync(F, pledge.Id);

        var response = await PostFormAsync(client, $"/pledges/{pledge.PublicId}/update", Fields(), (name, bytes));
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()).ShouldContain(expected);
        (await UpdateCountAsync(F, pledge.Id)).ShouldBe(before);
    }

    [Fact]
    public async Task The_form_says_why_a_pledge_cannot_be_updated()
    {
        var pledge = await PledgeAsync(F, 12);
        var (client, _) = await TestAccounts.SignedInClientAsync(F, Roles.FocalPoint, pledge.OrganizationId);
        var closed = await client.GetAsync($"/pledges/{pledge.PublicId}/update");
        closed.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await closed.Content.ReadAsStringAsync()).ShouldContain("No update campaign is open");
        var (stranger, _) = await TestAccounts.SignedInClientAsync(F, Roles.FocalPoint, await StrangerOrganizationAsync(F, pledge));
        await CampaignAsync(F, [pledge.Id]);
        (await stranger.GetAsync($"/pledges/{pledge.PublicId}/update")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var anonymous = await TestAccounts.BrowserClient(F).GetAsync($"/pledges/{pledge.PublicId}/update");
        anonymous.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        anonymous.Headers.Location!.OriginalString.ShouldContain("/account/sign-in");
    }

    [Fact]
    public async Task A_stale_correction_gets_409_and_keeps_what_the_Secretariat_typed()
    {
        var pledge = await PledgeAsync(F, 13);
        await CampaignAsync(F, [pledge.Id]);
        var (focal, _) = await TestAccounts.SignedInClientAsync(F, Roles.FocalPoint, pledge.OrganizationId);
        var sent = await PostFormAsync(focal, $"/pledges/{pledge.PublicId}/update", Fields());
        var page = sent.Headers.Location!.OriginalString;
        var (secretariat, _) = await TestAccounts.SignedInClientAsync(F, Roles.Secretariat);

        var corrected = Fields("Corrected after the interview", "Version", "1");
        (await TestAccounts.SubmitFormAsync(secretariat, page, corrected, page + "?handler=Correct")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var stale = await TestAccounts.SubmitFormAsync(secretariat, page, Fields("Typed on a page opened earlier", "Version", "1"), page + "?handler=Correct");
        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var html = await stale.Content.ReadAsStringAsync();
        html.ShouldContain("Someone else changed this update");
        html.ShouldContain("Typed on a page opened earlier");

        var html2 = await secretariat.GetStringAsync(page);
        html2.ShouldContain("corrected");
        html2.ShouldContain("Opened two welcome desks &lt;b&gt;in the port&lt;/b&gt;."); // the submitted value is still shown
        (await TestAccounts.SubmitFormAsync(focal, page, Fields(extraKey: "Confirm", extraValue: "true"), page + "?handler=Validate")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    private static Dictionary<string, string> Fields(string results = "Opened two welcome desks <b>in the port</b>.", string? extraKey = null, string? extraValue = null)
    {
        var fields = new Dictionary<string, string>
        {
            ["Input.Stage"] = "in-progress", ["Input.Results"] = results, ["Input.PeopleReachedTotal"] = "800",
            ["Input.MoneyAmount"] = "1000", ["Input.MoneyCurrency"] = "USD", ["Input.ConsentToPublish"] = "yes", ["Input.Challenges"] = "capacity",
        };
        if (extraKey is not null) fields[extraKey] = extraValue!;
        return fields;
    }

    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string url, Dictionary<string, string> fields, params (string Name, byte[] Content)[] files)
    {
        var html = await client.GetStringAsync(url);
        var form = new MultipartFormDataContent { { new StringContent(TestAccounts.AntiforgeryToken(html)), "__RequestVerificationToken" } };
        foreach (var (key, value) in fields) form.Add(new StringContent(value), key);
        foreach (var (name, content) in files)
        {
            var part = new ByteArrayContent(content);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(part, "Files", name);
        }
        return await client.PostAsync(url, form);
    }
}

public sealed class UpdatePagesTestsOnSqlite(SqliteApp app) : UpdatePagesTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class UpdatePagesTestsOnPostgres(PostgresApp app) : UpdatePagesTests<PostgresApp>(app), IClassFixture<PostgresApp>;

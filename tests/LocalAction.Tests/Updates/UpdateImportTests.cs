using System.Net;
using LocalAction.Tests.Infrastructure;
using LocalAction.Web.Features.Accounts;
using LocalAction.Web.Features.Campaigns;
using LocalAction.Web.Features.Pledges;
using LocalAction.Web.Features.Updates.Import;
using Microsoft.EntityFrameworkCore;
using static LocalAction.Tests.Submissions.SubmissionTestData;
using static LocalAction.Tests.Updates.ImportTestFiles;

namespace LocalAction.Tests.Updates;

/// <summary>The bulk update import through the API: dry run, all-or-nothing commit and every kind of bad input, on both providers.</summary>
public abstract class UpdateImportTests<TApp>(TApp app) where TApp : SeededApp
{
    private LocalActionFactory F => app.Factory;

    [Fact]
    public async Task A_dry_run_of_a_good_file_reports_the_ready_rows_and_saves_nothing()
    {
        var (client, pledges, _) = await ArrangeAsync(2);
        var response = await PostAsync(client, Csv(Header, GoodRow(pledges[0]), GoodRow(pledges[1])), "updates.csv", dryRun: true);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var json = await ReadAsync(response);
        json["dryRun"]!.GetValue<bool>().ShouldBeTrue();
        json["rows"]!.GetValue<int>().ShouldBe(2);
        json["ready"]!.GetValue<int>().ShouldBe(2);
        json["errors"]!.AsArray().Count.ShouldBe(0);
        (await UpdatesOfAsync(pledges)).ShouldBe(0);
    }

    [Fact]
    public async Task A_commit_saves_every_row_in_one_go_with_one_audit_event()
    {
        var (client, pledges, _) = await ArrangeAsync(2);
        var response = await PostAsync(client, Csv(Header, GoodRow(pledges[0]), GoodRow(pledges[1].ToLowerInvariant())), "field-visits.csv", dryRun: false);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ReadAsync(response))["imported"]!.GetValue<int>().ShouldBe(2);
        await using var scope = F.CreateDbScope();
        var saved = await scope.Db.PledgeUpdates.Where(u => pledges.Contains(u.Pledge!.PublicId) && u.SourceDocument!.StartsWith(UpdateImport.SourcePrefix)).Include(u => u.Challenges).ToListAsync();
        saved.Count.ShouldBe(2);
        saved.ShouldAllBe(u => u.SourceDocument == "bulk import: field-visits.csv" && u.PeopleReachedTotal == 1200 && u.MoneyMobilizedCurrency == "EUR");
        saved[0].Challenges.Count.ShouldBe(2);
        saved[0].Results.ShouldBe("Two welcome desks opened, 1,200 people advised");
        (await scope.Db.AuditEvents.CountAsync(a => a.Action == "update.imported" && a.Target == "file:field-visits.csv")).ShouldBe(1);
    }

    [Fact]
    public async Task One_bad_row_among_good_ones_is_listed_by_the_dry_run_and_the_commit_saves_nothing()
    {
        var (client, pledges, _) = await ArrangeAsync(3);
        var file = Csv(Header,
            GoodRow(pledges[0]),
            $"{pledges[1]},half-done,Desks,-5,99999999999,-100,XYZ,,,,yes",
            GoodRow(pledges[2]),
            GoodRow(pledges[0]));

        var dry = await PostAsync(client, file, "updates.csv", dryRun: true);
        dry.StatusCode.ShouldBe(HttpStatusCode.OK);
        var json = await ReadAsync(dry);
        json["rows"]!.GetValue<int>().ShouldBe(4);
        json["ready"]!.GetValue<int>().ShouldBe(2);
        var errors = json["errors"]!.AsArray().Select(e => (Row: e!["row"]!.GetValue<int>(), Field: e["field"]!.GetValue<string>(), Message: e["message"]!.GetValue<string>())).ToList();
        errors.Where(e => e.Row == 3).Select(e => e.Field).ShouldBe(["stage", "peopleReachedTotal", "peopleReachedWomen", "moneyAmount", "moneyCurrency"], ignoreOrder: true);
        errors.Single(e => e.Field == "stage").Message.ShouldContain("'half-done'");
        errors.Single(e => e.Field == "peopleReachedTotal").Message.ShouldContain("negative");
        errors.Single(e => e.Field == "peopleReachedWomen").Message.ShouldContain("more than any local pledge");
        errors.Single(e => e.Field == "moneyAmount").Message.ShouldContain("negative");
        errors.Single(e => e.Field == "moneyCurrency").Message.ShouldContain("'XYZ'");
        errors.Single(e => e.Row == 5).Message.ShouldContain("already updated in row 2");

        var commit = await PostAsync(client, file, "updates.csv", dryRun: false);
        commit.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var problem = await ReadAsync(commit);
        problem["detail"]!.GetValue<string>().ShouldContain("no update was imported");
        problem["errors"]!.AsArray().Count.ShouldBe(errors.Count);
        (await UpdatesOfAsync(pledges)).ShouldBe(0);
    }

    [Fact]
    public async Task A_pledge_of_another_organization_is_a_row_error_and_nothing_is_saved()
    {
        var (client, pledges, orgId) = await ArrangeAsync(1);
        var other = await FreshPledgesAsync(1, excludeOrganization: orgId);
        await OpenCampaignAsync(other);

        var response = await PostAsync(client, Csv(Header, GoodRow(pledges[0]), GoodRow(other[0])), "updates.csv", dryRun: false);

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var error = (await ReadAsync(response))["errors"]!.AsArray().Single()!;
        error["row"]!.GetValue<int>().ShouldBe(3);
        error["field"]!.GetValue<string>().ShouldBe("pledge");
        error["message"]!.GetValue<string>().ShouldContain($"You do not act for any organization of the pledge {other[0]}");
        (await UpdatesOfAsync([.. pledges, .. other])).ShouldBe(0);
    }

    [Fact]
    public async Task An_update_after_the_campaign_closed_is_a_row_error_and_nothing_is_saved()
    {
        var (client, pledges, orgId) = await ArrangeAsync(1);
        var late = await FreshPledgesAsync(1, organization: orgId);
        var today = F.Clock.Today;
        await CreateCampaignAsync(late, today.AddDays(-40), today.AddDays(-10));

        var response = await PostAsync(client, Csv(Header, GoodRow(pledges[0]), GoodRow(late[0])), "updates.csv", dryRun: false);

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var error = (await ReadAsync(response))["errors"]!.AsArray().Single()!;
        error["row"]!.GetValue<int>().ShouldBe(3);
        error["message"]!.GetValue<string>().ShouldContain($"updates of {late[0]} are no longer accepted");
        (await UpdatesOfAsync([.. pledges, .. late])).ShouldBe(0);
    }

    [Fact]
    public async Task A_PNG_named_csv_is_refused_with_415_and_what_it_really_is()
    {
        var (client, pledges, _) = await ArrangeAsync(1);
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];
        var response = await PostAsync(client, png, "updates.csv", dryRun: false);

        response.StatusCode.ShouldBe(HttpStatusCode.UnsupportedMediaType);
        (await DetailAsync(response)).ShouldBe("The file 'updates.csv' is not a CSV file: its content is a PNG image.");
        (await UpdatesOfAsync(pledges)).ShouldBe(0);
    }

    [Fact]
    public async Task Binary_or_non_UTF8_content_named_csv_is_refused_with_415()
    {
        var (client, pledges, _) = await ArrangeAsync(1);
        var withNul = Csv(Header, GoodRow(pledges[0]));
        withNul[10] = 0;
        var response = await PostAsync(client, withNul, "updates.csv", dryRun: true);
        response.StatusCode.ShouldBe(HttpStatusCode.UnsupportedMediaType);
        (await DetailAsync(response)).ShouldContain("its content is binary");

        var latin1 = System.Text.Encoding.Latin1.GetBytes(Header + "\r\n" + GoodRow(pledges[0]).Replace("Two", "Deux écoles"));
        var notUtf8 = await PostAsync(client, latin1, "updates.csv", dryRun: true);
        notUtf8.StatusCode.ShouldBe(HttpStatusCode.UnsupportedMediaType);
        (await DetailAsync(notUtf8)).ShouldContain("UTF-8");
    }

    [Fact]
    public async Task A_text_file_named_xlsx_an_old_xls_and_an_exe_are_refused_with_415()
    {
        var (client, pledges, _) = await ArrangeAsync(1);
        var csv = Csv(Header, GoodRow(pledges[0]));

        var lying = await PostAsync(client, csv, "updates.xlsx", dryRun: false);
        lying.StatusCode.ShouldBe(HttpStatusCode.UnsupportedMediaType);
        (await DetailAsync(lying)).ShouldBe("The file 'updates.xlsx' is not an Excel workbook (.xlsx): its content is text.");

        var xls = await PostAsync(client, [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0], "updates.xls", dryRun: false);
        xls.StatusCode.ShouldBe(HttpStatusCode.UnsupportedMediaType);
        (await DetailAsync(xls)).ShouldContain("saved as .xlsx or CSV");

        var exe = await PostAsync(client, [0x4D, 0x5A, 0x90, 0, 3, 0, 0, 0], "updates.exe", dryRun: false);
        exe.StatusCode.ShouldBe(HttpStatusCode.UnsupportedMediaType);
        (await DetailAsync(exe)).ShouldContain("its content is binary");
        (await UpdatesOfAsync(pledges)).ShouldBe(0);
    }

    [Fact]
    public async Task An_empty_file_and_a_header_only_file_are_refused_with_400()
    {
        var (client, pledges, _) = await ArrangeAsync(1);
        var empty = await PostAsync(client, [], "updates.csv", dryRun: false);
        empty.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await DetailAsync(empty)).ShouldStartWith("The file has no update rows");

        var headerOnly = await PostAsync(client, Csv(Header, ",,,", ""), "updates.csv", dryRun: false);
        headerOnly.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await DetailAsync(headerOnly)).ShouldStartWith("The file has no update rows");
        (await UpdatesOfAsync(pledges)).ShouldBe(0);
    }

    [Fact]
    public async Task A_file_over_5_MB_is_refused_with_413_and_its_size()
    {
        var (client, pledges, _) = await ArrangeAsync(1);
        var big = Csv(Header, GoodRow(pledges[0]) + new string(' ', ImportFileReader.MaxBytes));

        var response = await PostAsync(client, big, "updates.csv", dryRun: false);

        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        (await DetailAsync(response)).ShouldBe("The file 'updates.csv' is 5.0 MB; the limit is 5 MB.");
        (await UpdatesOfAsync(pledges)).ShouldBe(0);
    }

    [Fact]
    public async Task Unknown_columns_and_a_missing_pledge_column_are_named()
    {
        var (client, pledges, _) = await ArrangeAsync(1);
        var unknown = await PostAsync(client, Csv(Header + ",budget,Notes", GoodRow(pledges[0]) + ",5,x"), "updates.csv", dryRun: false);
        unknown.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await DetailAsync(unknown)).ShouldStartWith("Unknown columns: 'budget', 'Notes'.");

        var noPledge = await PostAsync(client, Csv("Stage,results,consentToPublish", "planning,Started,yes"), "updates.csv", dryRun: false);
        noPledge.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await DetailAsync(noPledge)).ShouldContain("no 'pledge' column");
        (await UpdatesOfAsync(pledges)).ShouldBe(0);
    }

    [Fact]
    public async Task An_xlsx_workbook_is_imported_like_a_CSV_file()
    {
        var (client, pledges, _) = await ArrangeAsync(2);
        var header = Header.Split(',');
        var workbook = Xlsx([
            header,
            [pledges[0], "fulfilled", "Shelter for 300 families", "950", "400", "12000.5", "usd", null, null, "capacity", "yes"],
            [null, null, null, null, null, null, null, null, null, null, null],
            [pledges[1], "planning", "Survey done", null, null, null, null, null, null, null, "no"],
        ]);

        var dryResponse = await PostAsync(client, workbook, "Updates 2026.xlsx", dryRun: true);
        var dry = await ReadAsync(dryResponse);
        dryResponse.StatusCode.ShouldBe(HttpStatusCode.OK, dry.ToJsonString());
        dry["errors"]!.AsArray().Count.ShouldBe(0);
        dry["ready"]!.GetValue<int>().ShouldBe(2);
        var commit = await PostAsync(client, workbook, "Updates 2026.xlsx", dryRun: false);

        commit.StatusCode.ShouldBe(HttpStatusCode.OK);
        await using var scope = F.CreateDbScope();
        var saved = await scope.Db.PledgeUpdates.Where(u => pledges.Contains(u.Pledge!.PublicId) && u.SourceDocument!.StartsWith(UpdateImport.SourcePrefix)).Include(u => u.Pledge).ToListAsync();
        saved.Count.ShouldBe(2);
        var first = saved.Single(u => u.Pledge!.PublicId == pledges[0]);
        first.PeopleReachedTotal.ShouldBe(950);
        first.MoneyMobilizedAmount.ShouldBe(12000.5m);
        first.MoneyMobilizedCurrency.ShouldBe("USD");
        saved.Single(u => u.Pledge!.PublicId == pledges[1]).ConsentToPublish.ShouldBe(false);
    }

    [Fact]
    public async Task Row_numbers_skip_blank_lines_as_the_spreadsheet_does_and_semicolon_CSV_is_read()
    {
        var (client, pledges, _) = await ArrangeAsync(1);
        var file = Csv("pledge;stage;results;consentToPublish", "", $"{pledges[0]};planning;Started;maybe");
        var json = await ReadAsync(await PostAsync(client, file, "updates.csv", dryRun: true));
        var error = json["errors"]!.AsArray().Single()!;
        error["row"]!.GetValue<int>().ShouldBe(3);
        error["field"]!.GetValue<string>().ShouldBe("consentToPublish");
    }

    [Fact]
    public async Task The_page_checks_a_file_lists_row_errors_and_imports_after_the_same_file_is_chosen_again()
    {
        var (_, pledges, orgId) = await ArrangeAsync(1);
        var (browser, _) = await TestAccounts.SignedInClientAsync(F, Roles.FocalPoint, orgId);
        var token = TestAccounts.AntiforgeryToken(await browser.GetStringAsync("/updates/import"));

        var bad = await PostPageAsync(browser, token, "Check", Csv(Header, GoodRow(pledges[0]).Replace(",EUR,", ",XYZ,")));
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var html = await bad.Content.ReadAsStringAsync();
        html.ShouldContain("id=\"import-errors\"");
        html.ShouldContain("&#x27;XYZ&#x27; is not an ISO 4217 currency code.");

        var good = Csv(Header, GoodRow(pledges[0]));
        var dry = await PostPageAsync(browser, token, "Check", good);
        dry.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await dry.Content.ReadAsStringAsync()).ShouldContain("1 rows are ready to import");
        (await UpdatesOfAsync(pledges)).ShouldBe(0);

        (await PostPageAsync(browser, null, "Import", good)).StatusCode.ShouldBe(HttpStatusCode.BadRequest); // no antiforgery token
        (await UpdatesOfAsync(pledges)).ShouldBe(0);
        var commit = await PostPageAsync(browser, token, "Import", good);
        commit.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await UpdatesOfAsync(pledges)).ShouldBe(1);
        (await browser.GetStringAsync(commit.Headers.Location!.ToString())).ShouldContain("1 updates from &#x27;updates.csv&#x27; were imported");
    }

    private static async Task<HttpResponseMessage> PostPageAsync(HttpClient browser, string? token, string handler, byte[] content)
    {
        using var form = new MultipartFormDataContent();
        if (token is not null) form.Add(new StringContent(token), "__RequestVerificationToken");
        form.Add(new ByteArrayContent(content), "file", "updates.csv");
        return await browser.PostAsync($"/updates/import?handler={handler}", form);
    }

    [Fact]
    public async Task The_template_names_every_column()
    {
        var response = await F.CreateClient().GetAsync("/updates/import/template.csv");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        (await response.Content.ReadAsStringAsync()).Trim('\uFEFF', '\r', '\n').ShouldBe(string.Join(',', ImportColumns.All));
    }

    /// <summary>A focal point's API client and fresh published pledges of their organization, in a campaign open today.</summary>
    private async Task<(HttpClient Client, List<string> Pledges, int OrganizationId)> ArrangeAsync(int count)
    {
        var pledges = await FreshPledgesAsync(count);
        int orgId;
        await using (var scope = F.CreateDbScope())
        {
            var ids = await scope.Db.Pledges.Where(p => p.PublicId == pledges[0]).SelectMany(p => p.Organizations.Select(o => o.OrganizationId)).ToListAsync();
            orgId = ids[0];
        }
        await OpenCampaignAsync(pledges);
        return (await TestAccounts.ApiClientAsync(F, Roles.FocalPoint, orgId), pledges, orgId);
    }

    /// <summary>
    /// Published pledges in no campaign yet (so no other test's campaign or pending update touches them), all of one
    /// organization: the given one, or any but the excluded one.
    /// </summary>
    private async Task<List<string>> FreshPledgesAsync(int count, int? organization = null, int? excludeOrganization = null)
    {
        await using var scope = F.CreateDbScope();
        var candidates = await scope.Db.Pledges.AsNoTracking()
            .Where(p => p.ReviewState == ReviewState.Published && p.Organizations.Count == 1)
            .Where(p => !scope.Db.Set<UpdateCampaignPledge>().Any(c => c.PledgeId == p.Id))
            .Select(p => new { p.PublicId, Org = p.Organizations.Select(o => o.OrganizationId).First() })
            .ToListAsync();
        var group = candidates
            .Where(c => (organization is null || c.Org == organization) && c.Org != excludeOrganization)
            .GroupBy(c => c.Org).OrderByDescending(g => g.Count()).First(g => g.Count() >= count);
        return [.. group.Take(count).Select(c => c.PublicId)];
    }

    private Task OpenCampaignAsync(IReadOnlyList<string> pledges) => CreateCampaignAsync(pledges, F.Clock.Today.AddDays(-5), F.Clock.Today.AddDays(20));

    private async Task CreateCampaignAsync(IReadOnlyList<string> pledges, DateOnly opensOn, DateOnly closesOn)
    {
        await using var scope = F.CreateDbScope();
        var creator = await TestAccounts.CreateUserAsync(F, Roles.Secretariat);
        var campaign = new UpdateCampaign
        {
            Code = $"import-test-{Guid.NewGuid():N}"[..40], Name = "Import test campaign", OpensOn = opensOn, ClosesOn = closesOn,
            CreatedAt = DateTime.UtcNow, CreatedByUserId = creator.Id,
        };
        var ids = await scope.Db.Pledges.Where(p => pledges.Contains(p.PublicId)).Select(p => p.Id).ToListAsync();
        campaign.Pledges.AddRange(ids.Select(id => new UpdateCampaignPledge { PledgeId = id }));
        scope.Db.UpdateCampaigns.Add(campaign);
        await scope.Db.SaveChangesAsync();
    }

    private async Task<int> UpdatesOfAsync(IReadOnlyList<string> pledges)
    {
        await using var scope = F.CreateDbScope();
        // The seed has historic updates of many pledges; only imported ones count here.
        return await scope.Db.PledgeUpdates.CountAsync(u => pledges.Contains(u.Pledge!.PublicId) && u.SourceDocument!.StartsWith(UpdateImport.SourcePrefix));
    }

    private static async Task<string> DetailAsync(HttpResponseMessage response) => (await ReadAsync(response))["detail"]!.GetValue<string>();
}

public sealed class UpdateImportTestsOnSqlite(SqliteApp app) : UpdateImportTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class UpdateImportTestsOnPostgres(PostgresApp app) : UpdateImportTests<PostgresApp>(app), IClassFixture<PostgresApp>;

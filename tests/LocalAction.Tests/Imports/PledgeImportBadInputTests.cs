using System.Net;
using System.Text;
using LocalAction.Tests.Infrastructure;
using LocalAction.Web.Features.Accounts;
using static LocalAction.Tests.Imports.PledgeImportFiles;

namespace LocalAction.Tests.Imports;

/// <summary>
/// Every kind of bad file the pledge import refuses, on both providers: each gets its own message naming the row and the
/// column, the dry run and the commit agree, and nothing is written (every count of the registry is as before).
/// </summary>
public abstract class PledgeImportBadInputTests<TApp>(TApp app) where TApp : SeededApp
{
    private LocalActionFactory F => app.Factory;

    private static string Id() => "bad-" + Guid.NewGuid().ToString("N")[..12];

    /// <summary>Sends the file as a dry run and as a commit; both must refuse it with the same problems and save nothing.</summary>
    private async Task<List<(int Row, string Column, string Message)>> RefusedAsync(byte[] file, string name, HttpStatusCode status = HttpStatusCode.BadRequest)
    {
        var client = await TestAccounts.ApiClientAsync(F, Roles.Secretariat);
        var before = await CountsAsync(F);
        var dry = await PostAsync(client, file, name, dryRun: true);
        var commit = await PostAsync(client, file, name, dryRun: false);
        var body = await commit.Content.ReadAsStringAsync();
        dry.StatusCode.ShouldBe(status, await dry.Content.ReadAsStringAsync());
        commit.StatusCode.ShouldBe(status, body);
        (await CountsAsync(F)).ShouldBe(before);
        var errors = await ErrorsAsync(commit);
        (await ErrorsAsync(dry)).ShouldBe(errors);
        foreach (var e in errors) Console.WriteLine($"IMPORT-ERROR {e}");
        return errors;
    }

    private async Task<string> RefusedFileAsync(byte[] file, string name, HttpStatusCode status)
    {
        await RefusedAsync(file, name, status);
        var client = await TestAccounts.ApiClientAsync(F, Roles.Secretariat);
        return (await ReadAsync(await PostAsync(client, file, name, dryRun: false)))["detail"]!.GetValue<string>();
    }

    [Fact]
    public async Task A_file_mixing_UTF8_and_Latin1_is_refused_at_the_cell_that_is_not_UTF8()
    {
        var good = Encoding.UTF8.GetBytes(Header + "\r\n" + Row(Id(), title: "Acogida en Bogotá") + "\r\n");
        var latin = Encoding.Latin1.GetBytes(Row(Id(), title: "Accueil à Genève") + "\r\n");

        var error = (await RefusedAsync([.. good, .. latin], "mixed.csv")).Single();

        (error.Row, error.Column).ShouldBe((3, "title"));
        error.Message.ShouldContain("not UTF-8 while the rest of the file is UTF-8");
    }

    [Fact]
    public async Task UTF16_text_is_refused_with_what_to_save_instead()
    {
        var file = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Header + "\r\n" + Row(Id()) + "\r\n")).ToArray();

        var detail = await RefusedFileAsync(file, "pledges.csv", HttpStatusCode.UnsupportedMediaType);

        detail.ShouldBe("The file 'pledges.csv' is not a CSV file: its content is UTF-16 text (in Excel, save as \"CSV UTF-8\").");
    }

    [Fact]
    public async Task A_row_written_with_commas_in_a_semicolon_file_is_named_with_its_row_and_column()
    {
        var header = "external_id,title,round,lead_organization_id,priorities";
        var file = Csv(header.Replace(',', ';'), $"{Id()};Desks, and more;imrf-2026;bogota;3, 5", $"{Id()},Desks,imrf-2026,bogota,3");

        var error = (await RefusedAsync(file, "pledges.csv")).Single();

        (error.Row, error.Column).ShouldBe((3, "external_id"));
        error.Message.ShouldBe("This row is separated by ',' while the header row uses ';': the file mixes delimiters. Save it again with one delimiter.");
    }

    [Fact]
    public async Task A_header_row_mixing_delimiters_is_refused()
    {
        var detail = await RefusedFileAsync(Csv("external_id;title,round;lead_organization_id", $"{Id()};Desks;imrf-2026;bogota"), "pledges.csv", HttpStatusCode.BadRequest);

        detail.ShouldBe("The header row (row 1) mixes ',' / ';' as delimiters: use one delimiter for the whole file.");
    }

    [Fact]
    public async Task Missing_required_columns_are_each_named_in_row_1()
    {
        var errors = await RefusedAsync(Csv("description,compact", "Desks,gcm"), "pledges.csv");

        errors.Select(e => (e.Row, e.Column)).ShouldBe([(1, "public_id"), (1, "title"), (1, "round"), (1, "lead_organization_id")]);
        errors[2].Message.ShouldBe("The file has no column for the round (its code, e.g. imrf-2026): add a column named 'round', 'Round (code)', 'Cycle (code)', 'Ronda (código)'.");
    }

    [Fact]
    public async Task An_unknown_column_is_named_in_row_1()
    {
        var error = (await RefusedAsync(Csv(Header + ",Budgett", Row(Id()) + ",5"), "pledges.csv")).Single();

        (error.Row, error.Column).ShouldBe((1, "Budgett"));
        error.Message.ShouldStartWith("Unknown column 'Budgett'");
    }

    [Fact]
    public async Task Unknown_codes_are_each_named_by_row_and_column()
    {
        var header = "external_id,title,round,lead_organization_id,compact,stage,kind,beneficiaries,priorities,gcm_objectives,gcr_areas,sdgs,country_code,budget_amount,budget_currency";
        var file = Csv(header,
            $"{Id()},Desks,imrf-2026,bogota,gcm,planning,individual,migrants,3,7,education,10,CO,100,EUR",
            $"{Id()},Desks,imrf-2099,bogota,both,asleep,solo,aliens,9,24,space,18,XX,100,XYZ");

        var errors = await RefusedAsync(file, "pledges.csv");

        errors.ShouldAllBe(e => e.Row == 3);
        errors.Select(e => e.Column).ShouldBe(
            ["round", "compact", "kind", "stage", "budget_currency", "country_code", "beneficiaries", "priorities", "gcm_objectives", "gcr_areas", "sdgs"], ignoreOrder: true);
        errors.Single(e => e.Column == "priorities").Message.ShouldBe("'9' is not a valid choice: use one of 1–8.");
        errors.Single(e => e.Column == "gcm_objectives").Message.ShouldBe("'24' is not a valid choice: use one of 1–23.");
        errors.Single(e => e.Column == "sdgs").Message.ShouldBe("'18' is not a valid choice: use one of 1–17.");
        errors.Single(e => e.Column == "compact").Message.ShouldBe("'both' is not a valid choice: use one of gcm, gcr, mirror, idp-only.");
        errors.Single(e => e.Column == "country_code").Message.ShouldStartWith("'XX' is not an ISO 3166-1 country code");
        errors.Single(e => e.Column == "round").Message.ShouldBe("'imrf-2099' is not a known round.");
    }

    [Fact]
    public async Task The_same_id_twice_in_one_file_is_refused_at_its_second_row()
    {
        var id = Id();
        var errors = await RefusedAsync(Csv(Header, Row(id), Row(Id()), Row(id, title: "Another title")), "pledges.csv");

        var error = errors.Single();
        (error.Row, error.Column).ShouldBe((4, "external_id"));
        error.Message.ShouldBe($"The external id '{id}' is already in row 2: give one row per pledge.");

        var publicIds = await RefusedAsync(Csv("public_id,title,round,lead_organization_id", "CLA-2026-0900,A,imrf-2026,bogota", "cla-2026-0900,B,imrf-2026,bogota"), "pledges.csv");
        publicIds.Single().ShouldBe((3, "public_id", "The pledge CLA-2026-0900 is already in row 2: give one row per pledge."));
    }

    [Fact]
    public async Task A_formula_is_refused_where_it_stands_while_the_exports_guarded_text_is_taken_as_text()
    {
        var errors = await RefusedAsync(Csv(Header, Row(Id(), title: "\"=HYPERLINK(\"\"http://x\"\")\""), Row(Id(), title: "@SUM(A1:A3)")), "pledges.csv");

        errors.Select(e => (e.Row, e.Column)).ShouldBe([(2, "title"), (3, "title")]);
        errors[0].Message.ShouldStartWith("This cell holds a formula (=HYPERLINK(\"http://x\")): import values only.");

        var client = await TestAccounts.ApiClientAsync(F, Roles.Secretariat);
        var id = Id();
        var guarded = await PostAsync(client, Csv(Header, Row(id, title: "'=1+1 is not a formula")), "pledges.csv", dryRun: false);
        guarded.StatusCode.ShouldBe(HttpStatusCode.OK, await guarded.Content.ReadAsStringAsync());
        (await PledgeAsync(F, externalId: id)).Title.ShouldBe("=1+1 is not a formula");
    }

    [Fact]
    public async Task A_formula_cell_of_a_workbook_is_refused_where_it_stands()
    {
        var workbook = Updates.ImportTestFiles.Xlsx([
            ["external_id", "title", "round", "lead_organization_id", "budget_amount", "budget_currency"],
            [Id(), "Desks", "imrf-2026", "bogota", "=SUM(A1:A3)", "EUR"],
        ], formulas: true);

        var error = (await RefusedAsync(workbook, "pledges.xlsx")).Single();

        (error.Row, error.Column).ShouldBe((2, "budget_amount"));
        error.Message.ShouldStartWith("This cell holds a formula (=SUM(A1:A3)): import values only.");
    }

    [Fact]
    public async Task A_truncated_workbook_is_refused_as_incomplete()
    {
        var workbook = Updates.ImportTestFiles.Xlsx([["external_id", "title", "round", "lead_organization_id"], [Id(), "Desks", "imrf-2026", "bogota"]]);

        var detail = await RefusedFileAsync(workbook[..(workbook.Length * 2 / 3)], "pledges.xlsx", HttpStatusCode.BadRequest);

        detail.ShouldStartWith("The workbook 'pledges.xlsx' is incomplete: it ends before the table of contents every workbook ends with");
    }

    [Fact]
    public async Task A_file_of_another_type_is_refused_with_415_and_what_it_is()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];

        var detail = await RefusedFileAsync(png, "pledges.csv", HttpStatusCode.UnsupportedMediaType);

        detail.ShouldBe("The file 'pledges.csv' is not a CSV file: its content is a PNG image.");
    }

    [Fact]
    public async Task A_row_without_any_id_and_an_external_id_of_another_pledge_are_refused()
    {
        var client = await TestAccounts.ApiClientAsync(F, Roles.Secretariat);
        var taken = Id();
        (await PostAsync(client, Csv(Header, Row(taken)), "pledges.csv", dryRun: false)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var owner = (await PledgeAsync(F, externalId: taken)).PublicId;

        var errors = await RefusedAsync(Csv("public_id,external_id,title,round,lead_organization_id",
            ",,Desks,imrf-2026,bogota",
            $"CLA-2026-0901,{taken},Desks,imrf-2026,bogota",
            $"CLA-2022-0902,{Id()},Desks,imrf-2026,bogota"), "pledges.csv");

        errors.Select(e => (e.Row, e.Column)).ShouldBe([(2, "public_id"), (3, "external_id"), (4, "public_id")]);
        errors[0].Message.ShouldStartWith("Give the pledge's public id (to update a pledge of the registry) or an external id");
        errors[1].Message.ShouldBe($"The external id '{taken}' belongs to the pledge {owner}, not CLA-2026-0901.");
        errors[2].Message.ShouldBe("The id CLA-2022-0902 is not numbered in the year of its round imrf-2026 (2026): pledge ids take their round's year.");
    }

    [Fact]
    public async Task A_header_only_file_is_refused_as_empty()
    {
        var detail = await RefusedFileAsync(Csv(Header, ",,,,", ""), "pledges.csv", HttpStatusCode.BadRequest);

        detail.ShouldBe("The file has no pledge rows: under the header row, give one row per pledge.");
    }
}

public sealed class PledgeImportBadInputTestsOnSqlite(SqliteApp app) : PledgeImportBadInputTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class PledgeImportBadInputTestsOnPostgres(PostgresApp app) : PledgeImportBadInputTests<PostgresApp>(app), IClassFixture<PostgresApp>;

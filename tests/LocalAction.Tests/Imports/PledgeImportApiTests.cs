using System.Net;
using System.Net.Http.Headers;
using System.Text;
using LocalAction.Tests.Infrastructure;
using LocalAction.Web.Features.Accounts;
using LocalAction.Web.Features.Pledges;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static LocalAction.Tests.Imports.PledgeImportFiles;

namespace LocalAction.Tests.Imports;

/// <summary>The pledge import through the API on the seeded registry: dry run, upsert, idempotence, encodings and layouts.</summary>
public abstract class PledgeImportApiTests<TApp>(TApp app) where TApp : SeededApp
{
    private LocalActionFactory F => app.Factory;

    private static string Id() => "ext-" + Guid.NewGuid().ToString("N")[..12];

    private Task<HttpClient> SecretariatAsync() => TestAccounts.ApiClientAsync(F, Roles.Secretariat);

    [Fact]
    public async Task A_dry_run_says_what_would_change_and_saves_nothing()
    {
        var client = await SecretariatAsync();
        var before = await CountsAsync(F);

        var response = await PostAsync(client, Csv(Header, Row(Id()), Row(Id(), title: "Language classes")), "pledges.csv", dryRun: true);

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var json = await ReadAsync(response);
        json["dryRun"]!.GetValue<bool>().ShouldBeTrue();
        json["committed"]!.GetValue<bool>().ShouldBeFalse();
        json["rows"]!.GetValue<int>().ShouldBe(2);
        json["created"]!.GetValue<int>().ShouldBe(2);
        (await CountsAsync(F)).ShouldBe(before);
    }

    [Fact]
    public async Task New_pledges_get_the_next_public_ids_and_a_second_import_of_the_same_file_changes_nothing()
    {
        var client = await SecretariatAsync();
        var (a, b) = (Id(), Id());
        var file = Csv(Header, Row(a), Row(b, title: "Language classes", priorities: "5", compact: "mirror"));

        var first = await PostAsync(client, file, "new-pledges.csv", dryRun: false);
        first.StatusCode.ShouldBe(HttpStatusCode.OK, await first.Content.ReadAsStringAsync());
        (await ReadAsync(first))["created"]!.GetValue<int>().ShouldBe(2);
        var pledge = await PledgeAsync(F, externalId: a);
        pledge.PublicId.ShouldStartWith("CLA-2026-");
        pledge.ReviewState.ShouldBe(ReviewState.Published);
        pledge.Version.ShouldBe(1);
        pledge.Title.ShouldBe("Welcome desks in every district");
        pledge.BudgetAmount.ShouldBe(250000m);
        pledge.Priorities.Select(p => p.PriorityNumber).ShouldBe([3, 5], ignoreOrder: true);
        // Without a gcm_objectives column a new pledge gets what its priorities map to (3 → 7, 5 → 16), derived.
        pledge.GcmObjectives.Select(g => (g.GcmObjectiveNumber, g.Origin)).ShouldBe([(7, MappingOrigin.Derived), (16, MappingOrigin.Derived)], ignoreOrder: true);
        pledge.SourceDocument.ShouldBe("import");
        pledge.SourceSection.ShouldBe("new-pledges.csv, row 2");
        (await RevisionsAsync(F, pledge.Id)).Select(r => r.Action).ShouldBe(["created"]);
        var second = await PledgeAsync(F, externalId: b);
        int.Parse(second.PublicId[9..]).ShouldBe(int.Parse(pledge.PublicId[9..]) + 1);
        (await ImportAuditAsync(F)).Last().Detail.ShouldBe("2 created, 0 updated, 0 unchanged, 0 organizations created");

        var before = await CountsAsync(F);
        var again = await PostAsync(client, file, "new-pledges.csv", dryRun: false);
        again.StatusCode.ShouldBe(HttpStatusCode.OK);
        var json = await ReadAsync(again);
        (json["created"]!.GetValue<int>(), json["updated"]!.GetValue<int>(), json["unchanged"]!.GetValue<int>()).ShouldBe((0, 0, 2));
        var after = await CountsAsync(F);
        (after with { AuditEvents = before.AuditEvents }).ShouldBe(before);
        (await PledgeAsync(F, externalId: a)).Version.ShouldBe(1);

        var edited = await PostAsync(client, Csv(Header, Row(a, title: "Welcome desks in every district and online"), Row(b, title: "Language classes", priorities: "5", compact: "mirror")),
            "new-pledges.csv", dryRun: false);
        edited.StatusCode.ShouldBe(HttpStatusCode.OK);
        ((await ReadAsync(edited))["updated"]!.GetValue<int>(), (await ReadAsync(edited))["unchanged"]!.GetValue<int>()).ShouldBe((1, 1));
        var updated = await PledgeAsync(F, externalId: a);
        (updated.Title, updated.Version, updated.PublicId).ShouldBe(("Welcome desks in every district and online", 2, pledge.PublicId));
        (await RevisionsAsync(F, pledge.Id)).Select(r => (r.Action, r.EntityVersion)).ShouldBe([("created", 1), ("revised", 2)]);
    }

    [Fact]
    public async Task A_stored_pledge_is_updated_by_its_public_id_and_columns_the_file_lacks_stay_as_they_were()
    {
        var client = await SecretariatAsync();
        string publicId, lead, round, description;
        await using (var scope = F.CreateDbScope())
        {
            var p = await scope.Db.Pledges.Include(x => x.Organizations).ThenInclude(o => o.Organization).Include(x => x.Round)
                .Where(x => x.Title != null && x.Description != null && x.ExternalId == null && !x.PublicId.StartsWith("CLA-2026")).OrderBy(x => x.Id).FirstAsync();
            (publicId, lead, round, description) = (p.PublicId, p.Organizations.Single(o => o.Role == PledgeRole.Lead).Organization!.Slug, p.Round!.Code, p.Description!);
        }
        var stored = await PledgeAsync(F, publicId);
        var externalId = Id();

        var response = await PostAsync(client, Csv("public_id,external_id,title,round,lead_organization_id", $"{publicId},{externalId},A clearer title,{round},{lead}"),
            "corrections.csv", dryRun: false);

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        (await ReadAsync(response))["updated"]!.GetValue<int>().ShouldBe(1);
        var updated = await PledgeAsync(F, publicId);
        (updated.Title, updated.ExternalId, updated.Description, updated.Version).ShouldBe(("A clearer title", externalId, description, stored.Version + 1));
        updated.Priorities.Select(x => x.PriorityNumber).ShouldBe(stored.Priorities.Select(x => x.PriorityNumber), ignoreOrder: true);
        (await RevisionsAsync(F, updated.Id)).Last().Reason.ShouldBe("Imported from corrections.csv, row 2");

        // Found again by the external id it now has.
        var byExternal = await PostAsync(client, Csv("external_id,title,round,lead_organization_id", $"{externalId},A clearer title,{round},{lead}"), "again.csv", dryRun: true);
        ((await ReadAsync(byExternal))["unchanged"]!.GetValue<int>()).ShouldBe(1);
    }

    [Fact]
    public async Task French_headers_with_semicolons_in_Windows_1252_are_read_with_their_accents()
    {
        var client = await SecretariatAsync();
        var externalId = Id();
        var text = "Identifiant externe;Titre;Cycle (code);Organisation cheffe de file (identifiant);Priorités (numéros);Pacte (code);Montant du budget;Devise du budget\r\n"
            + $"{externalId};Accueil des réfugiés à Bogotá – « bienvenue »;imrf-2026;bogota;3, 5;gcm;1500.5;EUR\r\n";
        var latin = Encoding.GetEncoding(1252).GetBytes(text);

        var response = await PostAsync(client, latin, "engagements.csv", dryRun: false);

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var pledge = await PledgeAsync(F, externalId: externalId);
        pledge.Title.ShouldBe("Accueil des réfugiés à Bogotá – « bienvenue »");
        pledge.BudgetAmount.ShouldBe(1500.5m);
        pledge.Priorities.Count.ShouldBe(2);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task UTF8_is_read_with_or_without_a_byte_order_mark(bool bom)
    {
        var client = await SecretariatAsync();
        var externalId = Id();
        var body = Csv(Header, Row(externalId, title: "Acogida en Bogotá y Medellín"));
        var file = bom ? [.. Encoding.UTF8.GetPreamble(), .. body] : body;

        var response = await PostAsync(client, file, "pledges.csv", dryRun: false);

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        (await PledgeAsync(F, externalId: externalId)).Title.ShouldBe("Acogida en Bogotá y Medellín");
    }

    [Fact]
    public async Task An_organization_the_registry_lacks_is_created_from_the_row_and_one_without_a_name_is_refused()
    {
        var client = await SecretariatAsync();
        var slug = "villa-" + Guid.NewGuid().ToString("N")[..8] + "-co";
        var header = "external_id,title,round,lead_organization_id,lead_organization,lead_organization_kind,country_code,location";

        var refused = await PostAsync(client, Csv(header, $"{Id()},Shelter,imrf-2026,{slug},,,CO,"), "pledges.csv", dryRun: false);
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var error = (await ErrorsAsync(refused)).Single();
        (error.Row, error.Column).ShouldBe((2, "lead_organization_id"));
        error.Message.ShouldContain($"There is no organization with the id '{slug}'");

        var created = await PostAsync(client, Csv(header, $"{Id()},Shelter,imrf-2026,{slug},Villa Nueva,city,CO,\"Cundinamarca, CO\""), "pledges.csv", dryRun: false);
        created.StatusCode.ShouldBe(HttpStatusCode.OK, await created.Content.ReadAsStringAsync());
        (await ReadAsync(created))["organizationsCreated"]!.GetValue<int>().ShouldBe(1);
        var organization = (await OrganizationAsync(F, slug))!;
        (organization.Name, organization.Kind, organization.CountryCode, organization.LocationAsWritten)
            .ShouldBe(("Villa Nueva", LocalAction.Web.Features.Organizations.OrganizationKind.CityOrMunicipality, "CO", "Cundinamarca, CO"));
    }

    [Fact]
    public async Task The_sign_in_cookie_and_other_roles_are_refused()
    {
        var bytes = Csv(Header, Row(Id()));
        (await PostAsync(F.CreateClient(), bytes, "pledges.csv", dryRun: true)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        var (browser, _) = await TestAccounts.SignedInClientAsync(F, Roles.Secretariat);
        (await PostAsync(browser, bytes, "pledges.csv", dryRun: true)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        var focalPoint = await TestAccounts.ApiClientAsync(F, Roles.FocalPoint);
        var forbidden = await PostAsync(focalPoint, bytes, "pledges.csv", dryRun: false);
        forbidden.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await ReadAsync(forbidden))["detail"]!.GetValue<string>().ShouldBe("Only the Secretariat imports pledges.");

        (await PostAsync(await TestAccounts.ApiClientAsync(F, Roles.Administrator), bytes, "pledges.csv", dryRun: true)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    /// <summary>
    /// The size tests need a real server and a plain client: the in-memory test server copies a request's whole body whatever
    /// the app does. Over sockets, a client that waits for "100 Continue" (as curl does for large files) never sends a body
    /// the app refuses.
    /// </summary>
    private async Task<(LocalActionFactory Server, HttpClient Client)> KestrelAsync()
    {
        var server = new LocalActionFactory(F.Settings);
        server.UseKestrel(0);
        server.StartServer();
        var address = server.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var user = await TestAccounts.CreateUserAsync(server, Roles.Secretariat);
        // Waits for the server's answer to "Expect: 100-continue" however busy the machine is, as curl waits for its own.
        var client = new HttpClient(new SocketsHttpHandler { Expect100ContinueTimeout = TimeSpan.FromSeconds(60) }) { BaseAddress = new Uri(address) };
        return (server, TestAccounts.WithToken(client, await TestAccounts.CreateTokenAsync(server, user)));
    }

    private static (HttpRequestMessage Request, LargeUpload Body) GigabyteRequest()
    {
        var body = new LargeUpload(1L << 30);
        var request = new HttpRequestMessage(HttpMethod.Post, Url + "?dryRun=false") { Content = new StreamContent(body) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse($"multipart/form-data; boundary={LargeUpload.Boundary}");
        return (request, body);
    }

    [Fact]
    public async Task A_one_gigabyte_upload_is_refused_with_413_before_its_body_is_read()
    {
        var (server, client) = await KestrelAsync();
        await using var _ = server;
        var before = await CountsAsync(F);
        var (request, body) = GigabyteRequest();
        request.Content!.Headers.ContentLength = body.Length;
        request.Headers.ExpectContinue = true;

        var response = await client.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        (await ReadAsync(response))["detail"]!.GetValue<string>().ShouldBe("The request is 1,024.0 MB; the file's limit is 50 MB.");
        body.BytesRead.ShouldBeLessThan(1 << 20);
        (await CountsAsync(F)).ShouldBe(before);
    }

    [Fact]
    public async Task An_upload_without_a_length_is_cut_off_at_the_limit()
    {
        var (server, client) = await KestrelAsync();
        await using var _ = server;
        var before = await CountsAsync(F);
        var (request, body) = GigabyteRequest();
        request.Headers.TransferEncodingChunked = true;

        HttpResponseMessage? response = null;
        try
        {
            response = await client.SendAsync(request);
        }
        catch (HttpRequestException)
        {
            // The server may close the connection while the client is still sending; what matters is how much it took.
        }

        if (response is not null) response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        body.BytesRead.ShouldBeLessThan(60L << 20);
        (await CountsAsync(F)).ShouldBe(before);
    }
}

public sealed class PledgeImportApiTestsOnSqlite(SqliteApp app) : PledgeImportApiTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class PledgeImportApiTestsOnPostgres(PostgresApp app) : PledgeImportApiTests<PostgresApp>(app), IClassFixture<PostgresApp>;

using System.IO.Compression;
using System.Net;
using LocalAction.Tests.Infrastructure;
using LocalAction.Web.Features.Accounts;
using LocalAction.Web.Features.Pledges;
using LocalAction.Web.Features.Search;
using LocalAction.Web.Features.Updates;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static LocalAction.Tests.Imports.PledgeImportFiles;

namespace LocalAction.Tests.Imports;

/// <summary>
/// Export, import into an empty registry (taxonomies and rounds only), export again: the same file. The source is the seeded
/// registry (its registration-only records, joint pledges, partners) plus pledges made to be awkward (formula-like and
/// quoted text, line breaks, other scripts, explicit and derived links, organizations the target lacks). The pledge import
/// does not carry updates, so the source's validated updates are set aside first: their figures are derived columns.
/// </summary>
public abstract class PledgeImportRoundTripTests<TApp>(TApp app) where TApp : SeededApp
{
    private LocalActionFactory F => app.Factory;

    private const string AwkwardHeader =
        "external_id,title,description,original_language,round,compact,kind,stage,completeness,start_year,end_year,ongoing,budget_amount,budget_currency,pledged_on,"
        + "lead_organization_id,lead_organization,lead_organization_kind,country_code,location,co_pledger_ids,co_pledgers,co_pledger_kinds,co_pledger_country_codes,"
        + "partners,partner_types,beneficiaries,priorities,gcm_objectives,gcm_objectives_explicit,guiding_principles,guiding_principles_explicit,"
        + "gcr_objectives,gcr_objectives_explicit,gcr_areas,gcr_areas_explicit,sdgs,sdgs_explicit,source,source_section,source_note";

    private static readonly string[] AwkwardRows =
    [
        "rt-1,\"'=1+1, \"\"quoted\"\"; and semicolons\",\"Line one\nLíne two — ünïcødé 🌍 مرحبا\",fr,imrf-2026,mirror,city-to-city,in-progress,documented,2026,,true,1000.50,EUR,2026-03-01,"
            + "rt-villa-redonda-co,\"Villa Redonda, Norte\",city,CO,\"Cundinamarca, CO\",bogota; rt-network,Bogotá; Red de Ciudades RT,city; network,CO; ,"
            + "UNHCR; Cruz Roja,un-agency; ,migrants; refugees; host-community,3; 5,7; 16; 2,2,a; c,a; c,1,1,"
            + "protection-capacity; solutions; jobs-livelihoods; education,education,1; 5; 8; 10; 11; 16; 17; 4,4,partner-register.xlsx,Sheet 2,Checked by phone",
        "rt-2,''=x,,,grf-2023,,individual,,documented,,,,,,,bogota,,,,,,,,,,,,,,,,,,,,,,,,,",
        "rt-3,,,,imrf-2022,gcr,network,fulfilled,not-documented,2022,2024,false,,,,rt-network,Red de Ciudades RT,network,,,,,,,Local NGO,civil-society,idps,8,,,,,,,,,,,,,",
    ];

    private async Task PrepareSourceAsync()
    {
        await using (var scope = F.CreateDbScope())
        {
            await scope.Db.PledgeUpdates.Where(u => u.Status == UpdateStatus.Validated).ExecuteUpdateAsync(s => s.SetProperty(u => u.Status, UpdateStatus.Rejected));
        }
        var client = await TestAccounts.ApiClientAsync(F, Roles.Secretariat);
        var response = await PostAsync(client, Csv([AwkwardHeader, .. AwkwardRows]), "awkward.csv", dryRun: false);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        await FreshIndexAsync(F);
    }

    [Theory]
    [InlineData("csv", "en")]
    [InlineData("csv", "fr")]
    [InlineData("hxl", "es")]
    public async Task A_CSV_export_imported_into_an_empty_registry_exports_the_same_bytes(string format, string language)
    {
        await PrepareSourceAsync();
        var exported = await F.CreateClient().GetByteArrayAsync($"/api/v1/exports/pledges?format={format}&lang={language}");
        var (database, target) = await EmptyRegistryAsync(app.Provider);
        await using var _ = database;
        await using var __ = target;

        var client = await TestAccounts.ApiClientAsync(target, Roles.Secretariat);
        var response = await PostAsync(client, exported, $"export.{(format == "hxl" ? "hxl.csv" : "csv")}", dryRun: false);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var json = await ReadAsync(response);
        json["created"]!.GetValue<int>().ShouldBe(json["rows"]!.GetValue<int>(), json.ToJsonString());
        json["created"]!.GetValue<int>().ShouldBeGreaterThan(124);

        await FreshIndexAsync(target);
        var again = await target.CreateClient().GetByteArrayAsync($"/api/v1/exports/pledges?format={format}&lang={language}");
        FirstDifference(Lines(again), Lines(exported)).ShouldBeNull();
        again.ShouldBe(exported);
    }

    [Fact]
    public async Task An_Excel_export_imported_into_an_empty_registry_exports_the_same_workbook()
    {
        await PrepareSourceAsync();
        var exported = await F.CreateClient().GetByteArrayAsync("/api/v1/exports/pledges?format=xlsx");
        var (database, target) = await EmptyRegistryAsync(app.Provider);
        await using var _ = database;
        await using var __ = target;

        var client = await TestAccounts.ApiClientAsync(target, Roles.Secretariat);
        var response = await PostAsync(client, exported, "export.xlsx", dryRun: false);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());

        await FreshIndexAsync(target);
        var again = await target.CreateClient().GetByteArrayAsync("/api/v1/exports/pledges?format=xlsx");
        // Part by part first, so a failure shows the row at fault; then the whole file (its parts carry a fixed time).
        var (parts, expected) = (Parts(again), Parts(exported));
        parts.Select(p => p.Name).ShouldBe(expected.Select(p => p.Name));
        for (var i = 0; i < parts.Count; i++) FirstDifference(Lines(parts[i].Content, "</row>"), Lines(expected[i].Content, "</row>")).ShouldBeNull(parts[i].Name);
        again.ShouldBe(exported);
    }

    private static string[] Lines(byte[] csv) => Lines(System.Text.Encoding.UTF8.GetString(csv), "\r\n");

    private static string[] Lines(string text, string separator) => text.Split(separator);

    /// <summary>The first line that differs, both ways, so a failure shows the row at fault rather than two whole files.</summary>
    private static string? FirstDifference(string[] actual, string[] expected)
    {
        for (var i = 0; i < Math.Max(actual.Length, expected.Length); i++)
        {
            var (a, e) = (i < actual.Length ? actual[i] : "(none)", i < expected.Length ? expected[i] : "(none)");
            if (a != e) return $"line {i + 1}:\n  again:    {a}\n  exported: {e}";
        }
        return null;
    }

    /// <summary>Exports read the search index, which is rebuilt in the background after an import: wait until it has every pledge.</summary>
    private static async Task FreshIndexAsync(LocalActionFactory factory)
    {
        var index = factory.Services.GetRequiredService<SearchIndex>();
        int published;
        await using (var scope = factory.CreateDbScope()) published = await scope.Db.Pledges.CountAsync(p => p.ReviewState == ReviewState.Published);
        for (var attempt = 0; attempt < 100 && (await index.GetAsync()).Pledges.Count != published; attempt++) await Task.Delay(100);
    }

    private static List<(string Name, string Content)> Parts(byte[] workbook)
    {
        using var zip = new ZipArchive(new MemoryStream(workbook), ZipArchiveMode.Read);
        return [.. zip.Entries.Select(e =>
        {
            using var reader = new StreamReader(e.Open());
            return (e.FullName, reader.ReadToEnd());
        })];
    }
}

public sealed class PledgeImportRoundTripTestsOnSqlite(SqliteApp app) : PledgeImportRoundTripTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class PledgeImportRoundTripTestsOnPostgres(PostgresApp app) : PledgeImportRoundTripTests<PostgresApp>(app), IClassFixture<PostgresApp>;

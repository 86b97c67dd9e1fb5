using System.Text;
using System.Text.Json.Nodes;
using LocalAction.Tests.Infrastructure;
using LocalAction.Web.Data.Seed;
using LocalAction.Web.Features.Audit;
using LocalAction.Web.Features.Organizations;
using LocalAction.Web.Features.Pledges;
using LocalAction.Web.Features.Revisions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalAction.Tests.Imports;

/// <summary>Pledge import files for the tests, the upload, and what the database holds before and after.</summary>
public static class PledgeImportFiles
{
    public const string Url = "/api/v1/pledges/import";

    public const string Header = "external_id,title,description,round,lead_organization_id,compact,stage,priorities,beneficiaries,start_year,budget_amount,budget_currency";

    /// <summary>A complete row of a new pledge of Bogotá, identified by <paramref name="externalId"/>.</summary>
    public static string Row(string externalId, string title = "Welcome desks in every district", string round = "imrf-2026", string lead = "bogota",
        string compact = "gcm", string stage = "planning", string priorities = "3; 5", string beneficiaries = "migrants; refugees", string startYear = "2026",
        string budget = "250000", string currency = "COP") =>
        $"{externalId},{title},\"Desks open five days a week, with interpreters.\",{round},{lead},{compact},{stage},{priorities},{beneficiaries},{startYear},{budget},{currency}";

    public static byte[] Csv(params string[] lines) => Updates.ImportTestFiles.Csv(lines);

    public static Task<HttpResponseMessage> PostAsync(HttpClient client, byte[] content, string fileName, bool dryRun) =>
        Updates.ImportTestFiles.PostAsync(client, content, fileName, dryRun, Url);

    public static async Task<JsonObject> ReadAsync(HttpResponseMessage response) => JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();

    public static async Task<List<(int Row, string Column, string Message)>> ErrorsAsync(HttpResponseMessage response) =>
        [.. (await ReadAsync(response))["errors"]!.AsArray()
            .Select(e => (e!["row"]!.GetValue<int>(), e["column"]!.GetValue<string>(), e["message"]!.GetValue<string>()))];

    /// <summary>Everything an import could write: a refused file must leave each count as it was.</summary>
    public sealed record Counts(int Pledges, int Revisions, int Organizations, int Links, int AuditEvents);

    public static async Task<Counts> CountsAsync(LocalActionFactory factory)
    {
        await using var scope = factory.CreateDbScope();
        var db = scope.Db;
        return new Counts(await db.Pledges.CountAsync(), await db.Revisions.CountAsync(), await db.Organizations.CountAsync(),
            await db.Set<PledgeOrganization>().CountAsync() + await db.Set<PledgePriority>().CountAsync() + await db.Set<PledgePartner>().CountAsync(),
            await db.AuditEvents.CountAsync(a => a.Action == "pledge.imported"));
    }

    /// <summary>A migrated database with the taxonomies and rounds only: what the round trip imports into.</summary>
    public static async Task<(TestDatabase Database, LocalActionFactory Factory)> EmptyRegistryAsync(LocalAction.Web.Data.DatabaseProvider provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        var factory = new LocalActionFactory(database.Settings, seed: false);
        _ = factory.Server;
        await using var scope = factory.CreateDbScope();
        await scope.Services.GetRequiredService<RegistrySeeder>().SeedReferenceDataAsync();
        return (database, factory);
    }

    public static async Task<Pledge> PledgeAsync(LocalActionFactory factory, string? publicId = null, string? externalId = null)
    {
        await using var scope = factory.CreateDbScope();
        return await scope.Db.Pledges.AsNoTracking().Include(p => p.Organizations).Include(p => p.Priorities).Include(p => p.GcmObjectives)
            .Include(p => p.Sdgs).Include(p => p.Partners).Include(p => p.Beneficiaries)
            .SingleAsync(p => publicId != null ? p.PublicId == publicId : p.ExternalId == externalId);
    }

    public static async Task<List<Revision>> RevisionsAsync(LocalActionFactory factory, int pledgeId)
    {
        await using var scope = factory.CreateDbScope();
        return await scope.Db.Revisions.AsNoTracking().Where(r => r.EntityType == nameof(Pledge) && r.EntityId == pledgeId).OrderBy(r => r.EntityVersion).ToListAsync();
    }

    public static async Task<Organization?> OrganizationAsync(LocalActionFactory factory, string slug)
    {
        await using var scope = factory.CreateDbScope();
        return await scope.Db.Organizations.AsNoTracking().SingleOrDefaultAsync(o => o.Slug == slug);
    }

    public static async Task<List<AuditEvent>> ImportAuditAsync(LocalActionFactory factory)
    {
        await using var scope = factory.CreateDbScope();
        return await scope.Db.AuditEvents.AsNoTracking().Where(a => a.Action == "pledge.imported").OrderBy(a => a.Id).ToListAsync();
    }
}

using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using LocalAction.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LocalAction.Tests.Submissions;

/// <summary>Complete submission bodies and small helpers shared by the submission tests.</summary>
public static class SubmissionTestData
{
    public static object Complete(string lead, string title = "Welcome desks for newcomers", string[]? coPledgers = null) => new
    {
        round = "imrf-2026", leadOrganization = lead, title,
        description = "One-stop welcome desks in four districts giving migrants and refugees information on housing, work and schools.",
        language = "en", compact = "Mirror", beneficiaries = new[] { "Migrants", "Refugees" }, priorities = new[] { "1" },
        gcmObjectives = new[] { "15", "16" }, sdgs = new[] { "10" }, startYear = "2026", endYear = "2028", budgetAmount = "250000",
        budgetCurrency = "EUR", stage = "Planning", partners = new[] { new { name = "Red Cross", type = (string?)null } },
        coPledgers = coPledgers ?? [],
    };

    public static async Task<int> OrganizationIdAsync(LocalActionFactory factory, string slug)
    {
        await using var scope = factory.CreateDbScope();
        return await scope.Db.Organizations.Where(o => o.Slug == slug).Select(o => o.Id).SingleAsync();
    }

    public static async Task<JsonObject> ReadAsync(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();

    /// <summary>Creates a draft for <paramref name="lead"/> with complete content; returns (id, version).</summary>
    public static async Task<(int Id, int Version)> CreateCompleteDraftAsync(HttpClient client, string lead, string[]? coPledgers = null)
    {
        var created = await client.PostAsJsonAsync("/api/v1/submissions", Complete(lead, coPledgers: coPledgers));
        created.EnsureSuccessStatusCode();
        var json = await ReadAsync(created);
        return (json["id"]!.GetValue<int>(), json["version"]!.GetValue<int>());
    }

    public static async Task<HttpResponseMessage> ReviewAsync(HttpClient secretariat, int id, string action, string? comment = null) =>
        await secretariat.PostAsJsonAsync($"/api/v1/submissions/{id}/review", new { action, comment, version = (int?)null });

    public static async Task<int> VersionAsync(HttpClient client, int id) =>
        (await ReadAsync(await client.GetAsync($"/api/v1/submissions/{id}")))["version"]!.GetValue<int>();

    public static string State(JsonObject json) => json["state"]!.GetValue<string>();

    public static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);
}

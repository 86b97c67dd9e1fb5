using LocalAction.Tests.Infrastructure;
using LocalAction.Web.Features.Campaigns;
using LocalAction.Web.Features.Pledges;
using Microsoft.EntityFrameworkCore;

namespace LocalAction.Tests.Updates;

/// <summary>Arranging the update process in tests: a seeded pledge with one organization, and a campaign over it.</summary>
public static class UpdateTestData
{
    public sealed record SeededPledge(int Id, string PublicId, int OrganizationId);

    /// <summary>The n-th published, seeded pledge that has exactly one organization: tests of one class take different n.</summary>
    public static async Task<SeededPledge> PledgeAsync(LocalActionFactory factory, int n)
    {
        await using var scope = factory.CreateDbScope();
        var pledge = await scope.Db.Pledges.AsNoTracking()
            .Where(p => p.ReviewState == ReviewState.Published && p.Organizations.Count == 1 && p.SourceDocument.StartsWith("00"))
            .OrderBy(p => p.Id).Skip(n).Select(p => new { p.Id, p.PublicId, Org = p.Organizations.Single().OrganizationId }).FirstAsync();
        return new SeededPledge(pledge.Id, pledge.PublicId, pledge.Org);
    }

    /// <summary>An organization that is not a pledger of <paramref name="pledge"/> (a city with pledges of its own).</summary>
    public static async Task<int> StrangerOrganizationAsync(LocalActionFactory factory, SeededPledge pledge)
    {
        for (var n = 30; ; n++)
        {
            var other = await PledgeAsync(factory, n);
            if (other.OrganizationId != pledge.OrganizationId) return other.OrganizationId;
        }
    }

    /// <summary>A campaign over the given pledges, by default open from yesterday to 30 days from now (on the app's clock).</summary>
    public static async Task<UpdateCampaign> CampaignAsync(LocalActionFactory factory, IEnumerable<int> pledgeIds, DateOnly? opensOn = null, DateOnly? closesOn = null)
    {
        await using var scope = factory.CreateDbScope();
        var today = factory.Clock.Today;
        var campaign = new UpdateCampaign
        {
            Code = $"test-{Guid.NewGuid():N}"[..20], Name = "Test campaign " + Guid.NewGuid().ToString("N")[..6],
            OpensOn = opensOn ?? today.AddDays(-1), ClosesOn = closesOn ?? today.AddDays(30), CreatedAt = DateTime.UtcNow, CreatedByUserId = "test",
        };
        campaign.Pledges.AddRange(pledgeIds.Select(id => new UpdateCampaignPledge { PledgeId = id }));
        scope.Db.UpdateCampaigns.Add(campaign);
        await scope.Db.SaveChangesAsync();
        return campaign;
    }

    /// <summary>A complete, valid update as the API takes it.</summary>
    public static Dictionary<string, object?> Valid(string results = "Opened two welcome desks.") => new()
    {
        ["stage"] = "in-progress", ["results"] = results, ["peopleReachedTotal"] = "1200", ["peopleReachedRefugees"] = "300",
        ["moneyAmount"] = "50000", ["moneyCurrency"] = "EUR", ["usdRate"] = "1.08", ["usdRateOn"] = "2026-01-15",
        ["challenges"] = new[] { "financing-gaps" }, ["nationalEngagement"] = "ad-hoc", ["consentToPublish"] = "yes",
    };

    public static async Task<int> UpdateCountAsync(LocalActionFactory factory, int pledgeId)
    {
        await using var scope = factory.CreateDbScope();
        return await scope.Db.PledgeUpdates.CountAsync(u => u.PledgeId == pledgeId);
    }
}

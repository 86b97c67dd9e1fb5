using System.Security.Claims;
using System.Text.RegularExpressions;
using LocalAction.Web.Data;
using LocalAction.Web.Features.Accounts;
using LocalAction.Web.Features.Audit;
using LocalAction.Web.Features.Pledges;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using static LocalAction.Web.Features.InputValues;

namespace LocalAction.Web.Features.Campaigns;

/// <summary>Creating campaigns and finding the one a pledge can be updated in today.</summary>
public sealed partial class Campaigns(LocalActionDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> l)
{
    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary>The open campaign that has the pledge in scope and closes first; null when none is open today.</summary>
    public Task<UpdateCampaign?> OpenForAsync(int pledgeId, CancellationToken ct = default)
    {
        var today = Today;
        return db.UpdateCampaigns.AsNoTracking()
            .Where(c => c.OpensOn <= today && c.ClosesOn >= today && c.Pledges.Any(p => p.PledgeId == pledgeId))
            .OrderBy(c => c.ClosesOn).ThenBy(c => c.Id).FirstOrDefaultAsync(ct);
    }

    /// <summary>The campaign that last closed with the pledge in scope, to explain why updates are no longer accepted.</summary>
    public Task<UpdateCampaign?> LastClosedForAsync(int pledgeId, CancellationToken ct = default)
    {
        var today = Today;
        return db.UpdateCampaigns.AsNoTracking()
            .Where(c => c.ClosesOn < today && c.Pledges.Any(p => p.PledgeId == pledgeId))
            .OrderByDescending(c => c.ClosesOn).FirstOrDefaultAsync(ct);
    }

    /// <summary>
    /// Creates a campaign over the published pledges of the given rounds (every published pledge when none is given).
    /// Returns the errors by field when the input is not acceptable; nothing is saved then.
    /// </summary>
    public async Task<(UpdateCampaign? Campaign, IReadOnlyDictionary<string, string[]> Errors)> CreateAsync(
        ClaimsPrincipal user, string? code, string? name, string? opensOn, string? closesOn, IReadOnlyCollection<string> roundCodes, CancellationToken ct = default)
    {
        var errors = new Dictionary<string, string[]>();
        code = code?.Trim().ToLowerInvariant();
        name = name?.Trim();
        if (string.IsNullOrEmpty(code)) errors["code"] = [l["This field is required."]];
        else if (!CodePattern().IsMatch(code)) errors["code"] = [l["Use 3 to 60 lower-case letters, digits and hyphens."]];
        else if (await db.UpdateCampaigns.AnyAsync(c => c.Code == code, ct)) errors["code"] = [l["A campaign with the code '{0}' already exists.", code]];
        if (string.IsNullOrEmpty(name)) errors["name"] = [l["This field is required."]];
        else if (name.Length > 200) errors["name"] = [l["This text has {0:N0} characters; the limit is {1:N0}.", name.Length, 200]];
        var opens = ParseDate(opensOn, "opensOn", errors);
        var closes = ParseDate(closesOn, "closesOn", errors);
        if (opens is not null && closes is not null && closes < opens) errors["closesOn"] = [l["The campaign closes before it opens."]];
        if (closes is not null && closes < Today) errors["closesOn"] = [l["The closing date is in the past."]];
        var rounds = await db.Rounds.AsNoTracking().Where(r => roundCodes.Contains(r.Code)).Select(r => new { r.Id, r.Code }).ToListAsync(ct);
        var unknown = roundCodes.Except(rounds.Select(r => r.Code)).ToList();
        if (unknown.Count > 0) errors["rounds"] = [l["'{0}' is not a known round.", string.Join(", ", unknown)]];
        if (errors.Count > 0) return (null, errors);

        var roundIds = rounds.Select(r => r.Id).ToList();
        var pledgeIds = await db.Pledges.AsNoTracking()
            .Where(p => p.ReviewState == ReviewState.Published && !p.IsSynthetic && (roundIds.Count == 0 || roundIds.Contains(p.RoundId)))
            .Select(p => p.Id).ToListAsync(ct);
        if (pledgeIds.Count == 0) return (null, new Dictionary<string, string[]> { ["rounds"] = [l["No published pledge is in these rounds."]] });
        var now = clock.GetUtcNow().UtcDateTime;
        var campaign = new UpdateCampaign
        {
            Code = code!, Name = name!, OpensOn = opens!.Value, ClosesOn = closes!.Value, CreatedAt = now,
            CreatedByUserId = ActingOrganizations.UserId(user) ?? throw new InvalidOperationException("Not signed in."),
        };
        campaign.Pledges.AddRange(pledgeIds.Select(id => new UpdateCampaignPledge { PledgeId = id }));
        db.UpdateCampaigns.Add(campaign);
        db.Record(now, user.FindFirstValue(ClaimTypes.Email) ?? "?", "campaign.created", $"campaign:{code}",
            $"{opens:yyyy-MM-dd}..{closes:yyyy-MM-dd}, {pledgeIds.Count} pledges");
        await db.SaveChangesAsync(ct);
        return (campaign, errors);
    }

    private DateOnly? ParseDate(string? value, string field, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(value)) { errors[field] = [l["This field is required."]]; return null; }
        if (TryParseDay(value, out var d)) return d;
        errors[field] = [l["'{0}' is not a date (YYYY-MM-DD).", Shorten(value)]];
        return null;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{2,59}$")]
    private static partial Regex CodePattern();
}

using LocalAction.Web.Data;
using LocalAction.Web.Features.Organizations;
using Microsoft.EntityFrameworkCore;

namespace LocalAction.Web.Features.Forums;

/// <summary>
/// A forum's engagement figures, counted from its recorded programme and delegation (never typed in). Official sessions
/// are counted by session (a hearing's morning and afternoon are one) and by programme slot (a half-day of the programme
/// table, shared by two roundtables held together), because the reports count them differently; the delegation figures count
/// the members the report's list names, local and regional governments apart from networks, as the reports count them.
/// </summary>
public sealed record Engagement(
    string ForumCode, string ForumName, int Year,
    int OfficialSessions, int OfficialSlots, int OfficialSessionsWithLrgSpeaking, int OfficialSlotsWithLrgSpeaking,
    int OtherEventsWithDelegation, int EventsWithDelegation,
    int LocalAndRegionalGovernments, int Networks, int Regions, int InNationalDelegation, int NationalDelegationUnknown,
    int TookPartUnlisted);

public sealed class EngagementFigures(LocalActionDbContext db)
{
    public async Task<IReadOnlyList<Engagement>> ForAllAsync(CancellationToken ct = default)
    {
        var forums = await db.Forums.AsNoTracking().OrderBy(f => f.Year).ThenBy(f => f.Code).Select(f => f.Code).ToListAsync(ct);
        var result = new List<Engagement>();
        foreach (var code in forums) result.Add((await ForAsync(code, ct))!);
        return result;
    }

    public async Task<Engagement?> ForAsync(string forumCode, CancellationToken ct = default)
    {
        var forum = await db.Forums.AsNoTracking().SingleOrDefaultAsync(f => f.Code == forumCode, ct);
        if (forum is null) return null;
        var sessions = (await db.ForumSessions.AsNoTracking().Where(s => s.ForumId == forum.Id)
            .Select(s => new { s.Id, s.Type, s.Group, s.Date, s.StartsAt }).ToListAsync(ct))
            .Select(s => new
            {
                s.Id, Official = s.Type.IsOfficialSession(), Group = s.Group ?? $"#{s.Id}",
                // Two roundtables sharing a morning are one slot of the programme table.
                Slot = s.Date is { } date && s.StartsAt is { } start ? $"{date:yyyy-MM-dd} {start:HH:mm}" : $"#{s.Id}",
            }).ToList();
        var members = await (from m in db.DelegationMembers.AsNoTracking()
                             where m.ForumId == forum.Id
                             join c in db.Countries on m.CountryCode equals c.Alpha2 into countries
                             from c in countries.DefaultIfEmpty()
                             select new { m.Id, m.Kind, m.Listed, m.InNationalDelegation, Region = c == null ? null : c.ReportRegion }).ToListAsync(ct);
        var sessionIds = sessions.Select(s => s.Id).ToList();
        var roles = await db.SpeakingRoles.AsNoTracking().Where(r => sessionIds.Contains(r.SessionId))
            .Select(r => new { r.SessionId, r.DelegationMemberId }).ToListAsync(ct);

        var governments = members.Where(m => m.Kind is not OrganizationKind.LocalGovernmentNetwork).Select(m => m.Id).ToHashSet();
        var withGovernmentSpeaking = roles.Where(r => governments.Contains(r.DelegationMemberId)).Select(r => r.SessionId).ToHashSet();
        var withDelegation = roles.Select(r => r.SessionId).ToHashSet();
        var official = sessions.Where(s => s.Official).ToList();
        var listed = members.Where(m => m.Listed).ToList();

        return new Engagement(
            forum.Code, forum.Name, forum.Year,
            OfficialSessions: official.Select(s => s.Group).Distinct().Count(),
            OfficialSlots: official.Select(s => s.Slot).Distinct().Count(),
            OfficialSessionsWithLrgSpeaking: official.Where(s => withGovernmentSpeaking.Contains(s.Id)).Select(s => s.Group).Distinct().Count(),
            OfficialSlotsWithLrgSpeaking: official.Where(s => withGovernmentSpeaking.Contains(s.Id)).Select(s => s.Slot).Distinct().Count(),
            OtherEventsWithDelegation: sessions.Where(s => !s.Official && withDelegation.Contains(s.Id)).Select(s => s.Group).Distinct().Count(),
            EventsWithDelegation: sessions.Where(s => withDelegation.Contains(s.Id)).Select(s => s.Group).Distinct().Count(),
            LocalAndRegionalGovernments: listed.Count(m => m.Kind is not OrganizationKind.LocalGovernmentNetwork),
            Networks: listed.Count(m => m.Kind is OrganizationKind.LocalGovernmentNetwork),
            Regions: listed.Where(m => m.Region is not null).Select(m => m.Region).Distinct().Count(),
            InNationalDelegation: listed.Count(m => m.InNationalDelegation == true),
            NationalDelegationUnknown: listed.Count(m => m.InNationalDelegation is null),
            TookPartUnlisted: members.Count - listed.Count);
    }
}

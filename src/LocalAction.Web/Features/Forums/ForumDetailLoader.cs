using LocalAction.Web.Data;
using LocalAction.Web.Features.Pledges;
using Microsoft.EntityFrameworkCore;

namespace LocalAction.Web.Features.Forums;

/// <summary>Reads one forum with its programme in time order, delegation, roles, quotes, declarations and figures.</summary>
public sealed class ForumDetailLoader(LocalActionDbContext db, EngagementFigures figures)
{
    public async Task<ForumDetail?> LoadAsync(string code, CancellationToken ct = default)
    {
        var forum = await db.Forums.AsNoTracking().Include(f => f.Quotes).SingleOrDefaultAsync(f => f.Code == code, ct);
        if (forum is null) return null;
        var round = forum.RoundId is null ? null : await db.Rounds.AsNoTracking().Where(r => r.Id == forum.RoundId).Select(r => r.Code).SingleAsync(ct);
        var pledges = forum.RoundId is null ? 0
            : await db.Pledges.CountAsync(p => p.RoundId == forum.RoundId && p.ReviewState == ReviewState.Published && !p.IsSynthetic, ct);

        var members = await (from m in db.DelegationMembers.AsNoTracking().Include(m => m.People)
                             where m.ForumId == forum.Id
                             join o in db.Organizations on m.OrganizationId equals o.Id into orgs
                             from o in orgs.DefaultIfEmpty()
                             join c in db.Countries on m.CountryCode equals c.Alpha2 into countries
                             from c in countries.DefaultIfEmpty()
                             select new ForumDetail.MemberView(m, o == null ? null : o.Slug, c == null ? null : c.Name, c == null ? null : c.ReportRegion))
            .ToListAsync(ct);
        var byId = members.ToDictionary(m => m.Member.Id);
        var people = members.SelectMany(m => m.Member.People).ToDictionary(p => p.Id, p => p.Name);

        var sessions = await db.ForumSessions.AsNoTracking().Include(s => s.SpeakingRoles).Include(s => s.EventPage)
            .Where(s => s.ForumId == forum.Id).ToListAsync(ct);
        var programme = sessions
            .OrderBy(s => s.Date ?? DateOnly.MaxValue).ThenBy(s => s.StartsAt ?? TimeOnly.MaxValue).ThenBy(s => s.Id)
            .Select(s => new ForumDetail.SessionView(s, s.EventPage?.Slug, s.SpeakingRoles.OrderBy(r => r.Id).Select(r =>
            {
                var member = byId[r.DelegationMemberId];
                return new ForumDetail.RoleView(member.Member.NameAsWritten, member.OrganizationSlug,
                    r.PersonId is { } id ? people[id] : null, r.Role);
            }).ToList())).ToList();
        var declarations = await db.Declarations.AsNoTracking().Include(d => d.Paragraphs).Include(d => d.ProposedLanguage)
            .Where(d => d.ForumId == forum.Id).OrderBy(d => d.Year).ToListAsync(ct);
        var engagement = (await figures.ForAsync(code, ct))!;
        return new ForumDetail(forum, round, pledges, programme,
            members.OrderBy(m => m.Member.NameAsWritten, StringComparer.CurrentCulture).ToList(),
            forum.Quotes.OrderBy(q => q.Id).ToList(), declarations, engagement);
    }

    /// <summary>An organization's forum participation: each forum it was in the delegation of, with its roles there.</summary>
    public async Task<IReadOnlyList<(string ForumCode, string ForumName, int Year, bool? InNationalDelegation, IReadOnlyList<(string Session, SpeakingRoleKind? Role)> Roles)>>
        ParticipationAsync(int organizationId, CancellationToken ct = default)
    {
        var rows = await (from m in db.DelegationMembers.AsNoTracking()
                          where m.OrganizationId == organizationId
                          join f in db.Forums on m.ForumId equals f.Id
                          orderby f.Year
                          select new { m.Id, f.Code, f.Name, f.Year, m.InNationalDelegation }).ToListAsync(ct);
        var ids = rows.Select(r => r.Id).ToList();
        var roles = await (from r in db.SpeakingRoles.AsNoTracking()
                           where ids.Contains(r.DelegationMemberId)
                           join s in db.ForumSessions on r.SessionId equals s.Id
                           orderby s.Date, s.StartsAt
                           select new { r.DelegationMemberId, s.Title, r.Role }).ToListAsync(ct);
        return rows.Select(r => (r.Code, r.Name, r.Year, r.InNationalDelegation,
            (IReadOnlyList<(string, SpeakingRoleKind?)>)roles.Where(x => x.DelegationMemberId == r.Id).Select(x => (x.Title, x.Role)).ToList())).ToList();
    }
}

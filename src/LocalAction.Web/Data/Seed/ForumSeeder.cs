using LocalAction.Web.Features.Forums;
using LocalAction.Web.Features.Organizations;
using LocalAction.Web.Features.Rounds;
using Microsoft.EntityFrameworkCore;

namespace LocalAction.Web.Data.Seed;

/// <summary>
/// Loads forums.json: each forum with its programme, delegation, speaking roles, event pages, declaration and quotes.
/// A forum already present (by code) is left as it is, so a second run adds nothing and edits made in the app stay.
/// </summary>
public static class ForumSeeder
{
    public static async Task<int> SeedAsync(LocalActionDbContext db, CancellationToken ct)
    {
        var file = SeedResource.ReadJson<ForumFile>("forums.json");
        var existing = await db.Forums.Select(f => f.Code).ToListAsync(ct);
        var rounds = await db.Rounds.ToDictionaryAsync(r => r.Code, r => r.Id, ct);
        var organizations = await db.Organizations.Where(o => !o.IsSynthetic).ToDictionaryAsync(o => o.Slug, o => o.Id, ct);
        var added = 0;
        foreach (var row in file.Forums.Where(f => !existing.Contains(f.Code)))
        {
            var forum = new Forum
            {
                Code = row.Code, Series = Enum.Parse<ForumSeries>(row.Series), Year = row.Year, Name = row.Name, City = row.City,
                StartsOn = row.StartsOn, EndsOn = row.EndsOn, TimeZone = row.TimeZone, TimeZoneInferred = row.TimeZoneInferred, Summary = row.Summary, Source = row.Source,
                RoundId = row.Round is null ? null : rounds[row.Round],
            };
            var sessions = new Dictionary<string, ForumSession>();
            foreach (var s in file.Sessions.Where(s => s.Forum == row.Code))
            {
                var session = new ForumSession
                {
                    Title = s.Title, Type = s.Type is null ? null : Enum.Parse<SessionType>(s.Type), Group = s.Group, Date = s.Date, StartsAt = s.Start, EndsAt = s.End, Room = s.Room,
                    GcmObjectives = s.GcmObjectives, Hosts = s.Hosts, Source = s.Source,
                };
                sessions.Add(s.Key, session);
                forum.Sessions.Add(session);
            }
            foreach (var p in file.EventPages.Where(p => p.Forum == row.Code))
            {
                var page = new EventPage
                {
                    Slug = p.Slug, TimeZone = p.TimeZone, Place = p.Place, AccessNote = p.AccessNote, Background = p.Background,
                    Capacity = p.Capacity, RegistrationClosesAt = p.RegistrationClosesAt?.ToUniversalTime(), InvitationOnly = p.InvitationOnly,
                };
                page.Lines.AddRange(Lines(EventPageSection.Objective, p.Objectives?.Select(o => (default(string), o))));
                page.Lines.AddRange(Lines(EventPageSection.Panel, p.Panel?.Select(o => (default(string), o))));
                page.Lines.AddRange(Lines(EventPageSection.Agenda, p.Agenda?.Select(a => (a.Time, a.Text))));
                sessions[p.Session].EventPage = page;
            }
            var members = new Dictionary<string, DelegationMember>();
            foreach (var d in file.Delegations.Where(d => d.Forum == row.Code))
            {
                var member = new DelegationMember
                {
                    NameAsWritten = d.Name, OrganizationId = d.Organization is null ? null : organizations[d.Organization],
                    Kind = d.Kind is null ? null : Enum.Parse<OrganizationKind>(d.Kind), CountryCode = d.Country,
                    InNationalDelegation = d.InNationalDelegation, Listed = d.Listed, Source = d.Source,
                    Accreditation = d.Accreditation is null ? null : Enum.Parse<Accreditation>(d.Accreditation),
                };
                member.People.AddRange((d.People ?? []).Select(p => new DelegatePerson { Name = p.Name, Title = p.Title }));
                members.Add(d.Name, member);
                forum.Delegation.Add(member);
            }
            forum.Quotes.AddRange(file.Quotes.Where(q => q.Forum == row.Code)
                .Select(q => new ForumQuote { Text = q.Text, Speaker = q.Speaker, Role = q.Role, Source = q.Source }));
            db.Forums.Add(forum);
            await db.SaveChangesAsync(ct);

            // Speaking roles point at sessions and members by id, so they follow once those have theirs.
            foreach (var r in file.SpeakingRoles.Where(r => r.Forum == row.Code))
            {
                var member = members[r.Member];
                var person = r.Person is null ? null : member.People.Single(p => p.Name == r.Person);
                db.SpeakingRoles.Add(new SpeakingRole
                {
                    SessionId = sessions[r.Session].Id, DelegationMemberId = member.Id, PersonId = person?.Id, Role = r.Role is null ? null : Enum.Parse<SpeakingRoleKind>(r.Role),
                });
            }
            foreach (var d in file.Declarations.Where(d => d.Forum == row.Code))
            {
                var declaration = new Declaration
                {
                    ForumId = forum.Id, Symbol = d.Symbol, Title = d.Title, Year = d.Year, AdoptedOn = d.AdoptedOn, Adoption = d.Adoption,
                    VotesInFavour = d.VotesInFavour, VotesAgainst = d.VotesAgainst, Abstentions = d.Abstentions, VotedAgainst = d.VotedAgainst, Source = d.Source,
                };
                declaration.Paragraphs.AddRange((d.Paragraphs ?? []).Select((p, i) => new DeclarationParagraph { Number = p.Number, Position = i + 1, Summary = p.Summary, Source = p.Source }));
                declaration.ProposedLanguage.AddRange((d.ProposedLanguage ?? []).Select((p, i) => new ProposedLanguage { Position = i + 1, Text = p.Text, Adopted = p.Adopted, Source = p.Source }));
                db.Declarations.Add(declaration);
            }
            await db.SaveChangesAsync(ct);
            added++;
        }
        return added;
    }

    private static IEnumerable<EventPageLine> Lines(EventPageSection section, IEnumerable<(string? Time, string Text)>? lines) =>
        (lines ?? []).Select((line, i) => new EventPageLine { Section = section, Position = i + 1, Time = line.Time, Text = line.Text });
}

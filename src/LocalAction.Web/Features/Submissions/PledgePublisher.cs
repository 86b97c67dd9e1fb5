using LocalAction.Web.Data;
using LocalAction.Web.Features.Organizations;
using LocalAction.Web.Features.Pledges;
using LocalAction.Web.Features.Revisions;
using LocalAction.Web.Features.Translations;
using Microsoft.EntityFrameworkCore;

namespace LocalAction.Web.Features.Submissions;

/// <summary>
/// Turns a validated submission into the public pledge: a new record with the next public id of its round's year, or the
/// new version of the pledge it edits. Either way a revision keeps the state after the change.
/// </summary>
public static class PledgePublisher
{
    /// <summary>Who revisions name: the Secretariat as a body, never a person (revision history is public).</summary>
    public const string RevisionActor = "Secretariat";

    public static async Task<Pledge> PublishAsync(LocalActionDbContext db, Submission s, SubmissionContent content, DateTime now, CancellationToken ct)
    {
        var priorities = await db.Priorities.Include(p => p.GcmObjectives).Include(p => p.GcrAreas).Include(p => p.Sdgs)
            .Where(p => content.Priorities.Contains(p.Number)).ToListAsync(ct);
        var organizationKinds = await db.Organizations.Where(o => o.Id == content.LeadOrganizationId || content.CoPledgers.Contains(o.Id))
            .ToDictionaryAsync(o => o.Id, o => o.Kind, ct);
        Pledge pledge;
        if (s.PledgeId is { } existingId)
        {
            pledge = await db.Pledges.Include(p => p.Organizations).Include(p => p.Beneficiaries).Include(p => p.Priorities)
                .Include(p => p.GcmObjectives).Include(p => p.GuidingPrinciples).Include(p => p.GcrObjectives).Include(p => p.GcrAreas)
                .Include(p => p.Sdgs).Include(p => p.Partners).Include(p => p.Translations).SingleAsync(p => p.Id == existingId, ct);
            pledge.Version++;
            pledge.UpdatedAt = now;
            // The facts now come from the pledgers' own edit; where they came from before stays in the revision history.
            var before = pledge.SourceSection is null ? pledge.SourceDocument : $"{pledge.SourceDocument}, {pledge.SourceSection}";
            if (pledge.SourceDocument != "submission")
            {
                var note = $"Edited by its pledgers after publication; first recorded from {before}.";
                pledge.SourceNote = note.Length > 1000 ? note[..1000] : note;
            }
            pledge.SourceDocument = "submission";
            pledge.SourceSection = $"submission {s.Id}";
            pledge.Completeness = Completeness.Documented;
        }
        else
        {
            var round = await db.Rounds.SingleAsync(r => r.Id == s.RoundId, ct);
            pledge = new Pledge
            {
                PublicId = await NextPublicIdAsync(db, round.Year, ct), RoundId = s.RoundId, SourceDocument = "submission",
                SourceSection = $"submission {s.Id}", ReviewState = ReviewState.Published, Completeness = Completeness.Documented,
                Version = 1, CreatedAt = now, UpdatedAt = now,
            };
            db.Pledges.Add(pledge);
        }
        Apply(pledge, content, priorities, organizationKinds, s.Language);
        ApplyTranslations(pledge, content, $"submission {s.Id}", now);
        await db.SaveChangesAsync(ct);
        db.Revisions.Add(s.PledgeId is null
            ? RevisionLog.Created(pledge, RevisionActor, now, $"Published from submission {s.Id}")
            : RevisionLog.Revised(pledge, RevisionActor, now, $"Edit published from submission {s.Id}"));
        return pledge;
    }

    private static void Apply(Pledge p, SubmissionContent c, IReadOnlyList<Taxonomy.Priority> priorities,
        IReadOnlyDictionary<int, OrganizationKind> kinds, string language)
    {
        p.Title = c.Title;
        p.Description = c.Description;
        p.OriginalLanguage = c.Language ?? language;
        p.Compact = c.Compact;
        p.StartYear = c.StartYear;
        p.EndYear = c.Ongoing ? null : c.EndYear;
        p.Ongoing = c.Ongoing;
        p.BudgetAmount = c.BudgetAmount;
        p.BudgetCurrency = c.BudgetAmount is null ? null : c.BudgetCurrency;
        p.Stage = c.Stage;
        p.Kind = KindOf(c, kinds);

        p.Organizations.Clear();
        p.Organizations.Add(new PledgeOrganization { OrganizationId = c.LeadOrganizationId!.Value, Role = PledgeRole.Lead });
        foreach (var co in c.CoPledgers) p.Organizations.Add(new PledgeOrganization { OrganizationId = co, Role = PledgeRole.CoPledger });
        p.Beneficiaries.Clear();
        p.Beneficiaries.AddRange(c.Beneficiaries.Select(b => new PledgeBeneficiary { Group = b }));
        p.Priorities.Clear();
        p.Priorities.AddRange(c.Priorities.Select(n => new PledgePriority { PriorityNumber = n }));

        // A link the mapping table suggests for the chosen priorities is marked derived; one the submitter added, explicit.
        var suggested = PrioritySuggestions.For(priorities);
        p.GcmObjectives.Clear();
        p.GcmObjectives.AddRange(c.GcmObjectives.Select(n => new PledgeGcmObjective { GcmObjectiveNumber = n, Origin = Origin(suggested.GcmObjectives.Contains(n)) }));
        p.GuidingPrinciples.Clear();
        p.GuidingPrinciples.AddRange(c.GuidingPrinciples.Select(x => new PledgeGuidingPrinciple { GuidingPrincipleCode = x, Origin = MappingOrigin.Explicit }));
        p.GcrObjectives.Clear();
        p.GcrObjectives.AddRange(c.GcrObjectives.Select(n => new PledgeGcrObjective { GcrObjectiveNumber = n, Origin = MappingOrigin.Explicit }));
        p.GcrAreas.Clear();
        p.GcrAreas.AddRange(c.GcrAreas.Select(x => new PledgeGcrArea { GcrAreaCode = x, Origin = Origin(suggested.GcrAreas.Contains(x)) }));
        p.Sdgs.Clear();
        p.Sdgs.AddRange(c.Sdgs.Select(n => new PledgeSdg { SdgNumber = n, Origin = Origin(suggested.Sdgs.Contains(n)) }));
        p.Partners.Clear();
        p.Partners.AddRange(c.Partners.Select(x => new PledgePartner { Name = x.Name, Type = x.Type }));
    }

    /// <summary>
    /// The translations the pledgers gave become the pledge's, marked as theirs. One they left unchanged keeps its author (a
    /// Secretariat translation shown in the edit stays the Secretariat's); one they removed is removed.
    /// </summary>
    private static void ApplyTranslations(Pledge p, SubmissionContent c, string by, DateTime now)
    {
        var hash = PledgeTranslations.SourceTextHash(p.Title, p.Description);
        p.Translations.RemoveAll(t => c.Translations.All(given => given.Language != t.Language) || t.Language == p.OriginalLanguage);
        foreach (var given in c.Translations.Where(t => t.Language != p.OriginalLanguage))
        {
            var stored = p.Translations.SingleOrDefault(t => t.Language == given.Language);
            if (stored is not null && stored.Title == given.Title && stored.Description == given.Description) continue;
            if (stored is null)
            {
                stored = new PledgeTranslation { Language = given.Language, UpdatedBy = by, SourceTextHash = hash, CreatedAt = now };
                p.Translations.Add(stored);
            }
            stored.Title = given.Title;
            stored.Description = given.Description;
            stored.Source = TranslationSource.Pledger;
            stored.SourceTextHash = hash;
            stored.UpdatedBy = by;
            stored.UpdatedAt = now;
            stored.Version++;
        }
    }

    private static MappingOrigin Origin(bool suggested) => suggested ? MappingOrigin.Derived : MappingOrigin.Explicit;

    /// <summary>How the pledge was made, from who pledges it (the kinds the Local Coalition's report distinguishes).</summary>
    public static PledgeKind KindOf(SubmissionContent c, IReadOnlyDictionary<int, OrganizationKind> kinds)
    {
        var lead = kinds.GetValueOrDefault(c.LeadOrganizationId ?? 0);
        var all = c.CoPledgers.Select(kinds.GetValueOrDefault).Append(lead).ToList();
        if (c.CoPledgers.Count == 0) return lead == OrganizationKind.LocalGovernmentNetwork ? PledgeKind.NetworkOnBehalfOfMembers : PledgeKind.Individual;
        return all.Contains(OrganizationKind.NationalGovernment) ? PledgeKind.NationalLocal : PledgeKind.CityToCityJoint;
    }

    /// <summary>The next "CLA-&lt;year&gt;-&lt;nnnn&gt;" for the year; the unique index on PublicId stops two publishers taking the same.</summary>
    private static async Task<string> NextPublicIdAsync(LocalActionDbContext db, int year, CancellationToken ct)
    {
        var prefix = $"CLA-{year}-";
        var taken = await db.Pledges.Where(p => p.PublicId.StartsWith(prefix)).Select(p => p.PublicId).ToListAsync(ct);
        var next = taken.Select(id => int.TryParse(id[prefix.Length..], out var n) ? n : 0).DefaultIfEmpty(0).Max() + 1;
        return $"{prefix}{next:D4}";
    }

    /// <summary>A published pledge as submission content, to start an edit from what the public sees.</summary>
    public static SubmissionContent ContentOf(Pledge p, int leadId) => new()
    {
        Round = p.Round?.Code, LeadOrganizationId = leadId, Title = p.Title, Description = p.Description, Language = p.OriginalLanguage,
        Compact = p.Compact, Beneficiaries = [.. p.Beneficiaries.Select(b => b.Group)], Priorities = [.. p.Priorities.Select(x => x.PriorityNumber)],
        GcmObjectives = [.. p.GcmObjectives.Select(x => x.GcmObjectiveNumber)], GuidingPrinciples = [.. p.GuidingPrinciples.Select(x => x.GuidingPrincipleCode)],
        GcrObjectives = [.. p.GcrObjectives.Select(x => x.GcrObjectiveNumber)], GcrAreas = [.. p.GcrAreas.Select(x => x.GcrAreaCode)],
        Sdgs = [.. p.Sdgs.Select(x => x.SdgNumber)], StartYear = p.StartYear, EndYear = p.EndYear, Ongoing = p.Ongoing ?? false,
        BudgetAmount = p.BudgetAmount, BudgetCurrency = p.BudgetCurrency, Stage = p.Stage,
        Partners = [.. p.Partners.Select(x => new SubmittedPartner(x.Name, x.Type))],
        Translations = [.. p.Translations.OrderBy(t => t.Language, StringComparer.Ordinal).Select(t => new SubmittedTranslation(t.Language, t.Title, t.Description))],
        CoPledgers = [.. p.Organizations.Where(o => o.OrganizationId != leadId).Select(o => o.OrganizationId)],
    };
}

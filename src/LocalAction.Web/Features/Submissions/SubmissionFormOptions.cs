using LocalAction.Web.Data;
using LocalAction.Web.Features.Organizations;
using LocalAction.Web.Features.Rounds;
using LocalAction.Web.Features.Taxonomy;
using Microsoft.EntityFrameworkCore;

namespace LocalAction.Web.Features.Submissions;

/// <summary>The choices the submission form offers, named in the reader's language.</summary>
public sealed record SubmissionFormOptions(
    IReadOnlyList<Round> OpenRounds, IReadOnlyList<Round> AllRounds, IReadOnlyList<(int Number, string Name)> Priorities,
    IReadOnlyList<(int Number, string Name)> GcmObjectives, IReadOnlyList<(string Code, string Name)> GuidingPrinciples,
    IReadOnlyList<(int Number, string Name)> GcrObjectives, IReadOnlyList<(string Code, string Name)> GcrAreas,
    IReadOnlyList<(int Number, string Name)> Sdgs, IReadOnlyList<Priority> PriorityMappings)
{
    public static async Task<SubmissionFormOptions> LoadAsync(LocalActionDbContext db, DateOnly today, string language, CancellationToken ct)
    {
        var rounds = await db.Rounds.AsNoTracking().OrderBy(r => r.Year).ToListAsync(ct);
        var priorities = await db.Priorities.AsNoTracking().Include(p => p.GcmObjectives).Include(p => p.GcrAreas).Include(p => p.Sdgs)
            .OrderBy(p => p.Number).ToListAsync(ct);
        return new SubmissionFormOptions(
            rounds.Where(r => SubmissionReferenceData.IsOpen(r, today)).ToList(), rounds,
            priorities.Select(p => (p.Number, p.NameIn(language))).ToList(),
            (await db.GcmObjectives.AsNoTracking().OrderBy(x => x.Number).ToListAsync(ct)).Select(x => (x.Number, x.NameIn(language))).ToList(),
            (await db.GuidingPrinciples.AsNoTracking().OrderBy(x => x.Code).ToListAsync(ct)).Select(x => (x.Code, x.NameIn(language))).ToList(),
            (await db.GcrObjectives.AsNoTracking().OrderBy(x => x.Number).ToListAsync(ct)).Select(x => (x.Number, x.NameIn(language))).ToList(),
            (await db.GcrAreas.AsNoTracking().OrderBy(x => x.Code).ToListAsync(ct)).Select(x => (x.Code, x.NameIn(language))).ToList(),
            (await db.Sdgs.AsNoTracking().OrderBy(x => x.Number).ToListAsync(ct)).Select(x => (x.Number, x.NameIn(language))).ToList(),
            priorities);
    }

    /// <summary>The organizations a person may choose as lead: those they act for (all real ones for the Secretariat).</summary>
    public static async Task<IReadOnlyList<Organization>> LeadChoicesAsync(LocalActionDbContext db, IReadOnlySet<int> acting, bool isSecretariat, CancellationToken ct)
    {
        var ids = acting.ToList();
        return await db.Organizations.AsNoTracking().Where(o => !o.IsSynthetic && (isSecretariat || ids.Contains(o.Id))).OrderBy(o => o.Name).ToListAsync(ct);
    }
}

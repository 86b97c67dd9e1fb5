using LocalAction.Web.Data;
using LocalAction.Web.Features.Rounds;
using Microsoft.EntityFrameworkCore;

namespace LocalAction.Web.Features.Submissions;

/// <summary>The codes a submission may use, read once per validation (the taxonomies are small).</summary>
public sealed class SubmissionReferenceData
{
    public required IReadOnlyList<Round> Rounds { get; init; }
    public required IReadOnlySet<int> Priorities { get; init; }
    public required IReadOnlySet<int> GcmObjectives { get; init; }
    public required IReadOnlySet<string> GuidingPrinciples { get; init; }
    public required IReadOnlySet<int> GcrObjectives { get; init; }
    public required IReadOnlySet<string> GcrAreas { get; init; }
    public required IReadOnlySet<int> Sdgs { get; init; }
    private LocalActionDbContext Db { get; init; } = null!;
    private readonly Dictionary<string, int?> _organizations = new(StringComparer.Ordinal);

    /// <summary>
    /// A round takes pledges from its forum's year on until its closing date (when the Secretariat has set one); rounds of
    /// past years are closed. The seeds give no closing dates, so IMRF 2026 and GRF 2027 are open.
    /// </summary>
    public static bool IsOpen(Round round, DateOnly today) =>
        round.Year >= today.Year && (round.ClosesOn is null || round.ClosesOn >= today) && (round.OpensOn is null || round.OpensOn <= today);

    /// <summary>The organization with this public id, if it exists and is real (synthetic ones never take submissions).</summary>
    public int? OrganizationIds(string slug)
    {
        if (_organizations.TryGetValue(slug, out var cached)) return cached;
        var id = Db.Organizations.AsNoTracking().Where(o => o.Slug == slug && !o.IsSynthetic).Select(o => (int?)o.Id).SingleOrDefault();
        _organizations[slug] = id;
        return id;
    }

    public static async Task<SubmissionReferenceData> LoadAsync(LocalActionDbContext db, CancellationToken ct) => new()
    {
        Db = db,
        Rounds = await db.Rounds.AsNoTracking().OrderBy(r => r.Year).ToListAsync(ct),
        Priorities = (await db.Priorities.Select(p => p.Number).ToListAsync(ct)).ToHashSet(),
        GcmObjectives = (await db.GcmObjectives.Select(p => p.Number).ToListAsync(ct)).ToHashSet(),
        GuidingPrinciples = (await db.GuidingPrinciples.Select(p => p.Code).ToListAsync(ct)).ToHashSet(),
        GcrObjectives = (await db.GcrObjectives.Select(p => p.Number).ToListAsync(ct)).ToHashSet(),
        GcrAreas = (await db.GcrAreas.Select(p => p.Code).ToListAsync(ct)).ToHashSet(),
        Sdgs = (await db.Sdgs.Select(p => p.Number).ToListAsync(ct)).ToHashSet(),
    };
}

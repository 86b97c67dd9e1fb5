using LocalAction.Web.Data;
using LocalAction.Web.Features.Rounds;
using LocalAction.Web.Features.Taxonomy;
using Microsoft.EntityFrameworkCore;

namespace LocalAction.Web.Features.Synthetic;

/// <summary>The seeded reference rows synthetic records point at, read from the target database in a fixed order so a seed gives the same data.</summary>
public sealed record SyntheticReferenceData(
    IReadOnlyList<Country> Countries, IReadOnlyList<Round> Rounds, IReadOnlyList<Priority> Priorities, IReadOnlyList<CitySizeClass> CitySizeClasses)
{
    public static async Task<SyntheticReferenceData> LoadAsync(LocalActionDbContext db, CancellationToken cancellationToken = default)
    {
        // Antarctica and the like have no M49 region and no local government to pledge.
        var countries = await db.Countries.AsNoTracking().Where(c => c.M49Region != null).OrderBy(c => c.Alpha2).ToListAsync(cancellationToken);
        var rounds = await db.Rounds.AsNoTracking().OrderBy(r => r.Year).ThenBy(r => r.Id).ToListAsync(cancellationToken);
        var priorities = await db.Priorities.AsNoTracking()
            .Include(p => p.GcmObjectives).Include(p => p.GcrAreas).Include(p => p.Sdgs)
            .OrderBy(p => p.Number).ToListAsync(cancellationToken);
        foreach (var priority in priorities)
        {
            // Included collections come back in no guaranteed order; the revision snapshots should not depend on it.
            priority.GcmObjectives.Sort((a, b) => a.GcmObjectiveNumber.CompareTo(b.GcmObjectiveNumber));
            priority.GcrAreas.Sort((a, b) => string.CompareOrdinal(a.GcrAreaCode, b.GcrAreaCode));
            priority.Sdgs.Sort((a, b) => a.SdgNumber.CompareTo(b.SdgNumber));
        }
        var sizeClasses = await db.CitySizeClasses.AsNoTracking().OrderBy(c => c.MinPopulation).ToListAsync(cancellationToken);
        if (countries.Count == 0 || rounds.Count == 0 || priorities.Count == 0 || sizeClasses.Count == 0)
        {
            throw new InvalidOperationException("The reference data (countries, rounds, priorities, city-size classes) is missing after seeding it.");
        }
        return new SyntheticReferenceData(countries, rounds, priorities, sizeClasses);
    }
}

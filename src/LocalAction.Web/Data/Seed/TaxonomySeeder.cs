using System.Globalization;
using LocalAction.Web.Features.Taxonomy;
using Microsoft.EntityFrameworkCore;

namespace LocalAction.Web.Data.Seed;

/// <summary>Loads the reference lists (Data/Seed/Taxonomies) into an empty or partly filled database; existing rows are kept.</summary>
public static class TaxonomySeeder
{
    private sealed record Term(int? Number, string? Code, string En, string Fr, string Es, string? Colour,
        long? MinPopulation, long? MaxPopulationExclusive, int[]? GcmObjectives, string[]? GcrAreas, int[]? Sdgs);

    public static async Task<int> SeedAsync(LocalActionDbContext db, CancellationToken cancellationToken)
    {
        var added = 0;
        added += await AddMissingAsync(db, db.Countries, ReadCountries(), c => c.Alpha2, cancellationToken);
        added += await AddMissingAsync(db, db.GcmObjectives,
            Terms("gcm-objectives.json").Select(t => new GcmObjective { Number = t.Number!.Value, NameEn = t.En, NameFr = t.Fr, NameEs = t.Es }), o => o.Number, cancellationToken);
        added += await AddMissingAsync(db, db.GuidingPrinciples,
            Terms("gcm-guiding-principles.json").Select(t => new GuidingPrinciple { Code = t.Code!, NameEn = t.En, NameFr = t.Fr, NameEs = t.Es }), o => o.Code, cancellationToken);
        added += await AddMissingAsync(db, db.GcrObjectives,
            Terms("gcr-objectives.json").Select(t => new GcrObjective { Number = t.Number!.Value, NameEn = t.En, NameFr = t.Fr, NameEs = t.Es }), o => o.Number, cancellationToken);
        added += await AddMissingAsync(db, db.GcrAreas,
            Terms("gcr-areas.json").Select((t, i) => new GcrArea { Code = t.Code!, SortOrder = i + 1, NameEn = t.En, NameFr = t.Fr, NameEs = t.Es }), o => o.Code, cancellationToken);
        added += await AddMissingAsync(db, db.Sdgs,
            Terms("sdgs.json").Select(t => new Sdg { Number = t.Number!.Value, Colour = t.Colour!, NameEn = t.En, NameFr = t.Fr, NameEs = t.Es }), o => o.Number, cancellationToken);
        added += await AddMissingAsync(db, db.CitySizeClasses,
            Terms("city-size-classes.json").Select(t => new CitySizeClass
            {
                Code = t.Code!, MinPopulation = t.MinPopulation ?? 0, MaxPopulationExclusive = t.MaxPopulationExclusive, NameEn = t.En, NameFr = t.Fr, NameEs = t.Es,
            }), o => o.Code, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);

        added += await AddMissingAsync(db, db.Priorities, Terms("priorities.json").Select(ToPriority), p => p.Number, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return added;
    }

    private static Priority ToPriority(Term t)
    {
        var priority = new Priority { Number = t.Number!.Value, NameEn = t.En, NameFr = t.Fr, NameEs = t.Es };
        priority.GcmObjectives.AddRange(t.GcmObjectives!.Select(n => new PriorityGcmObjective { PriorityNumber = priority.Number, GcmObjectiveNumber = n }));
        priority.GcrAreas.AddRange(t.GcrAreas!.Select(c => new PriorityGcrArea { PriorityNumber = priority.Number, GcrAreaCode = c }));
        priority.Sdgs.AddRange(t.Sdgs!.Select(n => new PrioritySdg { PriorityNumber = priority.Number, SdgNumber = n }));
        return priority;
    }

    private static List<Term> Terms(string file) => SeedResource.ReadJson<List<Term>>(file);

    private static async Task<int> AddMissingAsync<T, TKey>(LocalActionDbContext db, DbSet<T> set, IEnumerable<T> rows, Func<T, TKey> key, CancellationToken cancellationToken)
        where T : class where TKey : notnull
    {
        var existing = (await set.AsNoTracking().ToListAsync(cancellationToken)).Select(key).ToHashSet();
        var missing = rows.Where(r => !existing.Contains(key(r))).ToList();
        db.AddRange(missing);
        return missing.Count;
    }

    /// <summary>countries.csv: ISO 3166-1 with UN M49 regions (RFC 4180 quoting).</summary>
    public static IEnumerable<Country> ReadCountries()
    {
        var lines = SeedResource.ReadText("countries.csv").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        foreach (var line in lines.Skip(1))
        {
            var f = SplitCsvLine(line.TrimEnd('\r'));
            string? Opt(int i) => string.IsNullOrWhiteSpace(f[i]) ? null : f[i].Trim();
            yield return new Country
            {
                Alpha2 = f[0], Alpha3 = f[1], Numeric = f[2].PadLeft(3, '0'), Name = f[3],
                M49RegionCode = Opt(4), M49Region = Opt(5), M49SubregionCode = Opt(6), M49Subregion = Opt(7),
                M49IntermediateRegionCode = Opt(8), M49IntermediateRegion = Opt(9), ReportRegion = Opt(10),
            };
        }
    }

    private static List<string> SplitCsvLine(string line)
    {
        var fields = new List<string>();
        var current = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var ch = line[i];
            if (quoted)
            {
                if (ch == '"' && i + 1 < line.Length && line[i + 1] == '"') { current.Append('"'); i++; }
                else if (ch == '"') quoted = false;
                else current.Append(ch);
            }
            else if (ch == '"') quoted = true;
            else if (ch == ',') { fields.Add(current.ToString()); current.Clear(); }
            else current.Append(ch);
        }
        fields.Add(current.ToString());
        if (fields.Count != 11)
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"countries.csv: expected 11 fields, found {fields.Count} in '{line}'"));
        }
        return fields;
    }
}

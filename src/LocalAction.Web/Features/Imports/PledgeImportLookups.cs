using System.Globalization;
using LocalAction.Web.Data;
using LocalAction.Web.Features.Organizations;
using LocalAction.Web.Features.Rounds;
using LocalAction.Web.Features.Search;
using LocalAction.Web.Features.Submissions;
using LocalAction.Web.Features.Taxonomy;
using Microsoft.EntityFrameworkCore;

namespace LocalAction.Web.Features.Imports;

/// <summary>
/// Everything a row is checked against, read once per pass in a few flat queries: the taxonomies, rounds, organizations
/// and the ids of the pledges already in the registry. A 100 000-row file then needs no query per row.
/// </summary>
public sealed class PledgeImportLookups
{
    public required SubmissionReferenceData Codes { get; init; }
    public required IReadOnlyDictionary<string, Round> RoundsByCode { get; init; }
    public required IReadOnlyDictionary<int, Round> RoundsById { get; init; }
    public required IReadOnlyDictionary<int, Priority> Priorities { get; init; }
    public required IReadOnlySet<string> Countries { get; init; }
    public required Dictionary<string, (int Id, OrganizationKind Kind)> OrganizationsBySlug { get; init; }
    public required Dictionary<int, string> OrganizationSlugs { get; init; }

    /// <summary>Folded name → slugs, to find an organization a file names without its id.</summary>
    public required ILookup<string, string> OrganizationsByName { get; init; }
    public required Dictionary<string, int> PledgesByPublicId { get; init; }
    /// <summary>External id → the public id of the pledge that has it.</summary>
    public required Dictionary<string, string> PledgesByExternalId { get; init; }

    /// <summary>The highest number after each "XXX-yyyy-" prefix in use, so new ids continue the sequence.</summary>
    public required Dictionary<string, int> LastNumbers { get; init; }
    public required int RealPledges { get; init; }

    public static async Task<PledgeImportLookups> LoadAsync(LocalActionDbContext db, CancellationToken ct)
    {
        var rounds = await db.Rounds.AsNoTracking().ToListAsync(ct);
        var organizations = await db.Organizations.AsNoTracking().Select(o => new { o.Id, o.Slug, o.Name, o.Kind }).ToListAsync(ct);
        var pledges = await db.Pledges.AsNoTracking().Select(p => new { p.Id, p.PublicId, p.ExternalId, p.IsSynthetic }).ToListAsync(ct);
        var lastNumbers = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var p in pledges) NoteNumber(lastNumbers, p.PublicId);
        return new PledgeImportLookups
        {
            Codes = await SubmissionReferenceData.LoadAsync(db, ct),
            RoundsByCode = rounds.ToDictionary(r => r.Code, StringComparer.OrdinalIgnoreCase),
            RoundsById = rounds.ToDictionary(r => r.Id),
            Priorities = await db.Priorities.AsNoTracking().Include(p => p.GcmObjectives).Include(p => p.GcrAreas).Include(p => p.Sdgs).ToDictionaryAsync(p => p.Number, ct),
            Countries = (await db.Countries.Select(c => c.Alpha2).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal),
            OrganizationsBySlug = organizations.ToDictionary(o => o.Slug, o => (o.Id, o.Kind), StringComparer.Ordinal),
            OrganizationSlugs = organizations.ToDictionary(o => o.Id, o => o.Slug),
            OrganizationsByName = organizations.ToLookup(o => TextNormalizer.Fold(o.Name.Trim()), o => o.Slug),
            PledgesByPublicId = pledges.ToDictionary(p => p.PublicId, p => p.Id, StringComparer.Ordinal),
            PledgesByExternalId = pledges.Where(p => p.ExternalId is not null).ToDictionary(p => p.ExternalId!, p => p.PublicId, StringComparer.Ordinal),
            LastNumbers = lastNumbers,
            RealPledges = pledges.Count(p => !p.IsSynthetic),
        };
    }

    /// <summary>Remembers the number of an id like "CLA-2026-0012" under its prefix "CLA-2026-".</summary>
    public static void NoteNumber(Dictionary<string, int> lastNumbers, string publicId)
    {
        var cut = publicId.LastIndexOf('-') + 1;
        if (cut <= 0 || !int.TryParse(publicId.AsSpan(cut), NumberStyles.None, CultureInfo.InvariantCulture, out var number)) return;
        var prefix = publicId[..cut];
        if (number > lastNumbers.GetValueOrDefault(prefix)) lastNumbers[prefix] = number;
    }
}

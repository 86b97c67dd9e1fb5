using System.Globalization;
using LocalAction.Web.Data;
using LocalAction.Web.Features.Pledges;
using Microsoft.EntityFrameworkCore;

namespace LocalAction.Web.Features.Map;

/// <summary>
/// Published pledges counted by the country of their lead organization: a pledge belongs to the place of the
/// government that leads it, not to its co-pledgers'. Pledges led by global networks have no country.
/// </summary>
/// <param name="Countries">Every country, most pledges first, then by name.</param>
/// <param name="WithoutCountry">Published pledges whose lead organization has no country.</param>
public sealed record PledgesByCountry(IReadOnlyList<CountryPledges> Countries, int WithoutCountry)
{
    /// <summary>The countries with at least one pledge, in the same order.</summary>
    public IEnumerable<CountryPledges> WithPledges => Countries.Where(c => c.Pledges > 0);

    public static async Task<PledgesByCountry> ComputeAsync(LocalActionDbContext db, CancellationToken cancellationToken = default)
    {
        var published = db.Pledges.AsNoTracking().Where(p => p.ReviewState == ReviewState.Published);
        // From the pledger rows rather than SelectMany over pledges: that would need SQL APPLY, which SQLite lacks.
        var counts = await db.Set<PledgeOrganization>().AsNoTracking()
            .Where(o => o.Role == PledgeRole.Lead && o.Organization!.CountryCode != null && published.Any(p => p.Id == o.PledgeId))
            .Select(o => new { o.PledgeId, CountryCode = o.Organization!.CountryCode! })
            .Distinct()
            .GroupBy(x => x.CountryCode)
            .Select(g => new { CountryCode = g.Key, Pledges = g.Count() })
            .ToDictionaryAsync(x => x.CountryCode, x => x.Pledges, cancellationToken);
        var withoutCountry = await published.CountAsync(
            p => !p.Organizations.Any(o => o.Role == PledgeRole.Lead && o.Organization!.CountryCode != null), cancellationToken);
        var countries = await db.Countries.AsNoTracking()
            .Select(c => new { c.Alpha2, c.Numeric, c.Name, c.M49Region })
            .ToListAsync(cancellationToken);

        var byName = StringComparer.Create(CultureInfo.CurrentCulture, ignoreCase: false);
        var rows = countries
            .Select(c => new CountryPledges(c.Alpha2, c.Numeric, c.Name, c.M49Region, counts.GetValueOrDefault(c.Alpha2)))
            .OrderByDescending(c => c.Pledges).ThenBy(c => c.Name, byName)
            .ToList();
        return new PledgesByCountry(rows, withoutCountry);
    }
}

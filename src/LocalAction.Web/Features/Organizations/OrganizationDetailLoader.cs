using LocalAction.Web.Data;
using LocalAction.Web.Features.Pledges;
using LocalAction.Web.Features.Search;
using Microsoft.EntityFrameworkCore;

namespace LocalAction.Web.Features.Organizations;

/// <summary>Loads an organization's profile with its published pledges by round and the partners named in them.</summary>
public sealed class OrganizationDetailLoader(LocalActionDbContext db)
{
    public async Task<OrganizationDetail?> LoadAsync(string slug, string language, CancellationToken ct)
    {
        var o = await db.Organizations.AsNoTracking().Include(x => x.Country).SingleOrDefaultAsync(x => x.Slug == slug, ct);
        if (o is null) return null;
        var sizeClasses = await db.CitySizeClasses.AsNoTracking().ToListAsync(ct);
        var size = CitySizeClassifier.Classify(o, sizeClasses);
        var champion = o.CountryCode is null ? [] : await db.ChampionCountries.AsNoTracking()
            .Where(c => c.CountryCode == o.CountryCode).OrderBy(c => c.Round!.Year).Select(c => c.Round!.Name).ToListAsync(ct);

        var pledges = await db.Pledges.AsNoTracking()
            .Where(p => p.ReviewState == ReviewState.Published && p.Organizations.Any(x => x.OrganizationId == o.Id))
            .Select(p => new
            {
                p.Id, p.PublicId, p.Title, p.Compact, RoundCode = p.Round!.Code, RoundName = p.Round.Name, p.Round.Year,
                Role = p.Organizations.Where(x => x.OrganizationId == o.Id).Select(x => x.Role).First(),
            })
            .ToListAsync(ct);
        var ids = pledges.Select(p => p.Id).ToList();
        var partners = await db.Pledges.AsNoTracking().Where(p => ids.Contains(p.Id)).SelectMany(p => p.Partners).Select(x => new { x.PledgeId, x.Name }).ToListAsync(ct);

        var byRound = pledges.GroupBy(p => new { p.RoundCode, p.RoundName, p.Year }).OrderByDescending(g => g.Key.Year)
            .Select(g => new OrganizationDetail.RoundPledges(g.Key.RoundCode, g.Key.RoundName, g.Key.Year,
                g.OrderBy(p => p.PublicId, StringComparer.Ordinal)
                    .Select(p => new OrganizationDetail.PledgeRef(p.PublicId, p.Title, p.Role == PledgeRole.Lead ? "lead" : "co-pledger",
                        p.Compact is { } c ? FilterValues.Compacts[c] : null, $"/pledges/{p.PublicId}")).ToList()))
            .ToList();
        var partnerCounts = partners.GroupBy(x => x.Name).Select(g => new OrganizationDetail.PartnerCount(g.Key, g.Select(x => x.PledgeId).Distinct().Count()))
            .OrderByDescending(x => x.Pledges).ThenBy(x => x.Name, StringComparer.Ordinal).ToList();

        return new OrganizationDetail(o.Slug, o.Name, FilterValues.Kinds[o.Kind], o.CountryCode, o.Country?.Name, o.LocationAsWritten,
            o.Country?.M49Region, o.Country?.M49Subregion, o.Country?.ReportRegion, o.Population, o.PopulationSource, size?.Code, size?.NameIn(language),
            o.Website, o.IsSynthetic, champion, byRound, partnerCounts);
    }
}

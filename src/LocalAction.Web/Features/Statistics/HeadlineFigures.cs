using LocalAction.Web.Data;
using LocalAction.Web.Features.Pledges;
using LocalAction.Web.Features.Updates;
using Microsoft.EntityFrameworkCore;

namespace LocalAction.Web.Features.Statistics;

/// <summary>The registry's headline numbers, computed live from published pledges and validated updates.</summary>
public sealed class HeadlineFigures(LocalActionDbContext db)
{
    public async Task<Headline> ComputeAsync(CancellationToken cancellationToken = default)
    {
        var published = db.Pledges.AsNoTracking().Where(p => p.ReviewState == ReviewState.Published);
        var pledges = await published.CountAsync(cancellationToken);
        var idpOnly = await published.CountAsync(p => p.Compact == Compact.IdpOnly, cancellationToken);
        var documented = await published.CountAsync(p => p.Completeness == Completeness.Documented, cancellationToken);
        var byRound = await published.GroupBy(p => new { p.Round!.Name, p.Round.Year })
            .Select(g => new RoundCount(g.Key.Name, g.Key.Year, g.Count()))
            .ToListAsync(cancellationToken);

        var pledgers = published.SelectMany(p => p.Organizations).Select(o => o.Organization!).Distinct();
        var organizations = await pledgers.CountAsync(cancellationToken);
        var countries = await pledgers.Where(o => o.CountryCode != null).Select(o => o.CountryCode).Distinct().CountAsync(cancellationToken);
        var populations = await pledgers.Where(o => o.Population != null).Select(o => o.Population!.Value).ToListAsync(cancellationToken);

        var validated = db.PledgeUpdates.AsNoTracking()
            .Where(u => u.Status == UpdateStatus.Validated && u.Pledge!.ReviewState == ReviewState.Published);
        var updatedPledges = await validated.Select(u => u.PledgeId).Distinct().CountAsync(cancellationToken);
        // Amounts in US dollars, and others converted at the rate recorded with the update; amounts without a rate are left out.
        var usd = await validated
            .Where(u => u.MoneyMobilizedUsd != null || (u.MoneyMobilizedCurrency == "USD" && u.MoneyMobilizedAmount != null))
            .Select(u => u.MoneyMobilizedUsd ?? u.MoneyMobilizedAmount!.Value).ToListAsync(cancellationToken);

        return new Headline(
            pledges, idpOnly, documented, organizations, countries,
            byRound.OrderBy(r => r.Year).ToList(),
            populations.Sum(), populations.Count, updatedPledges, usd.Sum(), usd.Count);
    }
}

using LocalAction.Web.Data;
using LocalAction.Web.Features.Search;
using Microsoft.Extensions.Localization;

namespace LocalAction.Web.Features.Dashboard;

/// <summary>
/// Computes the dashboard for a filter from published pledges and validated updates, as <see cref="DashboardRegistry"/>
/// holds them. Answers come from <see cref="DashboardCache"/> until anything is published or validated.
/// </summary>
public sealed class DashboardFigures(LocalActionDbContext db, DashboardRegistry registry, DashboardCache cache, IStringLocalizer<SharedResource> l)
{
    public async Task<DashboardSummary> ComputeAsync(DashboardFilter filter, CancellationToken ct = default)
    {
        var data = (await registry.GetAsync(ct)).Data;
        var language = FacetLabels.Language;
        if (cache.TryGetSummary(filter, language, data, out var cached)) return cached;
        var summary = DashboardCalculator.Compute(data, filter, l);
        cache.PutSummary(filter, language, data, summary);
        return summary;
    }

    /// <summary>Counts again from the registry's current data, without the answers cache (benchmarks and tests).</summary>
    public async Task<DashboardSummary> ComputeUncachedAsync(DashboardFilter filter, CancellationToken ct = default) =>
        DashboardCalculator.Compute((await registry.GetAsync(ct)).Data, filter, l);

    /// <summary>Reads the whole registry from the database and counts (benchmarks, and tests that the kept data stays equal to it).</summary>
    public async Task<DashboardSummary> ComputeFromDatabaseAsync(DashboardFilter filter, CancellationToken ct = default) =>
        DashboardCalculator.Compute(await DashboardData.LoadAsync(db, ct), filter, l);

    /// <summary>Makes sure the round codes and region words the filter parser checks against are known.</summary>
    public async Task EnsureVocabularyAsync(CancellationToken ct = default) => await registry.GetAsync(ct);
}

using LocalAction.Web.Data;
using LocalAction.Web.Features.Search;
using Microsoft.Extensions.Localization;

namespace LocalAction.Web.Features.Dashboard;

/// <summary>
/// Computes the dashboard for a filter from published pledges and validated updates. Answers come from
/// <see cref="DashboardCache"/> until anything is published or validated (<see cref="SearchIndex.Changes"/>).
/// </summary>
public sealed class DashboardFigures(LocalActionDbContext db, DashboardCache cache, SearchIndex index, IStringLocalizer<SharedResource> l)
{
    public async Task<DashboardSummary> ComputeAsync(DashboardFilter filter, CancellationToken ct = default)
    {
        // Read the counter before loading: a publication during the load leaves the entry stale, never wrongly fresh.
        var changes = index.Changes;
        var language = FacetLabels.Language;
        if (cache.TryGetSummary(filter, language, changes, out var cached)) return cached;
        var data = cache.Data(changes) ?? await LoadAsync(changes, ct);
        var summary = DashboardCalculator.Compute(data, filter, l);
        cache.PutSummary(filter, language, changes, summary);
        return summary;
    }

    /// <summary>Loads and counts from the database every time (benchmarks and tests of the cache).</summary>
    public async Task<DashboardSummary> ComputeUncachedAsync(DashboardFilter filter, CancellationToken ct = default) =>
        DashboardCalculator.Compute(await DashboardData.LoadAsync(db, ct), filter, l);

    /// <summary>Makes sure the round codes and region words the filter parser checks against are known.</summary>
    public async Task EnsureVocabularyAsync(CancellationToken ct = default)
    {
        if (DashboardVocabulary.IsLoaded && cache.Data(index.Changes) is not null) return;
        await LoadAsync(index.Changes, ct);
    }

    private async Task<DashboardData> LoadAsync(long changes, CancellationToken ct)
    {
        var data = await DashboardData.LoadAsync(db, ct);
        DashboardVocabulary.Set(data);
        cache.PutData(changes, data);
        return data;
    }
}

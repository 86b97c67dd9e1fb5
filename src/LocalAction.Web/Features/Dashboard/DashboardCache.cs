using System.Collections.Concurrent;

namespace LocalAction.Web.Features.Dashboard;

/// <summary>
/// The dashboard's answers by filter and language, each kept with the <see cref="DashboardData"/> it was counted from:
/// once <see cref="DashboardRegistry"/> holds newer data (after any publication or validation) the answer is stale.
/// </summary>
public sealed class DashboardCache
{
    private const int Capacity = 2000; // rounds × regions × priorities × languages stays far below; forget all beyond
    private readonly ConcurrentDictionary<(DashboardFilter, string), (DashboardData Data, DashboardSummary Summary)> _summaries = new();

    public bool TryGetSummary(DashboardFilter filter, string language, DashboardData data, out DashboardSummary summary)
    {
        summary = null!;
        if (!_summaries.TryGetValue((filter, language), out var entry) || !ReferenceEquals(entry.Data, data)) return false;
        summary = entry.Summary;
        return true;
    }

    public void PutSummary(DashboardFilter filter, string language, DashboardData data, DashboardSummary summary)
    {
        if (_summaries.Count >= Capacity) _summaries.Clear();
        _summaries[(filter, language)] = (data, summary);
    }
}

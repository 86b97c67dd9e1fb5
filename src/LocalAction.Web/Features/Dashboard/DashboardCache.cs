using System.Collections.Concurrent;

namespace LocalAction.Web.Features.Dashboard;

/// <summary>
/// The dashboard's answers by filter and language, and the registry data they were counted from, each tagged with the
/// <see cref="Search.SearchIndex.Changes"/> count they were computed at: a later publication makes them stale at once.
/// A maximum age (Dashboard:CacheSeconds, default 300) also catches changes made outside the workflows (imports, SQL).
/// </summary>
public sealed class DashboardCache(TimeProvider clock, IConfiguration configuration)
{
    private const int Capacity = 2000; // rounds × regions × priorities × languages stays far below; forget all beyond
    private readonly TimeSpan _maxAge = TimeSpan.FromSeconds(configuration.GetValue("Dashboard:CacheSeconds", 300));
    private readonly ConcurrentDictionary<(DashboardFilter, string), Entry<DashboardSummary>> _summaries = new();
    private volatile Entry<DashboardData>? _data;

    private sealed record Entry<T>(long Changes, DateTimeOffset At, T Value);

    public bool TryGetSummary(DashboardFilter filter, string language, long changes, out DashboardSummary summary)
    {
        summary = null!;
        if (!_summaries.TryGetValue((filter, language), out var entry) || !Fresh(entry, changes)) return false;
        summary = entry.Value;
        return true;
    }

    public void PutSummary(DashboardFilter filter, string language, long changes, DashboardSummary summary)
    {
        if (_summaries.Count >= Capacity) _summaries.Clear();
        _summaries[(filter, language)] = new(changes, clock.GetUtcNow(), summary);
    }

    public DashboardData? Data(long changes) => _data is { } entry && Fresh(entry, changes) ? entry.Value : null;

    public void PutData(long changes, DashboardData data) => _data = new(changes, clock.GetUtcNow(), data);

    private bool Fresh<T>(Entry<T> entry, long changes) => entry.Changes == changes && clock.GetUtcNow() - entry.At < _maxAge;
}

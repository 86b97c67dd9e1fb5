using LocalAction.Web.Data;

namespace LocalAction.Web.Features.Search;

/// <summary>
/// Holds the current <see cref="SearchSnapshot"/>. The first request builds it; afterwards it is rebuilt in the
/// background when older than <c>Search:RefreshSeconds</c> (default 30) or after <see cref="Invalidate"/>, while the
/// previous one keeps answering, so a rebuild never makes a reader wait.
/// </summary>
public sealed class SearchIndex(IServiceScopeFactory scopes, TimeProvider clock, IConfiguration configuration, ILogger<SearchIndex> logger)
{
    private readonly SemaphoreSlim _building = new(1, 1);
    private readonly TimeSpan _maxAge = TimeSpan.FromSeconds(configuration.GetValue("Search:RefreshSeconds", 30));
    private volatile SearchSnapshot? _current;
    private volatile bool _invalidated;
    private int _backgroundRebuild; // 1 while one is scheduled: requests never queue up rebuilds behind a slow or failing one

    public async Task<SearchSnapshot> GetAsync(CancellationToken cancellationToken = default)
    {
        var current = _current;
        if (current is null)
        {
            return await RebuildAsync(cancellationToken);
        }
        if ((_invalidated || clock.GetUtcNow().UtcDateTime - current.BuiltAt > _maxAge)
            && Interlocked.CompareExchange(ref _backgroundRebuild, 1, 0) == 0)
        {
            _ = Task.Run(async () =>
            {
                try { await RebuildAsync(CancellationToken.None); }
                catch (Exception e) { logger.LogError(e, "Rebuilding the search index failed; the previous one keeps serving"); }
                finally { Interlocked.Exchange(ref _backgroundRebuild, 0); }
            }, CancellationToken.None);
        }
        return current;
    }

    private long _changes;
    private readonly Lock _changeLog = new();
    private readonly Queue<(long Change, int[]? Pledges)> _recentChanges = new();
    private const int RecentChangesKept = 1000;

    /// <summary>How many times the registry was changed since start-up: caches of figures compare it to know they are stale.</summary>
    public long Changes => Interlocked.Read(ref _changes);

    /// <summary>
    /// Call after publishing or changing pledges, naming them when known: the next request starts a rebuild, and readers
    /// that keep their own copy (the dashboard) reread only the named pledges. Without names they reread everything.
    /// </summary>
    public void Invalidate(IReadOnlyCollection<int>? pledgeIds = null)
    {
        lock (_changeLog)
        {
            var change = Interlocked.Increment(ref _changes);
            _recentChanges.Enqueue((change, pledgeIds?.ToArray()));
            while (_recentChanges.Count > RecentChangesKept) _recentChanges.Dequeue();
        }
        _invalidated = true;
    }

    /// <summary>
    /// The pledges changed after change <paramref name="since"/> up to <paramref name="until"/>; false when one of those
    /// changes did not name its pledges or is no longer remembered, so the caller must reread everything.
    /// </summary>
    public bool TryGetChangedPledges(long since, long until, out IReadOnlySet<int> pledgeIds)
    {
        var ids = new HashSet<int>();
        pledgeIds = ids;
        lock (_changeLog)
        {
            var expected = since + 1;
            foreach (var (change, pledges) in _recentChanges)
            {
                if (change <= since) continue;
                if (change > until) break;
                if (change != expected || pledges is null) return false;
                ids.UnionWith(pledges);
                expected++;
            }
            return expected == until + 1;
        }
    }

    private async Task<SearchSnapshot> RebuildAsync(CancellationToken cancellationToken)
    {
        var before = _current;
        await _building.WaitAsync(cancellationToken);
        try
        {
            // Someone else rebuilt while we waited.
            if (_current is { } fresh && !ReferenceEquals(fresh, before)) return fresh;
            _invalidated = false;
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<LocalActionDbContext>();
            var started = clock.GetTimestamp();
            var snapshot = await SearchSnapshotBuilder.BuildAsync(db, clock.GetUtcNow().UtcDateTime, cancellationToken);
            logger.LogInformation("Search index built: {Pledges} pledges, {Organizations} organizations in {Elapsed} ms",
                snapshot.Pledges.Count, snapshot.Organizations.Count, (int)clock.GetElapsedTime(started).TotalMilliseconds);
            _current = snapshot;
            return snapshot;
        }
        finally
        {
            _building.Release();
        }
    }
}

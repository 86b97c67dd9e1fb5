using LocalAction.Web.Data;
using LocalAction.Web.Features.Search;

namespace LocalAction.Web.Features.Dashboard;

/// <summary>
/// Keeps the <see cref="DashboardData"/> the figures are counted from, current with <see cref="SearchIndex.Changes"/>:
/// read whole on first use, then after each publication or validation only the pledges it names are read again, before
/// the next answer (a reader never sees figures older than a change it could know of). When a change names no pledges
/// the whole registry is read again. Every <c>Dashboard:RefreshSeconds</c> (default 300) the whole registry is also read
/// again in the background, to catch changes made outside the workflows (SQL, other instances), while the current copy
/// keeps answering.
/// </summary>
public sealed class DashboardRegistry(IServiceScopeFactory scopes, SearchIndex index, TimeProvider clock, IConfiguration configuration,
    ILogger<DashboardRegistry> logger)
{
    private readonly SemaphoreSlim _updating = new(1, 1);
    private readonly TimeSpan _maxAge = TimeSpan.FromSeconds(configuration.GetValue("Dashboard:RefreshSeconds", 300));
    private volatile Snapshot? _current;
    private int _backgroundRefresh;

    /// <summary>The data at a change count, and when it was last read whole.</summary>
    public sealed record Snapshot(DashboardData Data, long Changes, DateTimeOffset ReadWholeAt);

    public async Task<Snapshot> GetAsync(CancellationToken ct = default)
    {
        var changes = index.Changes;
        var current = _current;
        if (current is not null && current.Changes == changes)
        {
            if (clock.GetUtcNow() - current.ReadWholeAt > _maxAge) RefreshInBackground();
            return current;
        }
        await _updating.WaitAsync(ct);
        try
        {
            current = _current;
            changes = index.Changes; // read before the database: a change during the read leaves this copy stale, never wrongly fresh
            if (current is not null && current.Changes >= changes) return current;
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<LocalActionDbContext>();
            Snapshot next;
            if (current is not null && index.TryGetChangedPledges(current.Changes, changes, out var pledgeIds))
                next = current with { Data = await current.Data.ApplyAsync(db, [.. pledgeIds], ct), Changes = changes };
            else
                next = new(await DashboardData.LoadAsync(db, ct), changes, clock.GetUtcNow());
            Publish(next);
            return next;
        }
        finally
        {
            _updating.Release();
        }
    }

    private void Publish(Snapshot next)
    {
        DashboardVocabulary.Set(next.Data);
        _current = next;
    }

    private void RefreshInBackground()
    {
        if (Interlocked.CompareExchange(ref _backgroundRefresh, 1, 0) != 0) return;
        _ = Task.Run(async () =>
        {
            try
            {
                await _updating.WaitAsync();
                try
                {
                    var changes = index.Changes;
                    using var scope = scopes.CreateScope();
                    var data = await DashboardData.LoadAsync(scope.ServiceProvider.GetRequiredService<LocalActionDbContext>(), CancellationToken.None);
                    // Changes made during the read are applied by the next request, as after any publication.
                    Publish(new(data, changes, clock.GetUtcNow()));
                }
                finally { _updating.Release(); }
            }
            catch (Exception e) { logger.LogError(e, "Rereading the registry for the dashboard failed; the previous copy keeps answering"); }
            finally { Interlocked.Exchange(ref _backgroundRefresh, 0); }
        });
    }
}

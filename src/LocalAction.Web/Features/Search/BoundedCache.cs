using System.Collections.Concurrent;

namespace LocalAction.Web.Features.Search;

/// <summary>
/// A thread-safe memo that forgets everything once it holds <c>capacity</c> entries: simple, and enough for caches
/// that live as long as one search snapshot.
/// </summary>
public sealed class BoundedCache<TKey, TValue>(int capacity) where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, TValue> _entries = new();

    public int Count => _entries.Count;

    public TValue GetOrAdd<TState>(TKey key, Func<TKey, TState, TValue> create, TState state)
    {
        if (_entries.TryGetValue(key, out var value)) return value;
        if (_entries.Count >= capacity) _entries.Clear();
        return _entries.GetOrAdd(key, create, state);
    }
}

namespace LocalAction.Web.Features.Exports;

/// <summary>
/// Items grouped by a small integer slot (a pledge id, or a pledge's position in its batch), in two arrays rather than a
/// list per slot: two million links of a whole registry then take a few megabytes instead of a hundred thousand lists.
/// </summary>
public sealed class Grouped<T>
{
    private readonly int[] _start;
    private readonly T[] _items;

    private Grouped(int[] start, T[] items)
    {
        _start = start;
        _items = items;
    }

    /// <summary>The items of a slot, in the order they were added (empty for a slot out of range).</summary>
    public Span<T> this[int slot] => (uint)slot < (uint)(_start.Length - 1) ? _items.AsSpan(_start[slot], _start[slot + 1] - _start[slot]) : [];

    /// <summary>Collects (slot, item) pairs in any order, then groups them by slot with a counting sort.</summary>
    public sealed class Builder(int slots)
    {
        private int[] _slots = new int[256];
        private T[] _items = new T[256];
        private int _count;

        public void Add(int slot, T item)
        {
            if ((uint)slot >= (uint)slots) return;
            if (_count == _items.Length)
            {
                Array.Resize(ref _slots, _count * 2);
                Array.Resize(ref _items, _count * 2);
            }
            _slots[_count] = slot;
            _items[_count++] = item;
        }

        public Grouped<T> Build()
        {
            var start = new int[slots + 1];
            for (var i = 0; i < _count; i++) start[_slots[i] + 1]++;
            for (var s = 0; s < slots; s++) start[s + 1] += start[s];
            var next = start[..^1];
            var items = new T[_count];
            for (var i = 0; i < _count; i++) items[next[_slots[i]]++] = _items[i];
            return new Grouped<T>(start, items);
        }
    }
}

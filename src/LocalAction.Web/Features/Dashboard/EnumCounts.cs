using System.Runtime.CompilerServices;

namespace LocalAction.Web.Features.Dashboard;

/// <summary>
/// Counts by enum value in an array, with a slot for "not stated": every uncached dashboard answer counts every published
/// pledge, and indexing an array is several times cheaper than hashing a code per pledge.
/// </summary>
public sealed class EnumCounts<T> where T : struct, Enum
{
    private readonly int[] _counts = new int[Enum.GetValues<T>().Max(Index) + 1];
    private int _notStated;

    public void Add(T? value)
    {
        if (value is { } v) _counts[Index(v)]++;
        else _notStated++;
    }

    /// <summary>The counts by the values' URL codes, "not stated" included.</summary>
    public Dictionary<string, int> ByCode(IReadOnlyDictionary<T, string> codes)
    {
        var result = codes.ToDictionary(c => c.Value, c => _counts[Index(c.Key)]);
        result[DashboardCalculator.NotStated] = _notStated;
        return result;
    }

    // Every enum of the model is int-based and starts at zero.
    private static int Index(T value) => Unsafe.As<T, int>(ref value);
}

namespace LocalAction.Web.Features.Map;

/// <summary>
/// A band of pledge counts and its fill on the map: five steps of one blue, light to dark (ColorBrewer "Blues").
/// The bands are fixed rather than quantiles, so a country's shade changes only when its own count does and the
/// legend reads the same from one visit to the next.
/// </summary>
/// <param name="Min">Fewest pledges in the band.</param>
/// <param name="Max">Most pledges in the band; null for the open top band.</param>
/// <param name="Fill">The CSS colour of the band.</param>
public sealed record PledgeClass(int Min, int? Max, string Fill)
{
    /// <summary>Countries without pledges: a neutral grey, distinct from the lightest blue.</summary>
    public const string NoPledgesFill = "#e9ecef";

    public static IReadOnlyList<PledgeClass> All { get; } =
    [
        new(1, 1, "#c6dbef"),
        new(2, 2, "#9ecae1"),
        new(3, 4, "#6baed6"),
        new(5, 9, "#3182bd"),
        new(10, null, "#08519c"),
    ];

    /// <summary>The band of a country with at least one pledge.</summary>
    public static PledgeClass For(int pledges) =>
        pledges >= 1
            ? All.Last(c => pledges >= c.Min)
            : throw new ArgumentOutOfRangeException(nameof(pledges), pledges, "Only countries with pledges are shaded.");
}

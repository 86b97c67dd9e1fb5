namespace LocalAction.Web.Features.Search;

/// <summary>The values worth showing for each facet: those with matches, and those selected even when they have none.</summary>
public static class FacetSummary
{
    public static IReadOnlyList<FacetCount> For(Facet facet, int facetIndex, PledgeQuery query, PledgeSearchResult result, FacetLabels labels)
    {
        var counts = result.FacetCounts[facetIndex];
        var rows = facet.Values
            .Select((v, i) => new FacetCount(v.Slug, labels.Value(v), counts[i], query.Selected[facetIndex].Contains(v.Slug)))
            .Where(v => v.Count > 0 || v.Selected);
        return facet.OrderByCount ? rows.OrderByDescending(v => v.Count).ThenBy(v => v.Label, StringComparer.CurrentCulture).ToList() : rows.ToList();
    }
}

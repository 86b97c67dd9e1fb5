namespace LocalAction.Web.Features.Search;

/// <summary>One page of matching pledges, the total, and for every facet the number of matches per value.</summary>
public sealed record PledgeSearchResult(IReadOnlyList<IndexedPledge> Items, int Total, int Page, int PageSize, int[][] FacetCounts)
{
    public int PageCount => Total == 0 ? 1 : (Total + PageSize - 1) / PageSize;
}

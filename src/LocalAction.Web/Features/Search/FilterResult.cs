namespace LocalAction.Web.Features.Search;

/// <summary>Which pledges of a snapshot match a filter (one bit per pledge), how many, and the facet counts.</summary>
public sealed record FilterResult(ulong[] Matches, int Total, int[][] FacetCounts);

using LocalAction.Web.Features.Search;

namespace LocalAction.Web.Features.Pledges;

/// <summary>GET /api/v1/pledges: one page of results, the total, and the facet counts keyed by query parameter.</summary>
public sealed record PledgeListResponse(IReadOnlyList<PledgeSummary> Items, int Total, int Page, int PageSize, IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Facets);

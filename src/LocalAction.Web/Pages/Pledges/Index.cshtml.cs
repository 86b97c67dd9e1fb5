using LocalAction.Web.Features.Search;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LocalAction.Web.Pages.Pledges;

/// <summary>/pledges: search, filters with counts, sort and pages; the whole state is in the URL.</summary>
public sealed class IndexModel(SearchIndex index, FacetLabels labels) : PageModel
{
    public SearchSnapshot Snapshot { get; private set; } = null!;
    public PledgeQuery Query { get; private set; } = null!;
    public PledgeSearchResult? Result { get; private set; }
    public Dictionary<string, string[]> Errors { get; private set; } = [];
    public ErrorSummaryModel ErrorSummary => new(Errors, "/pledges");
    public FacetLabels Labels => labels;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Snapshot = await index.GetAsync(cancellationToken);
        Query = PledgeQuery.Parse(Request.Query, Snapshot.Facets, out var errors, rejectUnknownParameters: false);
        Errors = errors;
        if (errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }
        Result = PledgeSearch.Execute(Snapshot, Query);
    }

    public IReadOnlyList<FacetCount> Counts(int facet) => FacetSummary.For(Snapshot.Facets[facet], facet, Query, Result!, labels);

    /// <summary>The export of every pledge this search selects (all pages), in the page's language.</summary>
    public string ExportLink(string format, bool updates = false)
    {
        var filters = Query.ToQueryString(Snapshot.Facets, page: 1);
        return $"/api/v1/exports/pledges?format={format}{(updates ? "&part=updates" : "")}&lang={FacetLabels.Language}" + (filters.Length > 0 ? "&" + filters[1..] : "");
    }

    public string Link(int? page = null, string? toggleParameter = null, string? toggleValue = null, bool clearFacets = false, string? sort = null) =>
        "/pledges" + Query.ToQueryString(Snapshot.Facets, page, toggleParameter, toggleValue, clearFacets, sort);
}

using LocalAction.Web.Data;
using LocalAction.Web.Features.Organizations;
using LocalAction.Web.Features.Search;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LocalAction.Web.Pages.Organizations;

/// <summary>/organizations: every government, network and partner that pledges, searchable and sortable.</summary>
public sealed class IndexModel(SearchIndex index, LocalActionDbContext db) : PageModel
{
    public OrganizationQuery Query { get; private set; } = null!;
    public IReadOnlyList<IndexedOrganization> Items { get; private set; } = [];
    public int Total { get; private set; }
    public Dictionary<string, string[]> Errors { get; private set; } = [];
    public ErrorSummaryModel ErrorSummary => new(Errors, "/organizations");
    public List<(string Code, string Name)> Countries { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var snapshot = await index.GetAsync(cancellationToken);
        var codes = await db.Countries.Select(c => c.Alpha2).ToListAsync(cancellationToken);
        Query = OrganizationQuery.Parse(Request.Query, codes, out var errors, rejectUnknownParameters: false);
        Errors = errors;
        Countries = snapshot.Organizations.Where(o => o.CountryCode is not null).Select(o => (o.CountryCode!, o.CountryName!)).Distinct()
            .OrderBy(c => c.Item2, StringComparer.CurrentCulture).ToList();
        if (errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }
        (Items, Total) = Query.Run(snapshot);
    }

    public int PageCount => Total == 0 ? 1 : (Total + Query.PageSize - 1) / Query.PageSize;

    public string PageLink(int page)
    {
        var parts = new List<string>();
        if (Query.Text is not null) parts.Add("q=" + Uri.EscapeDataString(Query.Text));
        if (Query.Kind is not null) parts.Add("kind=" + Query.Kind);
        if (Query.Country is not null) parts.Add("country=" + Query.Country);
        if (Query.Sort != "name") parts.Add("sort=" + Query.Sort);
        if (page > 1) parts.Add("page=" + page);
        return "/organizations" + (parts.Count == 0 ? "" : "?" + string.Join('&', parts));
    }
}

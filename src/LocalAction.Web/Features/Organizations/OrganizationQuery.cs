using System.Globalization;
using LocalAction.Web.Features.Search;

namespace LocalAction.Web.Features.Organizations;

/// <summary>The organization list's parameters (q, kind, country, sort, page, pageSize), checked like the pledge search's.</summary>
public sealed record OrganizationQuery(string? Text, string? Kind, string? Country, string Sort, int Page, int PageSize)
{
    public static readonly string[] Sorts = ["name", "pledges"];
    private static readonly string[] Allowed = ["q", "kind", "country", "sort", "page", "pageSize"];

    /// <param name="rejectUnknownParameters">True for the API; pages ignore unknown parameters (see <see cref="PledgeQuery.Parse"/>).</param>
    public static OrganizationQuery Parse(IQueryCollection query, IReadOnlyCollection<string> countryCodes, out Dictionary<string, string[]> errors,
        bool rejectUnknownParameters = true)
    {
        errors = [];
        var text = query["q"].ToString();
        if (text.Length > PledgeQuery.MaxQueryLength) errors["q"] = [$"The search text is {text.Length} characters long; the limit is {PledgeQuery.MaxQueryLength}."];
        var kind = query["kind"].ToString();
        if (kind.Length > 0 && !FilterValues.Kinds.Values.Contains(kind)) errors["kind"] = [$"Unknown kind '{QueryParameters.Shorten(kind)}'. Known values: {string.Join(", ", FilterValues.Kinds.Values)}."];
        var country = query["country"].ToString();
        if (country.Length > 0 && !countryCodes.Contains(country)) errors["country"] = [$"Unknown country '{QueryParameters.Shorten(country)}': use an ISO 3166-1 alpha-2 code such as CO."];
        var sort = query["sort"].ToString();
        if (sort.Length == 0) sort = "name";
        else if (!Sorts.Contains(sort)) errors["sort"] = [$"Unknown sort '{QueryParameters.Shorten(sort)}'. Use one of: {string.Join(", ", Sorts)}."];
        var page = QueryParameters.Int(query, "page", 1, 1, int.MaxValue, errors, "Page numbers start at 1.");
        var pageSize = QueryParameters.Int(query, "pageSize", 50, 1, PledgeQuery.MaxPageSize, errors, $"Page size must be between 1 and {PledgeQuery.MaxPageSize}.");
        foreach (var key in query.Keys.Where(k => rejectUnknownParameters && !Allowed.Contains(k))) errors[key] = [$"Unknown parameter '{QueryParameters.Shorten(key)}'."];
        return new OrganizationQuery(string.IsNullOrWhiteSpace(text) ? null : text.Trim(), kind.Length > 0 ? kind : null,
            country.Length > 0 ? country : null, sort, page, pageSize);
    }

    public (IReadOnlyList<IndexedOrganization> Items, int Total) Run(SearchSnapshot snapshot)
    {
        var text = snapshot.OrganizationText.Match(Text);
        var matches = snapshot.Organizations.Where((o, i) => (text is null || text[i]) && (Kind is null || o.Kind == Kind) && (Country is null || o.CountryCode == Country));
        if (Sort == "pledges") matches = matches.OrderByDescending(o => o.Pledges).ThenBy(o => o.NameKey, StringComparer.Ordinal);
        var list = matches.ToList();
        return (list.Skip((Page - 1) * PageSize).Take(PageSize).ToList(), list.Count);
    }
}

using System.Globalization;
using Microsoft.Extensions.Primitives;

namespace LocalAction.Web.Features.Search;

/// <summary>
/// A pledge search as the URL states it: text, selected facet values, sort and page. The same parameters drive
/// the /pledges page and GET /api/v1/pledges, so a link reproduces the results.
/// </summary>
public sealed class PledgeQuery
{
    public const int MaxQueryLength = 200;
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 200;
    public static readonly string[] Sorts = ["newest", "title", "organization", "country"];
    private static readonly string[] OwnParameters = ["q", "sort", "page", "pageSize"];

    public string? Text { get; init; }

    /// <summary>Per facet index, the selected value slugs (empty = no filter).</summary>
    public required IReadOnlyList<string>[] Selected { get; init; }
    public string Sort { get; init; } = "newest";
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = DefaultPageSize;

    public bool HasFilters => Selected.Any(s => s.Count > 0) || !string.IsNullOrWhiteSpace(Text);

    /// <summary>Reads and checks a query string against the facets' known values; every problem is named by its parameter.</summary>
    /// <param name="rejectUnknownParameters">
    /// True for the API, where a misspelt parameter would silently widen the results; pages ignore them, so links that
    /// picked up tracking parameters (utm_source ...) still open.
    /// </param>
    public static PledgeQuery Parse(IQueryCollection query, IReadOnlyList<Facet> facets, out Dictionary<string, string[]> errors,
        bool rejectUnknownParameters = true)
    {
        errors = [];
        var selected = new IReadOnlyList<string>[Facets.Count];
        for (var f = 0; f < Facets.Count; f++)
        {
            var facet = facets[f];
            var values = Values(query[facet.Parameter]);
            var unknown = values.Where(v => !facet.IdOf.ContainsKey(v)).ToList();
            if (unknown.Count > 0)
            {
                var known = facet.Values.Count <= 30 ? $" Known values: {string.Join(", ", facet.Values.Select(v => v.Slug))}." : "";
                errors[facet.Parameter] = [$"Unknown {facet.Parameter} value(s): {string.Join(", ", unknown.Select(u => $"'{QueryParameters.Shorten(u)}'"))}.{known}"];
            }
            selected[f] = values.Where(facet.IdOf.ContainsKey).Distinct().ToList();
        }

        var text = query["q"].ToString();
        if (text.Length > MaxQueryLength) errors["q"] = [$"The search text is {text.Length} characters long; the limit is {MaxQueryLength}."];
        if (query["q"].Count > 1) errors["q"] = ["Give the search text once."];

        var sort = query["sort"].ToString();
        if (sort.Length == 0) sort = "newest";
        else if (!Sorts.Contains(sort)) errors["sort"] = [$"Unknown sort '{QueryParameters.Shorten(sort)}'. Use one of: {string.Join(", ", Sorts)}."];

        var page = QueryParameters.Int(query, "page", 1, 1, int.MaxValue, errors, "Page numbers start at 1.");
        var pageSize = QueryParameters.Int(query, "pageSize", DefaultPageSize, 1, MaxPageSize, errors, $"Page size must be between 1 and {MaxPageSize}.");

        var allowed = facets.Select(f => f.Parameter).Concat(OwnParameters).ToHashSet(StringComparer.Ordinal);
        foreach (var key in query.Keys.Where(k => rejectUnknownParameters && !allowed.Contains(k)))
        {
            errors[key] = [$"Unknown parameter '{QueryParameters.Shorten(key)}'."];
        }

        return new PledgeQuery { Text = string.IsNullOrWhiteSpace(text) ? null : text.Trim(), Selected = selected, Sort = sort, Page = page, PageSize = pageSize };
    }

    /// <summary>What decides the matches and counts (text and filters, not sort or page), in a canonical form.</summary>
    public string FilterKey()
    {
        var key = new System.Text.StringBuilder(string.Join(' ', TextNormalizer.Words(Text).Distinct().Order(StringComparer.Ordinal)));
        for (var f = 0; f < Selected.Length; f++)
        {
            if (Selected[f].Count == 0) continue;
            key.Append('|').Append(f.ToString(CultureInfo.InvariantCulture)).Append('=').AppendJoin(',', Selected[f].Order(StringComparer.Ordinal));
        }
        return key.ToString();
    }

    /// <summary>The query string of this search with one change, for links (facet toggles, chips, pages).</summary>
    public string ToQueryString(IReadOnlyList<Facet> facets, int? page = null, string? toggleParameter = null, string? toggleValue = null, bool clearFacets = false, string? sort = null)
    {
        var parts = new List<string>();
        if (Text is not null) parts.Add("q=" + Uri.EscapeDataString(Text));
        for (var f = 0; f < Facets.Count; f++)
        {
            if (clearFacets) break;
            var values = Selected[f].ToList();
            if (toggleParameter == facets[f].Parameter && toggleValue is not null)
            {
                if (!values.Remove(toggleValue)) values.Add(toggleValue);
            }
            parts.AddRange(values.Select(v => facets[f].Parameter + "=" + Uri.EscapeDataString(v)));
        }
        var effectiveSort = sort ?? Sort;
        if (effectiveSort != "newest") parts.Add("sort=" + effectiveSort);
        if (PageSize != DefaultPageSize) parts.Add("pageSize=" + PageSize.ToString(CultureInfo.InvariantCulture));
        var effectivePage = page ?? (toggleParameter is null && sort is null ? Page : 1);
        if (effectivePage > 1) parts.Add("page=" + effectivePage.ToString(CultureInfo.InvariantCulture));
        return parts.Count == 0 ? "" : "?" + string.Join('&', parts);
    }

    private static List<string> Values(StringValues raw) =>
        raw.SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
}

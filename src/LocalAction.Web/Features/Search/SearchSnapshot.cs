namespace LocalAction.Web.Features.Search;

/// <summary>An immutable, in-memory picture of the published registry that searches and facet counts run against.</summary>
public sealed class SearchSnapshot(
    IReadOnlyList<IndexedPledge> pledges, TokenIndex text, IReadOnlyList<Facet> facets,
    IReadOnlyList<IndexedOrganization> organizations, TokenIndex organizationText, DateTime builtAt)
{
    public IReadOnlyList<IndexedPledge> Pledges { get; } = pledges;
    public TokenIndex Text { get; } = text;
    public IReadOnlyList<Facet> Facets { get; } = facets;
    public IReadOnlyList<IndexedOrganization> Organizations { get; } = organizations;
    public TokenIndex OrganizationText { get; } = organizationText;
    public DateTime BuiltAt { get; } = builtAt;

    private readonly int[] _newest = Enumerable.Range(0, pledges.Count).ToArray();
    private readonly int[] _byTitle = Order(pledges, (a, b) => Compare(a.TitleKey, b.TitleKey, a.PublicId, b.PublicId));
    private readonly int[] _byOrganization = Order(pledges, (a, b) => Compare(a.OrganizationKey, b.OrganizationKey, a.PublicId, b.PublicId));
    private readonly int[] _byCountry = Order(pledges, (a, b) =>
    {
        var c = string.CompareOrdinal(a.CountryKey, b.CountryKey);
        return c != 0 ? c : Compare(a.OrganizationKey, b.OrganizationKey, a.PublicId, b.PublicId);
    });

    /// <summary>Positions of the pledges in the given sort order (the pledges themselves are stored newest first).</summary>
    public int[] OrderFor(string sort) => sort switch
    {
        "title" => _byTitle,
        "organization" => _byOrganization,
        "country" => _byCountry,
        _ => _newest,
    };

    private static int Compare(string a, string b, string idA, string idB)
    {
        var c = string.CompareOrdinal(a, b);
        return c != 0 ? c : string.CompareOrdinal(idA, idB);
    }

    private static int[] Order(IReadOnlyList<IndexedPledge> pledges, Comparison<IndexedPledge> comparison)
    {
        var order = Enumerable.Range(0, pledges.Count).ToArray();
        Array.Sort(order, (x, y) => comparison(pledges[x], pledges[y]));
        return order;
    }
}

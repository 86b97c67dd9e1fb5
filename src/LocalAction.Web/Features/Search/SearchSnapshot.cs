namespace LocalAction.Web.Features.Search;

/// <summary>An immutable, in-memory picture of the published registry that searches and facet counts run against.</summary>
public sealed class SearchSnapshot
{
    private readonly int[] _newest;
    private readonly int[] _byTitle;
    private readonly int[] _byOrganization;
    private readonly int[] _byCountry;

    public SearchSnapshot(IReadOnlyList<IndexedPledge> pledges, TokenIndex text, IReadOnlyList<Facet> facets,
        IReadOnlyList<IndexedOrganization> organizations, TokenIndex organizationText, DateTime builtAt)
    {
        Pledges = pledges;
        Text = text;
        Facets = facets;
        Organizations = organizations;
        OrganizationText = organizationText;
        BuiltAt = builtAt;

        FirstValueOfFacet = new int[facets.Count + 1];
        for (var f = 0; f < facets.Count; f++) FirstValueOfFacet[f + 1] = FirstValueOfFacet[f] + facets[f].Values.Count;
        FacetOfValue = new int[FirstValueOfFacet[^1]];
        for (var f = 0; f < facets.Count; f++)
        {
            for (var v = FirstValueOfFacet[f]; v < FirstValueOfFacet[f + 1]; v++) FacetOfValue[v] = f;
        }
        Offsets = new int[pledges.Count + 1];
        var values = new List<int>(pledges.Count * 24);
        for (var i = 0; i < pledges.Count; i++)
        {
            Offsets[i] = values.Count;
            var ids = pledges[i].FacetValueIds;
            for (var f = 0; f < ids.Length; f++)
            {
                foreach (var id in ids[f]) values.Add(FirstValueOfFacet[f] + id);
            }
        }
        Offsets[pledges.Count] = values.Count;
        ValueIds = values.ToArray();

        _newest = Enumerable.Range(0, pledges.Count).ToArray();
        _byTitle = Order(pledges, (a, b) => Compare(a.TitleKey, b.TitleKey, a.PublicId, b.PublicId));
        _byOrganization = Order(pledges, (a, b) => Compare(a.OrganizationKey, b.OrganizationKey, a.PublicId, b.PublicId));
        _byCountry = Order(pledges, (a, b) =>
        {
            var c = string.CompareOrdinal(a.CountryKey, b.CountryKey);
            return c != 0 ? c : Compare(a.OrganizationKey, b.OrganizationKey, a.PublicId, b.PublicId);
        });
    }

    /// <summary>The published pledges, newest first.</summary>
    public IReadOnlyList<IndexedPledge> Pledges { get; }
    public TokenIndex Text { get; }
    public IReadOnlyList<Facet> Facets { get; }
    public IReadOnlyList<IndexedOrganization> Organizations { get; }
    public TokenIndex OrganizationText { get; }
    public DateTime BuiltAt { get; }

    /// <summary>
    /// The facet values of all pledges in one flat array (pledge i owns ValueIds[Offsets[i]..Offsets[i+1]]), as global
    /// ids numbered across facets: counting is then one increment per value into one array, which keeps a search over
    /// 100 000 pledges within a few milliseconds.
    /// </summary>
    public int[] ValueIds { get; }

    /// <summary>Where each pledge's values start in <see cref="ValueIds"/>; one more entry than there are pledges.</summary>
    public int[] Offsets { get; }

    /// <summary>The facet a global value id belongs to.</summary>
    public int[] FacetOfValue { get; }

    /// <summary>The global id of each facet's first value (a facet's local value id + this = its global id); one more entry than facets.</summary>
    public int[] FirstValueOfFacet { get; }

    /// <summary>Filter results already computed on this snapshot, by <see cref="PledgeQuery.FilterKey"/>; bounded.</summary>
    public BoundedCache<string, FilterResult> Filtered { get; } = new(capacity: 2_000);

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

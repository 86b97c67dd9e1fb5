namespace LocalAction.Web.Features.Search;

/// <summary>A filter dimension: its query parameter, its label's resource key, and its possible values.</summary>
public sealed class Facet
{
    public Facet(string parameter, string labelKey, IEnumerable<FacetValue> values, bool orderByCount = false)
    {
        Parameter = parameter;
        LabelKey = labelKey;
        Values = values.ToList();
        OrderByCount = orderByCount;
        IdOf = Values.Select((v, i) => (v.Slug, i)).ToDictionary(x => x.Slug, x => x.i, StringComparer.Ordinal);
    }

    public string Parameter { get; }
    public string LabelKey { get; }
    public IReadOnlyList<FacetValue> Values { get; }

    /// <summary>Long lists (countries, subregions) read best with the most frequent first.</summary>
    public bool OrderByCount { get; }
    public IReadOnlyDictionary<string, int> IdOf { get; }
}

namespace LocalAction.Web.Features.Search;

/// <summary>
/// One value of a facet: its URL word and its label, either a taxonomy name in the three languages or an
/// interface string looked up in the resources.
/// </summary>
public sealed record FacetValue(string Slug, string? NameEn = null, string? NameFr = null, string? NameEs = null, string? ResourceKey = null)
{
    public string? NameIn(string language) => language switch { "fr" => NameFr, "es" => NameEs, _ => NameEn };
}

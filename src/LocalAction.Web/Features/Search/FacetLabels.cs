using Microsoft.Extensions.Localization;

namespace LocalAction.Web.Features.Search;

/// <summary>Names facets and their values in the reader's language.</summary>
public sealed class FacetLabels(IStringLocalizer<SharedResource> l)
{
    public static string Language => System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    public string Facet(Facet facet) => l[facet.LabelKey];

    public string Value(FacetValue value) => value.ResourceKey is { } key ? l[key] : value.NameIn(Language) ?? value.Slug;

    /// <summary>The label of a value given by its slug, e.g. for an active-filter chip.</summary>
    public string Value(Facet facet, string slug) => facet.IdOf.TryGetValue(slug, out var id) ? Value(facet.Values[id]) : slug;
}

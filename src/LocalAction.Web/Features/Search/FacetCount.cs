namespace LocalAction.Web.Features.Search;

/// <summary>A facet value with the number of pledges that choosing it would give.</summary>
public sealed record FacetCount(string Value, string Label, int Count, bool Selected);

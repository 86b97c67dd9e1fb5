namespace LocalAction.Web.Features.Taxonomy;

/// <summary>An area of focus for Global Refugee Forum pledges (plus health, which the reports use).</summary>
public sealed class GcrArea : MultilingualTerm
{
    public required string Code { get; init; }
    public int SortOrder { get; set; }
}

namespace LocalAction.Web.Features.Taxonomy;

/// <summary>One of the ten GCM guiding principles, coded a to j as in the resolution.</summary>
public sealed class GuidingPrinciple : MultilingualTerm
{
    public required string Code { get; init; }
}

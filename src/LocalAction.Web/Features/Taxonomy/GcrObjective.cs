namespace LocalAction.Web.Features.Taxonomy;

/// <summary>One of the four objectives of the Global Compact on Refugees.</summary>
public sealed class GcrObjective : MultilingualTerm
{
    public required int Number { get; init; }
}

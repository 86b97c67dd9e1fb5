namespace LocalAction.Web.Features.Taxonomy;

/// <summary>An OECD functional-urban-area size class; the thresholds are data so they can be revised without code.</summary>
public sealed class CitySizeClass : MultilingualTerm
{
    public required string Code { get; init; }
    public required long MinPopulation { get; set; }
    public long? MaxPopulationExclusive { get; set; }

    public bool Contains(long population) =>
        population >= MinPopulation && (MaxPopulationExclusive is null || population < MaxPopulationExclusive);
}

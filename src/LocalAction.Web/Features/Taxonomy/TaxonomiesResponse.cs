namespace LocalAction.Web.Features.Taxonomy;

/// <summary>The reference lists as the API returns them.</summary>
public sealed record TaxonomiesResponse(
    IReadOnlyList<TaxonomiesResponse.PriorityEntry> Priorities, IReadOnlyList<TaxonomiesResponse.Numbered> GcmObjectives,
    IReadOnlyList<TaxonomiesResponse.Coded> GuidingPrinciples, IReadOnlyList<TaxonomiesResponse.Numbered> GcrObjectives,
    IReadOnlyList<TaxonomiesResponse.Coded> GcrAreas, IReadOnlyList<TaxonomiesResponse.SdgEntry> Sdgs, IReadOnlyList<TaxonomiesResponse.CountryEntry> Countries,
    IReadOnlyList<TaxonomiesResponse.SizeEntry> CitySizeClasses, IReadOnlyList<TaxonomiesResponse.RoundEntry> Rounds)
{
    public sealed record Names(string En, string Fr, string Es);
    public sealed record PriorityEntry(int Number, Names Name, IReadOnlyList<int> GcmObjectives, IReadOnlyList<string> GcrAreas, IReadOnlyList<int> Sdgs);
    public sealed record Numbered(int Number, Names Name);
    public sealed record Coded(string Code, Names Name);
    public sealed record SdgEntry(int Number, Names Name, string Colour);
    public sealed record CountryEntry(string Alpha2, string Alpha3, string Numeric, string Name, string? M49RegionCode, string? M49Region,
        string? M49SubregionCode, string? M49Subregion, string? M49IntermediateRegionCode, string? M49IntermediateRegion, string? ReportRegion);
    public sealed record SizeEntry(string Code, Names Name, long MinPopulation, long? MaxPopulationExclusive);
    public sealed record RoundEntry(string Code, string Name, int Year, string Forum);
}

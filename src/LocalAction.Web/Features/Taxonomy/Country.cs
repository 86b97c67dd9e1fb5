namespace LocalAction.Web.Features.Taxonomy;

/// <summary>An ISO 3166-1 country or territory with its UN M49 classification and the reports' own regional grouping.</summary>
public sealed class Country
{
    public required string Alpha2 { get; init; }
    public required string Alpha3 { get; init; }
    public required string Numeric { get; init; }
    public required string Name { get; set; }
    public string? M49RegionCode { get; set; }
    public string? M49Region { get; set; }
    public string? M49SubregionCode { get; set; }
    public string? M49Subregion { get; set; }
    public string? M49IntermediateRegionCode { get; set; }
    public string? M49IntermediateRegion { get; set; }

    /// <summary>The Call to Local Action reports group regions their own way (e.g. "Middle East and North Africa"); kept beside M49.</summary>
    public string? ReportRegion { get; set; }
}

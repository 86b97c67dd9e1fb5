namespace LocalAction.Web.Features.Search;

/// <summary>The facets of the pledge search, in display order. The numbers index <see cref="SearchSnapshot.Facets"/>.</summary>
public static class Facets
{
    public const int Round = 0;
    public const int Compact = 1;
    public const int Priority = 2;
    public const int GcmObjective = 3;
    public const int GcrObjective = 4;
    public const int GcrArea = 5;
    public const int Sdg = 6;
    public const int Beneficiary = 7;
    public const int Region = 8;
    public const int Subregion = 9;
    public const int ReportRegion = 10;
    public const int Country = 11;
    public const int OrganizationKind = 12;
    public const int CitySize = 13;
    public const int Stage = 14;
    public const int Joint = 15;
    public const int HasUpdates = 16;
    public const int Completeness = 17;
    public const int Count = 18;

    /// <summary>Query parameter of each facet, by index.</summary>
    public static readonly string[] Parameters =
    [
        "round", "compact", "priority", "gcm", "gcrObjective", "gcrArea", "sdg", "beneficiary", "region", "subregion",
        "reportRegion", "country", "kind", "size", "stage", "joint", "hasUpdates", "completeness",
    ];
}

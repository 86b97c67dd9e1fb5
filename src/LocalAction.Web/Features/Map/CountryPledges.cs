namespace LocalAction.Web.Features.Map;

/// <summary>A country and the number of published pledges whose lead organization is there (zero included).</summary>
/// <param name="Alpha2">ISO 3166-1 alpha-2 code, as in the pledge list's country filter.</param>
/// <param name="Numeric">ISO 3166-1 numeric code, as the map shapes are identified.</param>
public sealed record CountryPledges(string Alpha2, string Numeric, string Name, string? M49Region, int Pledges);

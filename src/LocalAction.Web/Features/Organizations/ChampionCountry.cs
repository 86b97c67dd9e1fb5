using LocalAction.Web.Features.Rounds;

namespace LocalAction.Web.Features.Organizations;

/// <summary>A GCM Champion country, as marked for a round in the sources (a property of the country, not of the city).</summary>
public sealed class ChampionCountry
{
    public required string CountryCode { get; init; }
    public int RoundId { get; init; }
    public Round? Round { get; init; }
    public required string Source { get; init; }
}

namespace LocalAction.Web.Features.Organizations;

/// <summary>An organization's public profile: what it is, where, and what it pledged with whom.</summary>
public sealed record OrganizationDetail(
    string Slug, string Name, string Kind, string? CountryCode, string? CountryName, string? LocationAsWritten,
    string? M49Region, string? M49Subregion, string? ReportRegion, long? Population, string? PopulationSource, string? CitySize, string? CitySizeName,
    string? Website, bool IsSynthetic, IReadOnlyList<string> ChampionRounds,
    IReadOnlyList<OrganizationDetail.RoundPledges> PledgesByRound, IReadOnlyList<OrganizationDetail.PartnerCount> Partners)
{
    public sealed record RoundPledges(string Round, string RoundName, int Year, IReadOnlyList<PledgeRef> Pledges);
    public sealed record PledgeRef(string PublicId, string? Title, string Role, string? Compact, string Url);
    public sealed record PartnerCount(string Name, int Pledges);
}

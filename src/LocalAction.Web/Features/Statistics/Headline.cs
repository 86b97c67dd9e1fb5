namespace LocalAction.Web.Features.Statistics;

/// <summary>Headline figures computed from the database (see <see cref="HeadlineFigures"/>).</summary>
public sealed record Headline(
    int Pledges,
    int IdpOnlyPledges,
    int DocumentedPledges,
    int GovernmentsAndNetworks,
    int Countries,
    IReadOnlyList<RoundCount> PledgesByRound,
    long ResidentsOfKnownPopulation,
    int OrganizationsWithKnownPopulation,
    int PledgesWithValidatedUpdate,
    decimal MoneyMobilizedUsd,
    int UpdatesReportingUsd)
{
    public int Rounds => PledgesByRound.Count;
}

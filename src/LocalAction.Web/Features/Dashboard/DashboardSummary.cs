namespace LocalAction.Web.Features.Dashboard;

/// <summary>
/// The dashboard's headline figures and every breakdown, for one filter, computed live from published pledges and
/// validated updates. Counts that depend on data the sources do not always state come with how many are known.
/// </summary>
public sealed record DashboardSummary(
    DashboardFilter Filter,
    int Pledges,
    int IdpOnlyPledges,
    int PledgingEntities,
    int Countries,
    long ResidentsRepresented,
    int PopulationsKnown,
    int PledgesWithValidatedUpdate,
    decimal MoneyMobilizedUsd,
    int MoneyFiguresCounted,
    long PeopleReached,
    int PeopleFiguresCounted,
    int PledgesWithoutDocumentedDetails,
    IReadOnlyList<Breakdown> Breakdowns)
{
    public Breakdown? this[string key] => Breakdowns.FirstOrDefault(b => b.Key == key);
}

namespace LocalAction.Web.Features.Dashboard;

/// <summary>One row of a breakdown: a stable code (for URLs and CSV), its label in the reader's language, and the value.</summary>
public sealed record FigureRow(string Code, string Label, decimal Value);

/// <summary>
/// A breakdown of the filtered registry (pledges by priority, by compact ...): what the dashboard draws as a chart with its
/// data table, the CSV download and <c>GET /api/v1/stats/{key}</c> return. <see cref="Unit"/> says what the values count
/// (<see cref="BreakdownUnits"/>); <see cref="Note"/> explains what is left out or counted twice.
/// </summary>
public sealed record Breakdown(string Key, string Title, string Unit, IReadOnlyList<FigureRow> Rows, string? Note = null);

/// <summary>What a breakdown's values count.</summary>
public static class BreakdownUnits
{
    public const string Pledges = "pledges";
    public const string Organizations = "organizations";
    public const string People = "people";
    public const string Usd = "usd";
    public const string Percent = "percent";
}

/// <summary>The breakdowns, by key (URL word). The order is the dashboard's.</summary>
public static class BreakdownKeys
{
    public const string Rounds = "rounds";
    public const string PledgingEntities = "pledging-entities";
    public const string CumulatedPledges = "cumulated-pledges";
    public const string CumulatedPledgingEntities = "cumulated-pledging-entities";
    public const string Priorities = "priorities";
    public const string Compacts = "compacts";
    public const string Beneficiaries = "beneficiaries";
    public const string OrganizationKinds = "organization-kinds";
    public const string CitySizes = "city-sizes";
    public const string ReportRegions = "report-regions";
    public const string M49Regions = "m49-regions";
    public const string ChampionCountries = "champion-countries";
    public const string Partnerships = "partnerships";
    public const string BudgetBands = "budget-bands";
    public const string FirstTimePledgers = "first-time-pledgers";
    public const string UpdateCoverage = "update-coverage";
    public const string Stages = "stages";
    public const string Challenges = "challenges";
    public const string PeopleReached = "people-reached";

    public static readonly string[] All =
    [
        Rounds, PledgingEntities, CumulatedPledges, CumulatedPledgingEntities, Priorities, Compacts, Beneficiaries, OrganizationKinds, CitySizes, ReportRegions, M49Regions, ChampionCountries,
        Partnerships, BudgetBands, FirstTimePledgers, UpdateCoverage, Stages, Challenges, PeopleReached,
    ];
}

using LocalAction.Tests.Infrastructure;
using LocalAction.Web.Features.Dashboard;
using LocalAction.Web.Features.Organizations;
using LocalAction.Web.Features.Pledges;
using LocalAction.Web.Features.Rounds;
using LocalAction.Web.Features.Search;
using LocalAction.Web.Features.Taxonomy;
using LocalAction.Web.Features.Updates;
using Microsoft.EntityFrameworkCore;

namespace LocalAction.Tests.Dashboard;

/// <summary>
/// The dashboard's figures computed the plain way, over whole entities, independently of the app's calculator:
/// what every figure must equal. Written from the rules, not from the app's code.
/// </summary>
public sealed class DashboardExpectation
{
    private List<Pledge> _all = [];
    private List<Round> _rounds = [];
    private List<Country> _countries = [];
    private List<ChampionCountry> _champions = [];
    private List<CitySizeClass> _sizes = [];

    public static async Task<DashboardExpectation> LoadAsync(LocalActionFactory factory)
    {
        await using var scope = factory.CreateDbScope();
        var db = scope.Db;
        return new DashboardExpectation
        {
            _all = await db.Pledges.AsNoTracking().AsSplitQuery().Where(p => p.ReviewState == ReviewState.Published)
                .Include(p => p.Organizations).ThenInclude(o => o.Organization).ThenInclude(o => o!.Country)
                .Include(p => p.Priorities).Include(p => p.Beneficiaries).Include(p => p.Partners)
                .Include(p => p.Updates).ThenInclude(u => u.Challenges).ToListAsync(),
            _rounds = await db.Rounds.AsNoTracking().OrderBy(r => r.Year).ThenBy(r => r.Code).ToListAsync(),
            _countries = await db.Countries.AsNoTracking().ToListAsync(),
            _champions = await db.ChampionCountries.AsNoTracking().ToListAsync(),
            _sizes = await db.CitySizeClasses.AsNoTracking().ToListAsync(),
        };
    }

    public IReadOnlyList<Round> Rounds => _rounds;

    /// <summary>Report-region words of the lead organizations' countries, most frequent first.</summary>
    public IEnumerable<string> LeadRegions() => _all.Select(p => Lead(p)?.Country?.ReportRegion).OfType<string>()
        .GroupBy(r => r).OrderByDescending(g => g.Count()).Select(g => FilterValues.ReportRegionSlug(g.Key));

    private static Organization? Lead(Pledge p) =>
        (p.Organizations.FirstOrDefault(o => o.Role == PledgeRole.Lead) ?? p.Organizations.FirstOrDefault())?.Organization;

    private static IEnumerable<PledgeUpdate> Validated(Pledge p) => p.Updates.Where(u => u.Status == UpdateStatus.Validated);

    public List<Pledge> Pledges(DashboardFilter f) => _all.Where(p =>
        (f.Round is null || _rounds.Single(r => r.Id == p.RoundId).Code == f.Round)
        && (f.Priority is null || p.Priorities.Any(x => x.PriorityNumber == f.Priority))
        && (f.Region is null || (Lead(p)?.Country?.ReportRegion is { } r && FilterValues.ReportRegionSlug(r) == f.Region))).ToList();

    public record Headline(int Pledges, int IdpOnly, int Entities, int Countries, long Residents, int PopulationsKnown, int Updated,
        decimal Money, int MoneyCounted, long People, int PeopleCounted, int NotDocumented);

    public Headline HeadlineFor(DashboardFilter f)
    {
        var pledges = Pledges(f);
        var orgs = pledges.SelectMany(p => p.Organizations).Select(o => o.Organization!).DistinctBy(o => o.Id).ToList();
        var money = pledges.SelectMany(Validated)
            .Select(u => u.MoneyMobilizedUsd ?? (u.MoneyMobilizedCurrency == "USD" ? u.MoneyMobilizedAmount : null)).OfType<decimal>().ToList();
        var people = pledges.Select(People).OfType<long>().ToList();
        return new Headline(pledges.Count, pledges.Count(p => p.Compact == Compact.IdpOnly), orgs.Count,
            orgs.Select(o => o.CountryCode).OfType<string>().Distinct().Count(),
            orgs.Sum(o => o.Population ?? 0), orgs.Count(o => o.Population is not null),
            pledges.Count(p => Validated(p).Any()), money.Sum(), money.Count, people.Sum(), people.Count,
            pledges.Count(p => p.Completeness == Completeness.DetailsNotDocumented));
    }

    private static long? People(Pledge p) => Validated(p).Where(u => u.PeopleReachedTotal is not null)
        .OrderByDescending(u => u.ReportedOn ?? DateOnly.MinValue).ThenByDescending(u => u.Id).FirstOrDefault()?.PeopleReachedTotal;

    /// <summary>Every breakdown as code → value (rows with value zero included only where the app lists them too: compared by non-zero rows).</summary>
    public Dictionary<string, Dictionary<string, decimal>> Breakdowns(DashboardFilter f)
    {
        var pledges = Pledges(f);
        var rounds = _rounds.Where(r => f.Round is null || r.Code == f.Round).ToList();
        const string ns = FilterValues.NotStated;
        Dictionary<string, decimal> Count(Func<Pledge, IEnumerable<string>> codes) =>
            pledges.SelectMany(p => codes(p).Distinct()).GroupBy(c => c).ToDictionary(g => g.Key, g => (decimal)g.Count());
        IEnumerable<string> Or(IEnumerable<string> values) => values.Any() ? values : [ns];
        string RoundOf(Pledge p) => _rounds.Single(r => r.Id == p.RoundId).Code;
        int Order(int roundId) => _rounds.FindIndex(r => r.Id == roundId);

        var firstRound = _all.SelectMany(p => p.Organizations.Select(o => (o.OrganizationId, Order: Order(p.RoundId))))
            .GroupBy(x => x.OrganizationId).ToDictionary(g => g.Key, g => g.Min(x => x.Order));
        decimal Percent(IEnumerable<Pledge> ps) => ps.Any() ? Math.Round(100m * ps.Count(p => Validated(p).Any()) / ps.Count(), 1) : 0;

        var result = new Dictionary<string, Dictionary<string, decimal>>
        {
            [BreakdownKeys.Rounds] = Count(p => [RoundOf(p)]),
            [BreakdownKeys.PledgingEntities] = pledges.GroupBy(RoundOf)
                .ToDictionary(g => g.Key, g => (decimal)g.SelectMany(p => p.Organizations).Select(o => o.OrganizationId).Distinct().Count()),
            [BreakdownKeys.CumulatedPledges] = rounds.ToDictionary(r => r.Code,
                r => (decimal)pledges.Count(p => Order(p.RoundId) <= Order(r.Id))),
            [BreakdownKeys.CumulatedPledgingEntities] = rounds.ToDictionary(r => r.Code,
                r => (decimal)pledges.Where(p => Order(p.RoundId) <= Order(r.Id)).SelectMany(p => p.Organizations).Select(o => o.OrganizationId).Distinct().Count()),
            [BreakdownKeys.Priorities] = Count(p => Or(p.Priorities.Select(x => x.PriorityNumber.ToString()))),
            [BreakdownKeys.Compacts] = Count(p => [p.Compact switch
            {
                Compact.Gcm => "gcm", Compact.Gcr => "gcr", Compact.Mirror => "mirror", Compact.IdpOnly => "idp-only", _ => ns,
            }]),
            [BreakdownKeys.Beneficiaries] = Count(p => Or(p.Beneficiaries.Select(b => FilterValues.Beneficiaries[b.Group]))),
            [BreakdownKeys.OrganizationKinds] = Count(p => [Lead(p) is { } o ? FilterValues.Kinds[o.Kind] : ns]),
            [BreakdownKeys.CitySizes] = Count(p => [Lead(p) is not { } o ? ns
                : o.Kind != OrganizationKind.CityOrMunicipality ? "not-a-city"
                : CitySizeClassifier.Classify(o, _sizes)?.Code ?? ns]),
            [BreakdownKeys.ReportRegions] = Count(p => [Lead(p)?.Country?.ReportRegion is { } r ? FilterValues.ReportRegionSlug(r) : ns]),
            [BreakdownKeys.M49Regions] = Count(p => [Lead(p)?.Country?.M49RegionCode ?? ns]),
            [BreakdownKeys.ChampionCountries] = Count(p => [Lead(p)?.CountryCode is not { } c ? ns
                : _champions.Any(x => x.CountryCode == c && x.RoundId == p.RoundId) ? "yes" : "no"]),
            [BreakdownKeys.Partnerships] = Count(p => p.Partners.Where(x => x.Type == PartnerType.NationalGovernment).Select(_ => "national-government-partner")
                .Append(p.Kind is { } k ? FilterValues.PledgeKinds[k] : ns)),
            [BreakdownKeys.BudgetBands] = Count(p => [p.BudgetAmount is not { } a ? ns
                : p.BudgetCurrency?.ToUpperInvariant() != "USD" ? "other-currency" : a < 100_000m ? "under-100k" : "100k-and-above"]),
            [BreakdownKeys.FirstTimePledgers] = pledges.SelectMany(p => p.Organizations.Where(o => firstRound[o.OrganizationId] == Order(p.RoundId))
                    .Select(o => (o.OrganizationId, Round: RoundOf(p))))
                .Distinct().GroupBy(x => x.Round).ToDictionary(g => g.Key, g => (decimal)g.Count()),
            [BreakdownKeys.UpdateCoverage] = rounds.ToDictionary(r => r.Code, r => Percent(pledges.Where(p => p.RoundId == r.Id)))
                .Append(new("all", Percent(pledges))).ToDictionary(),
            [BreakdownKeys.Stages] = Count(p => [p.Stage is { } s ? FilterValues.Stages[s] : ns]),
            [BreakdownKeys.Challenges] = pledges.Where(p => Validated(p).Any())
                .SelectMany(p => Or(Validated(p).SelectMany(u => u.Challenges).Select(c => FilterValues.Kebab(c.Challenge))).Distinct())
                .GroupBy(c => c).ToDictionary(g => g.Key, g => (decimal)g.Count()),
            [BreakdownKeys.PeopleReached] = pledges.GroupBy(RoundOf).ToDictionary(g => g.Key, g => (decimal)g.Sum(p => People(p) ?? 0)),
        };
        // Zero rows carry no information to compare: the app lists every known value, the expectation only those seen.
        return result.ToDictionary(b => b.Key, b => b.Value.Where(kv => kv.Value != 0).ToDictionary());
    }
}

using LocalAction.Web.Features.Organizations;
using LocalAction.Web.Features.Pledges;
using LocalAction.Web.Features.Search;
using LocalAction.Web.Features.Updates;
using System.Globalization;
using System.Runtime.InteropServices;
using Microsoft.Extensions.Localization;
using static LocalAction.Web.Features.Dashboard.DashboardData;

namespace LocalAction.Web.Features.Dashboard;

/// <summary>
/// Counts the dashboard's figures for one filter from <see cref="DashboardData"/>, in memory. Rules applied everywhere:
/// a pledge counts once under each value it has; an unknown value is its own "not-stated" row, never dropped; the
/// region filter and the breakdowns by organization kind, city size, region and Champion country follow the lead
/// organization (as the search facets do).
/// </summary>
public static class DashboardCalculator
{
    public const string NotStated = FilterValues.NotStated;
    public const decimal BudgetBandLimitUsd = 100_000m;

    public static DashboardSummary Compute(DashboardData data, DashboardFilter filter, IStringLocalizer l)
    {
        var pledges = Filter(data, filter);
        var language = FacetLabels.Language;
        string notStated = l["Not stated"];
        Breakdown Make(string key, string title, string unit, IEnumerable<FigureRow> rows, string? note = null) =>
            new(key, l[title], unit, rows.ToList(), note);
        IEnumerable<(string, string)> WithNotStated(IEnumerable<(string, string)> values) => values.Append((NotStated, notStated));
        static IEnumerable<FigureRow> Rows(IEnumerable<(string Code, string Label)> values, Dictionary<string, int> counts) =>
            values.Select(v => new FigureRow(v.Code, v.Label, counts.GetValueOrDefault(v.Code)));

        var rounds = data.Rounds.Where(r => filter.Round is null || r.Code == filter.Round).ToList();
        // Per-round figures are tallied in the same pass, by the round's position in the filtered list of rounds.
        var roundIndex = rounds.Select((r, i) => (r.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var perRound = rounds.Select(_ => new RoundTally()).ToArray();

        // One pass over the pledges feeds every single-pledge figure: the registry is walked once, whatever it holds.
        var priorities = new int[data.Priorities.Select(x => x.Number).DefaultIfEmpty(0).Max() + 1];
        var noPriority = 0;
        var compacts = new EnumCounts<Compact>();
        var beneficiaries = new EnumCounts<BeneficiaryGroup>();
        var kinds = new EnumCounts<OrganizationKind>();
        var sizes = new Dictionary<string, int>();
        var reportRegions = new Dictionary<string, int>();
        var m49Regions = new Dictionary<string, int>();
        int championYes = 0, championNo = 0, championNotStated = 0;
        var pledgeKinds = new EnumCounts<PledgeKind>();
        var nationalPartner = 0;
        var budgets = new Dictionary<string, int>();
        var stages = new EnumCounts<PledgeStage>();
        var challenges = new EnumCounts<Challenge>();
        var pledgerIds = new HashSet<int>();
        var peopleOf = new Dictionary<int, long>();
        int updated = 0, idpOnly = 0, undocumented = 0, moneyCounted = 0;
        decimal money = 0;
        foreach (var p in pledges)
        {
            var lead = data.LeadOf(p);
            var round = perRound[roundIndex[p.RoundId]];
            round.Pledges++;
            round.Pledgers.UnionWith(p.Pledgers);
            if (p.Priorities.Length == 0) noPriority++;
            foreach (var n in p.Priorities) priorities[n]++;
            compacts.Add(p.Compact);
            if (p.Beneficiaries.Length == 0) beneficiaries.Add(null);
            foreach (var b in p.Beneficiaries) beneficiaries.Add(b);
            kinds.Add(lead.Kind);
            Add(sizes, lead.CitySizeCode);
            Add(reportRegions, lead.ReportRegionCode);
            Add(m49Regions, lead.M49RegionCode);
            if (lead.CountryCode is not { } leadCountry) championNotStated++;
            else if (data.Champions.Contains((leadCountry, p.RoundId))) championYes++;
            else championNo++;
            if (p.NationalGovernmentPartner) nationalPartner++;
            pledgeKinds.Add(p.Kind);
            Add(budgets, BudgetBand(p) ?? NotStated);
            stages.Add(p.Stage);
            if (p.Compact == Compact.IdpOnly) idpOnly++;
            if (p.Completeness == Completeness.DetailsNotDocumented) undocumented++;
            if (p.Updates.Length == 0) continue;
            updated++;
            round.Updated++;
            if (p.Challenges.Length == 0) challenges.Add(null);
            foreach (var challenge in p.Challenges) challenges.Add(challenge);
            foreach (var u in p.Updates)
                if (u.MoneyUsd is { } usd) { money += usd; moneyCounted++; }
            if (LatestPeopleReached(p.Updates) is { } people)
            {
                peopleOf[p.Id] = people;
                round.People += people;
            }
        }
        var priorityCounts = data.Priorities.ToDictionary(x => PriorityCodes[x.Number], x => priorities[x.Number]);
        priorityCounts[NotStated] = noPriority;
        var partnerships = pledgeKinds.ByCode(FilterValues.PledgeKinds);
        partnerships[NationalGovernmentPartner] = nationalPartner;

        // Pledging entities: distinct organizations of the pledges, as in the headline figures.
        foreach (var t in perRound) pledgerIds.UnionWith(t.Pledgers);
        var pledgers = pledgerIds.Select(id => data.Organizations[id]).ToList();
        var populations = pledgers.Where(o => o.Population is not null).Select(o => o.Population!.Value).ToList();

        var breakdowns = new List<Breakdown>
        {
            Make(BreakdownKeys.Rounds, "Pledges by round", BreakdownUnits.Pledges,
                rounds.Select((r, i) => new FigureRow(r.Code, r.Name, perRound[i].Pledges)),
                l["Each pledge counts once, in the round it was made in."]),
            Make(BreakdownKeys.PledgingEntities, "Pledging entities by round", BreakdownUnits.Organizations,
                rounds.Select((r, i) => new FigureRow(r.Code, r.Name, perRound[i].Pledgers.Count)),
                l["Pledging entities are the distinct organizations pledging, as lead or co-pledger; an organization pledging in several rounds counts in each."]),
            Make(BreakdownKeys.CumulatedPledges, "Pledges cumulated over the rounds", BreakdownUnits.Pledges,
                rounds.Select((r, i) => new FigureRow(r.Code, r.Name, perRound.Take(i + 1).Sum(t => t.Pledges))),
                l["Each row counts the pledges of that round and of every earlier round shown."]),
            Make(BreakdownKeys.CumulatedPledgingEntities, "Pledging entities cumulated over the rounds", BreakdownUnits.Organizations,
                CumulatedPledgers(rounds, perRound),
                l["Each row counts the distinct organizations that pledged in that round or in any earlier round shown: an organization pledging again is not counted twice."]),
            Make(BreakdownKeys.Priorities, "Pledges by priority", BreakdownUnits.Pledges,
                Rows(WithNotStated(data.Priorities.Select(p => (PriorityCodes[p.Number], p.NameIn(language)))), priorityCounts),
                l["A pledge filed under several priorities counts once under each, so the rows can add up to more than the number of pledges."]),
            Make(BreakdownKeys.Compacts, "Pledges by compact", BreakdownUnits.Pledges,
                Rows(WithNotStated(FilterValues.Compacts.Values.Select(c => (c, (string)l["Compact." + c]))), compacts.ByCode(FilterValues.Compacts)),
                l["Pledges for internally displaced persons only are neither GCM nor GCR pledges: they are counted apart, in their own row."]),
            Make(BreakdownKeys.Beneficiaries, "Pledges by beneficiary group", BreakdownUnits.Pledges,
                Rows(WithNotStated(FilterValues.Beneficiaries.Values.Select(b => (b, (string)l["Beneficiary." + b]))), beneficiaries.ByCode(FilterValues.Beneficiaries)),
                l["A pledge serving several groups counts once under each, so the rows can add up to more than the number of pledges."]),
            Make(BreakdownKeys.OrganizationKinds, "Pledges by kind of lead organization", BreakdownUnits.Pledges,
                Rows(WithNotStated(FilterValues.Kinds.Values.Select(k => (k, (string)l["Kind." + k]))), kinds.ByCode(FilterValues.Kinds)),
                l["Each pledge counts once, under the kind of its lead organization."]),
            Make(BreakdownKeys.CitySizes, "Pledges by city size of the lead organization", BreakdownUnits.Pledges,
                Rows(data.SizeClasses.OrderBy(c => c.MinPopulation).Select(c => (c.Code, c.NameIn(language)))
                    .Append((NotStated, notStated)).Append((NotACity, l["Not a city"])), sizes),
                l["City sizes follow the OECD classes by population of the lead city; a city whose population is not stated is counted under not stated, and pledges led by counties, provinces, networks or national governments are counted apart."]),
            Make(BreakdownKeys.ReportRegions, "Pledges by region (reports' grouping)", BreakdownUnits.Pledges,
                Rows(WithNotStated(data.Countries.Values.Where(c => c.ReportRegionSlug is not null).DistinctBy(c => c.ReportRegionSlug)
                        .OrderBy(c => c.ReportRegion, StringComparer.Ordinal).Select(c => (c.ReportRegionSlug!, c.ReportRegion!))), reportRegions),
                l["By the country of the lead organization; global networks have no country and are counted under not stated."]),
            Make(BreakdownKeys.M49Regions, "Pledges by region (UN M49)", BreakdownUnits.Pledges,
                Rows(WithNotStated(data.Countries.Values.Where(c => c.M49RegionCode is not null).DistinctBy(c => c.M49RegionCode)
                        .OrderBy(c => c.M49Region, StringComparer.Ordinal).Select(c => (c.M49RegionCode!, c.M49Region ?? c.M49RegionCode!))), m49Regions),
                l["By the country of the lead organization; global networks have no country and are counted under not stated."]),
            Make(BreakdownKeys.ChampionCountries, "Pledges in GCM Champion countries", BreakdownUnits.Pledges,
                Rows([(FilterValues.Yes, l["In a GCM Champion country"]), (FilterValues.No, l["Not in a GCM Champion country"]), (NotStated, notStated)],
                    new Dictionary<string, int> { [FilterValues.Yes] = championYes, [FilterValues.No] = championNo, [NotStated] = championNotStated }),
                l["A pledge counts as in a Champion country when the country of its lead organization was a GCM Champion in the pledge's round, as the sources mark it."]),
            Make(BreakdownKeys.Partnerships, "Partnership patterns", BreakdownUnits.Pledges,
                Rows([(NationalGovernmentPartner, l["National government as partner"]),
                     .. FilterValues.PledgeKinds.Values.Select(k => (k, (string)l["PledgeKind." + k])), (NotStated, notStated)], partnerships),
                l["Each pledge counts once under how it was made (individual, city-to-city, national-local, network), and also under national government as partner when it names one, so the rows add up to more than the number of pledges."]),
            Make(BreakdownKeys.BudgetBands, "Pledges by budget", BreakdownUnits.Pledges,
                Rows([("under-100k", l["Under USD 100 000"]), ("100k-and-above", l["USD 100 000 and above"]),
                        ("other-currency", l["In another currency"]), (NotStated, notStated)], budgets),
                l["Budgets in other currencies are not converted (there are no exchange rates for budgets) and are counted apart."]),
            Make(BreakdownKeys.FirstTimePledgers, "First-time pledgers by round", BreakdownUnits.Organizations,
                FirstTimeRows(data, rounds, perRound),
                l["Organizations pledging for the first time: their first published pledge is in that round."]),
            Make(BreakdownKeys.UpdateCoverage, "Update coverage by round", BreakdownUnits.Percent,
                CoverageRows(rounds, perRound, pledges.Count, updated, l),
                CoverageNote(rounds, perRound, pledges.Count, updated, l)),
            Make(BreakdownKeys.Stages, "Pledges by stage", BreakdownUnits.Pledges,
                Rows(WithNotStated(FilterValues.Stages.Values.Select(s => (s, (string)l["Stage." + s]))), stages.ByCode(FilterValues.Stages)),
                l["The stage recorded on the pledge, which a validated update brings up to date."]),
            Make(BreakdownKeys.Challenges, "Challenges named in updates", BreakdownUnits.Pledges,
                Rows(Enum.GetValues<Challenge>().Select(c => (ChallengeCodes[c], (string)l["Challenge." + ChallengeCodes[c]])).Append((NotStated, notStated)), challenges.ByCode(ChallengeCodes)),
                l["Pledges with a validated update, once under each challenge their updates name, so the rows can add up to more than the number of pledges; not stated counts updated pledges naming none."]),
            Make(BreakdownKeys.PeopleReached, "People reached by round", BreakdownUnits.People,
                rounds.Select((r, i) => new FigureRow(r.Code, r.Name, perRound[i].People)),
                l["Sum over pledges of the people reached reported by the latest validated update giving a figure; {0} of {1} pledges give one.", peopleOf.Count, pledges.Count]),
        };

        return new DashboardSummary(filter,
            pledges.Count,
            idpOnly,
            pledgers.Count,
            pledgers.Where(o => o.CountryCode is not null).Select(o => o.CountryCode).Distinct().Count(),
            populations.Sum(), populations.Count,
            updated,
            money, moneyCounted,
            peopleOf.Values.Sum(), peopleOf.Count,
            undocumented,
            breakdowns);
    }

    private const string NationalGovernmentPartner = "national-government-partner";
    private static readonly Dictionary<int, string> PriorityCodes = Enumerable.Range(0, 100).ToDictionary(n => n, n => n.ToString(CultureInfo.InvariantCulture));
    private static readonly Dictionary<Challenge, string> ChallengeCodes = Enum.GetValues<Challenge>().ToDictionary(c => c, c => FilterValues.Kebab(c));

    private static void Add(Dictionary<string, int> counts, string code) => CollectionsMarshal.GetValueRefOrAddDefault(counts, code, out _)++;

    /// <summary>The pledges every figure is counted over: round, region of the lead organization and priority.</summary>
    public static List<PledgeFacts> Filter(DashboardData data, DashboardFilter filter)
    {
        var roundId = filter.Round is null ? (int?)null : data.Rounds.FirstOrDefault(r => r.Code == filter.Round)?.Id ?? -1;
        return data.Pledges.Where(p =>
            (roundId is null || p.RoundId == roundId)
            && (filter.Priority is null || p.Priorities.Contains(filter.Priority.Value))
            && (filter.Region is null || data.LeadOf(p).ReportRegionCode == filter.Region)).ToList();
    }

    public static string? BudgetBand(PledgeFacts p) => p.BudgetAmount switch
    {
        null => null,
        _ when !string.Equals(p.BudgetCurrency, "USD", StringComparison.OrdinalIgnoreCase) => "other-currency",
        < BudgetBandLimitUsd => "under-100k",
        _ => "100k-and-above",
    };

    /// <summary>The latest validated update that gives a figure: a later update without one does not mean nobody was reached.</summary>
    public static long? LatestPeopleReached(IReadOnlyList<UpdateInfo> updates)
    {
        UpdateInfo? latest = null;
        foreach (var u in updates)
            if (u.PeopleReachedTotal is not null && (latest is null || (u.ReportedOn ?? DateOnly.MinValue, u.Id).CompareTo((latest.ReportedOn ?? DateOnly.MinValue, latest.Id)) > 0))
                latest = u;
        return latest?.PeopleReachedTotal;
    }

    /// <summary>What the pass over the pledges gathers for one round.</summary>
    private sealed class RoundTally
    {
        public int Pledges;
        public int Updated;
        public long People;
        public readonly HashSet<int> Pledgers = [];
    }

    /// <summary>Organizations whose first published pledge, over the whole registry whatever the filter, is in that round.</summary>
    private static IEnumerable<FigureRow> FirstTimeRows(DashboardData data, List<RoundInfo> rounds, RoundTally[] perRound)
    {
        var first = data.FirstRoundOrder;
        return rounds.Select((r, i) => new FigureRow(r.Code, r.Name, perRound[i].Pledgers.Count(o => first[o] == r.Order)));
    }

    private static IEnumerable<FigureRow> CoverageRows(List<RoundInfo> rounds, RoundTally[] perRound, int pledges, int updated, IStringLocalizer l) =>
        rounds.Select((r, i) => new FigureRow(r.Code, r.Name, Percent(perRound[i].Updated, perRound[i].Pledges)))
            .Append(new FigureRow("all", l["All rounds"], Percent(updated, pledges)));

    private static string CoverageNote(List<RoundInfo> rounds, RoundTally[] perRound, int pledges, int updated, IStringLocalizer l) =>
        l["Share of pledges with at least one validated update: {0}.",
            string.Join("; ", rounds.Select((r, i) => l["{0}: {1} of {2}", r.Name, perRound[i].Updated, perRound[i].Pledges])
                .Append(l["{0}: {1} of {2}", l["All rounds"], updated, pledges]))];

    /// <summary>Distinct organizations of each round and all rounds before it, in round order.</summary>
    private static IEnumerable<FigureRow> CumulatedPledgers(List<RoundInfo> rounds, RoundTally[] perRound)
    {
        var seen = new HashSet<int>();
        for (var i = 0; i < rounds.Count; i++)
        {
            seen.UnionWith(perRound[i].Pledgers);
            yield return new FigureRow(rounds[i].Code, rounds[i].Name, seen.Count);
        }
    }

    private static decimal Percent(int part, int whole) => whole == 0 ? 0 : Math.Round(100m * part / whole, 1);
}

using LocalAction.Web.Features.Organizations;
using LocalAction.Web.Features.Pledges;
using LocalAction.Web.Features.Search;
using LocalAction.Web.Features.Updates;
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
        IEnumerable<FigureRow> CountBy(IEnumerable<(string Code, string Label)> values, Func<PledgeInfo, IEnumerable<string>> codesOf)
        {
            var counts = new Dictionary<string, int>();
            foreach (var p in pledges)
                foreach (var code in codesOf(p).Distinct())
                    counts[code] = counts.GetValueOrDefault(code) + 1;
            return values.Select(v => new FigureRow(v.Code, v.Label, counts.GetValueOrDefault(v.Code)));
        }
        IEnumerable<(string, string)> WithNotStated(IEnumerable<(string, string)> values) => values.Append((NotStated, notStated));
        IEnumerable<string> One(string? code) => [code ?? NotStated];
        OrganizationInfo? Lead(PledgeInfo p) => p.LeadOrganizationId is { } id ? data.Organizations.GetValueOrDefault(id) : null;
        CountryInfo? LeadCountry(PledgeInfo p) => Lead(p)?.CountryCode is { } c ? data.Countries.GetValueOrDefault(c) : null;

        var rounds = data.Rounds.Where(r => filter.Round is null || r.Code == filter.Round).ToList();
        var roundValues = rounds.Select(r => (r.Code, r.Name)).ToList();
        var roundCode = data.Rounds.ToDictionary(r => r.Id, r => r.Code);
        var byRound = pledges.ToLookup(p => p.RoundId);

        // Pledging entities: distinct organizations of the pledges, as in the headline figures.
        var pledgerIds = pledges.SelectMany(p => data.PledgersOf[p.Id]).ToHashSet();
        var pledgers = pledgerIds.Select(id => data.Organizations[id]).ToList();
        var populations = pledgers.Where(o => o.Population is not null).Select(o => o.Population!.Value).ToList();

        var updated = pledges.Where(p => data.UpdatesOf[p.Id].Any()).ToList();
        var money = pledges.SelectMany(p => data.UpdatesOf[p.Id]).Where(u => u.MoneyUsd is not null).Select(u => u.MoneyUsd!.Value).ToList();
        var peopleOf = new Dictionary<int, long>();
        foreach (var p in pledges)
            if (LatestPeopleReached(data.UpdatesOf[p.Id]) is { } n) peopleOf[p.Id] = n;

        var breakdowns = new List<Breakdown>
        {
            Make(BreakdownKeys.Rounds, "Pledges by round", BreakdownUnits.Pledges,
                rounds.Select(r => new FigureRow(r.Code, r.Name, byRound[r.Id].Count())), RoundsNote(data, rounds, byRound, l)),
            Make(BreakdownKeys.Priorities, "Pledges by priority", BreakdownUnits.Pledges,
                CountBy(WithNotStated(data.Priorities.Select(p => (p.Number.ToString(), p.NameIn(language)))),
                    p => data.PrioritiesOf[p.Id].Select(n => n.ToString()).DefaultIfEmpty(NotStated)),
                l["A pledge filed under several priorities counts once under each, so the rows can add up to more than the number of pledges."]),
            Make(BreakdownKeys.Compacts, "Pledges by compact", BreakdownUnits.Pledges,
                CountBy(WithNotStated(FilterValues.Compacts.Values.Select(c => (c, (string)l["Compact." + c]))),
                    p => One(p.Compact is { } c ? FilterValues.Compacts[c] : null)),
                l["Pledges for internally displaced persons only are neither GCM nor GCR pledges: they are counted apart, in their own row."]),
            Make(BreakdownKeys.Beneficiaries, "Pledges by beneficiary group", BreakdownUnits.Pledges,
                CountBy(WithNotStated(FilterValues.Beneficiaries.Values.Select(b => (b, (string)l["Beneficiary." + b]))),
                    p => data.BeneficiariesOf[p.Id].Select(b => FilterValues.Beneficiaries[b]).DefaultIfEmpty(NotStated)),
                l["A pledge serving several groups counts once under each, so the rows can add up to more than the number of pledges."]),
            Make(BreakdownKeys.OrganizationKinds, "Pledges by kind of lead organization", BreakdownUnits.Pledges,
                CountBy(WithNotStated(FilterValues.Kinds.Values.Select(k => (k, (string)l["Kind." + k]))),
                    p => One(Lead(p) is { } o ? FilterValues.Kinds[o.Kind] : null)),
                l["Each pledge counts once, under the kind of its lead organization."]),
            Make(BreakdownKeys.CitySizes, "Pledges by city size of the lead organization", BreakdownUnits.Pledges,
                CitySizeRows(data, pledges, Lead, language, l),
                l["City sizes follow the OECD classes by population of the lead city; a city whose population is not stated is counted under not stated, and pledges led by counties, provinces, networks or national governments are counted apart."]),
            Make(BreakdownKeys.ReportRegions, "Pledges by region (reports' grouping)", BreakdownUnits.Pledges,
                CountBy(WithNotStated(data.Countries.Values.Where(c => c.ReportRegionSlug is not null).DistinctBy(c => c.ReportRegionSlug)
                        .OrderBy(c => c.ReportRegion, StringComparer.Ordinal).Select(c => (c.ReportRegionSlug!, c.ReportRegion!))),
                    p => One(LeadCountry(p)?.ReportRegionSlug)),
                l["By the country of the lead organization; global networks have no country and are counted under not stated."]),
            Make(BreakdownKeys.M49Regions, "Pledges by region (UN M49)", BreakdownUnits.Pledges,
                CountBy(WithNotStated(data.Countries.Values.Where(c => c.M49RegionCode is not null).DistinctBy(c => c.M49RegionCode)
                        .OrderBy(c => c.M49Region, StringComparer.Ordinal).Select(c => (c.M49RegionCode!, c.M49Region ?? c.M49RegionCode!))),
                    p => One(LeadCountry(p)?.M49RegionCode)),
                l["By the country of the lead organization; global networks have no country and are counted under not stated."]),
            Make(BreakdownKeys.ChampionCountries, "Pledges in GCM Champion countries", BreakdownUnits.Pledges,
                CountBy([(FilterValues.Yes, l["In a GCM Champion country"]), (FilterValues.No, l["Not in a GCM Champion country"]), (NotStated, notStated)],
                    p => One(Lead(p)?.CountryCode is { } c ? (data.Champions.Contains((c, p.RoundId)) ? FilterValues.Yes : FilterValues.No) : null)),
                l["A pledge counts as in a Champion country when the country of its lead organization was a GCM Champion in the pledge's round, as the sources mark it."]),
            Make(BreakdownKeys.Partnerships, "Partnership patterns", BreakdownUnits.Pledges,
                CountBy(
                    [("national-government-partner", l["National government as partner"]),
                     .. FilterValues.PledgeKinds.Values.Select(k => (k, (string)l["PledgeKind." + k])), (NotStated, notStated)],
                    p => (data.WithNationalGovernmentPartner.Contains(p.Id) ? ["national-government-partner"] : Array.Empty<string>())
                        .Append(p.Kind is { } k ? FilterValues.PledgeKinds[k] : NotStated)),
                l["Each pledge counts once under how it was made (individual, city-to-city, national-local, network), and also under national government as partner when it names one, so the rows add up to more than the number of pledges."]),
            Make(BreakdownKeys.BudgetBands, "Pledges by budget", BreakdownUnits.Pledges,
                CountBy([("under-100k", l["Under USD 100 000"]), ("100k-and-above", l["USD 100 000 and above"]),
                        ("other-currency", l["In another currency"]), (NotStated, notStated)],
                    p => One(BudgetBand(p))),
                l["Budgets in other currencies are not converted (there are no exchange rates for budgets) and are counted apart."]),
            Make(BreakdownKeys.FirstTimePledgers, "First-time pledgers by round", BreakdownUnits.Organizations,
                FirstTimeRows(data, pledges, rounds),
                l["Organizations pledging for the first time: their first published pledge is in that round."]),
            Make(BreakdownKeys.UpdateCoverage, "Update coverage by round", BreakdownUnits.Percent,
                CoverageRows(data, byRound, rounds, pledges.Count, updated.Count, l),
                CoverageNote(data, byRound, rounds, pledges.Count, updated.Count, l)),
            Make(BreakdownKeys.Stages, "Pledges by stage", BreakdownUnits.Pledges,
                CountBy(WithNotStated(FilterValues.Stages.Values.Select(s => (s, (string)l["Stage." + s]))),
                    p => One(p.Stage is { } s ? FilterValues.Stages[s] : null)),
                l["The stage recorded on the pledge, which a validated update brings up to date."]),
            Make(BreakdownKeys.Challenges, "Challenges named in updates", BreakdownUnits.Pledges,
                ChallengeRows(data, updated, notStated, l),
                l["Pledges with a validated update, once under each challenge their updates name, so the rows can add up to more than the number of pledges; not stated counts updated pledges naming none."]),
            Make(BreakdownKeys.PeopleReached, "People reached by round", BreakdownUnits.People,
                rounds.Select(r => new FigureRow(r.Code, r.Name, byRound[r.Id].Sum(p => peopleOf.GetValueOrDefault(p.Id)))),
                l["Sum over pledges of the people reached reported by the latest validated update giving a figure; {0} of {1} pledges give one.", peopleOf.Count, pledges.Count]),
        };

        return new DashboardSummary(filter,
            pledges.Count,
            pledges.Count(p => p.Compact == Compact.IdpOnly),
            pledgers.Count,
            pledgers.Where(o => o.CountryCode is not null).Select(o => o.CountryCode).Distinct().Count(),
            populations.Sum(), populations.Count,
            updated.Count,
            money.Sum(), money.Count,
            peopleOf.Values.Sum(), peopleOf.Count,
            pledges.Count(p => p.Completeness == Completeness.DetailsNotDocumented),
            breakdowns);
    }

    /// <summary>The pledges every figure is counted over: round, region of the lead organization and priority.</summary>
    public static List<PledgeInfo> Filter(DashboardData data, DashboardFilter filter)
    {
        var roundId = filter.Round is null ? (int?)null : data.Rounds.FirstOrDefault(r => r.Code == filter.Round)?.Id ?? -1;
        return data.Pledges.Where(p =>
            (roundId is null || p.RoundId == roundId)
            && (filter.Priority is null || data.PrioritiesOf[p.Id].Contains(filter.Priority.Value))
            && (filter.Region is null || RegionOf(data, p) == filter.Region)).ToList();
    }

    private static string? RegionOf(DashboardData data, PledgeInfo p) =>
        p.LeadOrganizationId is { } id && data.Organizations.GetValueOrDefault(id)?.CountryCode is { } c
            ? data.Countries.GetValueOrDefault(c)?.ReportRegionSlug : null;

    public static string? BudgetBand(PledgeInfo p) => p.BudgetAmount switch
    {
        null => null,
        _ when !string.Equals(p.BudgetCurrency, "USD", StringComparison.OrdinalIgnoreCase) => "other-currency",
        < BudgetBandLimitUsd => "under-100k",
        _ => "100k-and-above",
    };

    /// <summary>The latest validated update that gives a figure: a later update without one does not mean nobody was reached.</summary>
    public static long? LatestPeopleReached(IEnumerable<UpdateInfo> updates) => updates
        .Where(u => u.PeopleReachedTotal is not null)
        .OrderByDescending(u => u.ReportedOn ?? DateOnly.MinValue).ThenByDescending(u => u.Id)
        .FirstOrDefault()?.PeopleReachedTotal;

    private static IEnumerable<FigureRow> CitySizeRows(DashboardData data, List<PledgeInfo> pledges, Func<PledgeInfo, OrganizationInfo?> lead,
        string language, IStringLocalizer l)
    {
        const string notACity = "not-a-city";
        var counts = new Dictionary<string, int>();
        foreach (var p in pledges)
        {
            var o = lead(p);
            var code = o is null ? NotStated
                : o.Kind != OrganizationKind.CityOrMunicipality ? notACity
                : o.Population is { } n ? data.SizeClasses.FirstOrDefault(c => c.Contains(n))?.Code ?? NotStated
                : NotStated;
            counts[code] = counts.GetValueOrDefault(code) + 1;
        }
        return data.SizeClasses.OrderBy(c => c.MinPopulation).Select(c => (c.Code, Label: c.NameIn(language)))
            .Append((NotStated, l["Not stated"])).Append((notACity, l["Not a city"]))
            .Select(v => new FigureRow(v.Code, v.Label, counts.GetValueOrDefault(v.Code)));
    }

    private static IEnumerable<FigureRow> FirstTimeRows(DashboardData data, List<PledgeInfo> pledges, List<RoundInfo> rounds)
    {
        // First round of every organization over the whole published registry, whatever the filter.
        var order = data.Rounds.ToDictionary(r => r.Id, r => r.Order);
        var first = new Dictionary<int, int>();
        foreach (var p in data.Pledges)
            foreach (var o in data.PledgersOf[p.Id])
                if (!first.TryGetValue(o, out var f) || order[p.RoundId] < f) first[o] = order[p.RoundId];
        var firstTimers = pledges.SelectMany(p => data.PledgersOf[p.Id].Where(o => first[o] == order[p.RoundId]).Select(o => (o, p.RoundId)))
            .Distinct().ToLookup(x => x.RoundId);
        return rounds.Select(r => new FigureRow(r.Code, r.Name, firstTimers[r.Id].Count()));
    }

    private static IEnumerable<FigureRow> CoverageRows(DashboardData data, ILookup<int, PledgeInfo> byRound, List<RoundInfo> rounds,
        int pledges, int updated, IStringLocalizer l) =>
        rounds.Select(r => new FigureRow(r.Code, r.Name, Percent(byRound[r.Id].Count(p => data.UpdatesOf[p.Id].Any()), byRound[r.Id].Count())))
            .Append(new FigureRow("all", l["All rounds"], Percent(updated, pledges)));

    private static string CoverageNote(DashboardData data, ILookup<int, PledgeInfo> byRound, List<RoundInfo> rounds, int pledges, int updated,
        IStringLocalizer l) =>
        l["Share of pledges with at least one validated update: {0}.",
            string.Join("; ", rounds.Select(r => l["{0}: {1} of {2}", r.Name, byRound[r.Id].Count(p => data.UpdatesOf[p.Id].Any()), byRound[r.Id].Count()])
                .Append(l["{0}: {1} of {2}", l["All rounds"], updated, pledges]))];

    private static string RoundsNote(DashboardData data, List<RoundInfo> rounds, ILookup<int, PledgeInfo> byRound, IStringLocalizer l)
    {
        var seen = new HashSet<int>();
        var cumulated = 0;
        var parts = new List<string>();
        foreach (var r in rounds)
        {
            var entities = byRound[r.Id].SelectMany(p => data.PledgersOf[p.Id]).ToHashSet();
            seen.UnionWith(entities);
            cumulated += byRound[r.Id].Count();
            parts.Add(l["{0}: {1} pledging entities; cumulated {2} pledges and {3} pledging entities", r.Name, entities.Count, cumulated, seen.Count]);
        }
        return l["Pledging entities are the distinct organizations pledging, as lead or co-pledger. {0}.", string.Join("; ", parts)];
    }

    private static IEnumerable<FigureRow> ChallengeRows(DashboardData data, List<PledgeInfo> updated, string notStated, IStringLocalizer l)
    {
        var counts = new Dictionary<Challenge, int>();
        var none = 0;
        foreach (var p in updated)
        {
            var named = data.ChallengesOf[p.Id].Distinct().ToList();
            if (named.Count == 0) none++;
            foreach (var c in named) counts[c] = counts.GetValueOrDefault(c) + 1;
        }
        return Enum.GetValues<Challenge>().Select(c => new FigureRow(FilterValues.Kebab(c), l["Challenge." + FilterValues.Kebab(c)], counts.GetValueOrDefault(c)))
            .Append(new FigureRow(NotStated, notStated, none));
    }

    private static decimal Percent(int part, int whole) => whole == 0 ? 0 : Math.Round(100m * part / whole, 1);
}

using LocalAction.Web.Data;
using LocalAction.Web.Features.Organizations;
using LocalAction.Web.Features.Pledges;
using LocalAction.Web.Features.Search;
using LocalAction.Web.Features.Taxonomy;
using LocalAction.Web.Features.Updates;
using Microsoft.EntityFrameworkCore;

namespace LocalAction.Web.Features.Dashboard;

/// <summary>
/// The published registry reduced to what the dashboard counts: one <see cref="PledgeFacts"/> per published pledge (its
/// links and validated updates folded in) and the reference tables. Loaded whole once (<see cref="LoadAsync"/>), then
/// kept current by reloading only the pledges a publication or validation touched (<see cref="ApplyAsync"/>), so that a
/// change costs milliseconds instead of a reread of the whole registry (<see cref="DashboardRegistry"/>).
/// </summary>
public sealed class DashboardData
{
    public sealed record RoundInfo(int Id, string Code, string Name, int Order);
    public sealed record CountryInfo(string Code, string Name, string? M49RegionCode, string? M49Region, string? ReportRegion, string? ReportRegionSlug);
    public sealed record OrganizationInfo(int Id, OrganizationKind Kind, string? CountryCode, long? Population);
    /// <summary>What a pledge's figures take from its lead organization, as breakdown codes (<see cref="NotStated"/> when unknown).</summary>
    public sealed record LeadInfo(OrganizationKind? Kind, string CitySizeCode, string? CountryCode, string ReportRegionCode, string M49RegionCode);

    public const string NotStated = FilterValues.NotStated;
    public const string NotACity = "not-a-city";
    private static readonly LeadInfo NoLead = new(null, NotStated, null, NotStated, NotStated);

    public sealed record UpdateInfo(int Id, DateOnly? ReportedOn, long? PeopleReachedTotal, decimal? MoneyUsd);

    /// <summary>A published pledge with its links: organizations (lead first), priorities, groups, validated updates and their challenges.</summary>
    public sealed record PledgeFacts(int Id, int RoundId, Compact? Compact, PledgeKind? Kind, PledgeStage? Stage, Completeness Completeness,
        decimal? BudgetAmount, string? BudgetCurrency, int? LeadOrganizationId, int[] Pledgers, int[] Priorities, BeneficiaryGroup[] Beneficiaries,
        bool NationalGovernmentPartner, UpdateInfo[] Updates, Challenge[] Challenges);

    private DashboardData(IReadOnlyList<RoundInfo> rounds, IReadOnlyDictionary<string, CountryInfo> countries, IReadOnlyList<Priority> priorities,
        IReadOnlyList<CitySizeClass> sizeClasses, IReadOnlySet<(string, int)> champions, IReadOnlyDictionary<int, OrganizationInfo> organizations,
        Dictionary<int, PledgeFacts> pledges)
    {
        Rounds = rounds;
        Countries = countries;
        Priorities = priorities;
        SizeClasses = sizeClasses;
        Champions = champions;
        Organizations = organizations;
        _byId = pledges;
        Pledges = [.. pledges.Values];
        _firstRoundOrder = new(FirstRoundOrders);
        _leads = new(() => Organizations.Values.ToDictionary(o => o.Id, Lead));
    }

    private readonly Lazy<Dictionary<int, LeadInfo>> _leads;

    /// <summary>The lead organization's codes of a pledge, worked out once per organization rather than once per pledge.</summary>
    public LeadInfo LeadOf(PledgeFacts pledge) =>
        pledge.LeadOrganizationId is { } id && _leads.Value.TryGetValue(id, out var lead) ? lead : NoLead;

    private LeadInfo Lead(OrganizationInfo o)
    {
        var country = o.CountryCode is { } c ? Countries.GetValueOrDefault(c) : null;
        // City sizes are the OECD classes by population, for cities only.
        var size = o.Kind != OrganizationKind.CityOrMunicipality ? NotACity
            : o.Population is { } n ? SizeClasses.FirstOrDefault(s => s.Contains(n))?.Code ?? NotStated
            : NotStated;
        return new(o.Kind, size, o.CountryCode, country?.ReportRegionSlug ?? NotStated, country?.M49RegionCode ?? NotStated);
    }

    private readonly Dictionary<int, PledgeFacts> _byId;
    private readonly Lazy<IReadOnlyDictionary<int, int>> _firstRoundOrder;

    public IReadOnlyList<RoundInfo> Rounds { get; }
    public IReadOnlyDictionary<string, CountryInfo> Countries { get; }
    public IReadOnlyList<Priority> Priorities { get; }
    public IReadOnlyList<CitySizeClass> SizeClasses { get; }
    public IReadOnlySet<(string Country, int RoundId)> Champions { get; }
    public IReadOnlyDictionary<int, OrganizationInfo> Organizations { get; }
    public IReadOnlyList<PledgeFacts> Pledges { get; }

    /// <summary>Each organization's first round with a published pledge (order of <see cref="RoundInfo.Order"/>), whatever the filter.</summary>
    public IReadOnlyDictionary<int, int> FirstRoundOrder => _firstRoundOrder.Value;

    public static async Task<DashboardData> LoadAsync(LocalActionDbContext db, CancellationToken ct)
    {
        var rounds = (await db.Rounds.AsNoTracking().OrderBy(r => r.Year).ThenBy(r => r.Code).Select(r => new { r.Id, r.Code, r.Name }).ToListAsync(ct))
            .Select((r, i) => new RoundInfo(r.Id, r.Code, r.Name, i)).ToList();
        var countries = (await db.Countries.AsNoTracking()
                .Select(c => new { c.Alpha2, c.Name, c.M49RegionCode, c.M49Region, c.ReportRegion }).ToListAsync(ct))
            .ToDictionary(c => c.Alpha2, c => new CountryInfo(c.Alpha2, c.Name, c.M49RegionCode, c.M49Region, c.ReportRegion,
                c.ReportRegion is null ? null : FilterValues.ReportRegionSlug(c.ReportRegion)));
        var priorities = await db.Priorities.AsNoTracking().OrderBy(p => p.Number).ToListAsync(ct);
        var sizeClasses = await db.CitySizeClasses.AsNoTracking().OrderByDescending(c => c.MinPopulation).ToListAsync(ct);
        var champions = (await db.ChampionCountries.AsNoTracking().Select(c => new { c.CountryCode, c.RoundId }).ToListAsync(ct))
            .Select(c => (c.CountryCode, c.RoundId)).ToHashSet();
        var organizations = (await db.Organizations.AsNoTracking().Select(o => new { o.Id, o.Kind, o.CountryCode, o.Population }).ToListAsync(ct))
            .ToDictionary(o => o.Id, o => new OrganizationInfo(o.Id, o.Kind, o.CountryCode, o.Population));
        var pledges = await LoadPledgesAsync(db, db.Pledges.AsNoTracking().Where(p => p.ReviewState == ReviewState.Published), ct);
        return new(rounds, countries, priorities, sizeClasses, champions, organizations, pledges.ToDictionary(p => p.Id));
    }

    /// <summary>
    /// This registry with the given pledges read again: added when now published, replaced when changed, dropped when no
    /// longer published. Their organizations are read again too (a new pledger, a corrected population).
    /// </summary>
    public async Task<DashboardData> ApplyAsync(LocalActionDbContext db, IReadOnlyCollection<int> pledgeIds, CancellationToken ct)
    {
        var ids = pledgeIds.ToList();
        var reloaded = await LoadPledgesAsync(db,
            db.Pledges.AsNoTracking().Where(p => p.ReviewState == ReviewState.Published && ids.Contains(p.Id)), ct);
        var pledges = new Dictionary<int, PledgeFacts>(_byId);
        foreach (var id in ids) pledges.Remove(id);
        foreach (var p in reloaded) pledges[p.Id] = p;

        var organizationIds = reloaded.SelectMany(p => p.Pledgers).Distinct().ToList();
        var organizations = new Dictionary<int, OrganizationInfo>(Organizations);
        foreach (var o in await db.Organizations.AsNoTracking().Where(o => organizationIds.Contains(o.Id))
                     .Select(o => new { o.Id, o.Kind, o.CountryCode, o.Population }).ToListAsync(ct))
            organizations[o.Id] = new OrganizationInfo(o.Id, o.Kind, o.CountryCode, o.Population);
        return new(Rounds, Countries, Priorities, SizeClasses, Champions, organizations, pledges);
    }

    /// <summary>Reads the selected pledges and their links in flat queries (never entity graphs), then folds the links in.</summary>
    private static async Task<List<PledgeFacts>> LoadPledgesAsync(LocalActionDbContext db, IQueryable<Pledge> selected, CancellationToken ct)
    {
        var pledges = await selected
            .Select(p => new { p.Id, p.RoundId, p.Compact, p.Kind, p.Stage, p.Completeness, p.BudgetAmount, p.BudgetCurrency })
            .ToListAsync(ct);
        var links = (await selected.SelectMany(p => p.Organizations).Select(o => new { o.PledgeId, o.OrganizationId, o.Role }).ToListAsync(ct))
            .ToLookup(l => l.PledgeId);
        var priorityLinks = (await selected.SelectMany(p => p.Priorities).Select(x => new { x.PledgeId, x.PriorityNumber }).ToListAsync(ct))
            .ToLookup(x => x.PledgeId, x => x.PriorityNumber);
        var beneficiaries = (await selected.SelectMany(p => p.Beneficiaries).Select(x => new { x.PledgeId, x.Group }).ToListAsync(ct))
            .ToLookup(x => x.PledgeId, x => x.Group);
        var nationalPartners = (await selected.SelectMany(p => p.Partners)
            .Where(x => x.Type == PartnerType.NationalGovernment).Select(x => x.PledgeId).Distinct().ToListAsync(ct)).ToHashSet();

        var validated = selected.SelectMany(p => p.Updates).Where(u => u.Status == UpdateStatus.Validated);
        // Amounts in US dollars, and others converted at the rate recorded with the update (as the headline figures count them).
        var updates = (await validated
                .Select(u => new { u.Id, u.PledgeId, u.ReportedOn, u.PeopleReachedTotal, u.MoneyMobilizedUsd, u.MoneyMobilizedAmount, u.MoneyMobilizedCurrency })
                .ToListAsync(ct))
            .ToLookup(u => u.PledgeId, u => new UpdateInfo(u.Id, u.ReportedOn, u.PeopleReachedTotal,
                u.MoneyMobilizedUsd ?? (u.MoneyMobilizedCurrency == "USD" ? u.MoneyMobilizedAmount : null)));
        var challenges = (await validated.SelectMany(u => u.Challenges, (u, c) => new { u.PledgeId, c.Challenge }).ToListAsync(ct))
            .ToLookup(c => c.PledgeId, c => c.Challenge);

        return pledges.Select(p =>
        {
            var pledgers = links[p.Id].ToList();
            // The lead is the organization with the lead role, else the first listed (as the search index does).
            int? lead = pledgers.Count == 0 ? null : (pledgers.FirstOrDefault(l => l.Role == PledgeRole.Lead) ?? pledgers[0]).OrganizationId;
            return new PledgeFacts(p.Id, p.RoundId, p.Compact, p.Kind, p.Stage, p.Completeness, p.BudgetAmount, p.BudgetCurrency, lead,
                [.. pledgers.Select(l => l.OrganizationId).Distinct()], [.. priorityLinks[p.Id].Distinct()], [.. beneficiaries[p.Id].Distinct()],
                nationalPartners.Contains(p.Id), [.. updates[p.Id]], [.. challenges[p.Id].Distinct()]);
        }).ToList();
    }

    private IReadOnlyDictionary<int, int> FirstRoundOrders()
    {
        var order = Rounds.ToDictionary(r => r.Id, r => r.Order);
        var first = new Dictionary<int, int>();
        foreach (var p in Pledges)
            foreach (var o in p.Pledgers)
                if (!first.TryGetValue(o, out var f) || order[p.RoundId] < f) first[o] = order[p.RoundId];
        return first;
    }
}

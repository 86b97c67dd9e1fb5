using System.Globalization;
using LocalAction.Web.Features.Organizations;
using LocalAction.Web.Features.Pledges;
using LocalAction.Web.Features.Revisions;
using LocalAction.Web.Features.Rounds;
using LocalAction.Web.Features.Statistics;
using LocalAction.Web.Features.Taxonomy;
using LocalAction.Web.Features.Updates;
using Microsoft.EntityFrameworkCore;

namespace LocalAction.Web.Data.Seed;

/// <summary>
/// Loads the real registry from the seed documents: taxonomies, rounds, the organizations of the 2022 and 2023 lists,
/// one pledge record per pledge the lists count, the facts the report states about them, and the published statistics.
/// Idempotent: every row has a natural key and is added only when missing, all in one transaction.
/// </summary>
public sealed class RegistrySeeder(LocalActionDbContext db, TimeProvider clock, ILogger<RegistrySeeder> logger)
{
    public const string SeedActor = "system:seed";

    /// <summary>Only the reference data (taxonomies and rounds): what a synthetic load-test database starts from.</summary>
    public async Task<int> SeedReferenceDataAsync(CancellationToken cancellationToken = default)
    {
        var registry = SeedResource.ReadJson<RegistryFile>("registry.json");
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var added = await TaxonomySeeder.SeedAsync(db, cancellationToken) + await SeedRoundsAsync(registry, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return added;
    }

    public async Task<SeedResult> SeedAsync(CancellationToken cancellationToken = default)
    {
        var registry = SeedResource.ReadJson<RegistryFile>("registry.json");
        var statistics = SeedResource.ReadJson<List<StatisticRow>>("published-statistics.json");

        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var taxonomies = await TaxonomySeeder.SeedAsync(db, cancellationToken);
            var rounds = await SeedRoundsAsync(registry, cancellationToken);
            var organizations = await SeedOrganizationsAsync(registry, cancellationToken);
            var champions = await SeedChampionsAsync(registry, cancellationToken);
            var pledges = await SeedPledgesAsync(registry, cancellationToken);
            var published = await SeedStatisticsAsync(statistics, cancellationToken);
            var forums = await ForumSeeder.SeedAsync(db, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            var result = new SeedResult(taxonomies, rounds, organizations, champions, pledges, published, forums);
            logger.LogInformation("Seed: {Result}", result);
            return result;
        });
    }

    private async Task<int> SeedRoundsAsync(RegistryFile registry, CancellationToken ct)
    {
        var existing = await db.Rounds.Select(r => r.Code).ToListAsync(ct);
        var missing = registry.Rounds.Where(r => !existing.Contains(r.Code))
            .Select(r => new Round { Code = r.Code, Forum = Enum.Parse<ForumSeries>(r.Forum), Year = r.Year, Name = r.Name }).ToList();
        db.Rounds.AddRange(missing);
        await db.SaveChangesAsync(ct);
        return missing.Count;
    }

    private async Task<int> SeedOrganizationsAsync(RegistryFile registry, CancellationToken ct)
    {
        var existing = await db.Organizations.Select(o => o.Slug).ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var missing = registry.Organizations.Where(o => !existing.Contains(o.Slug)).Select(o => new Organization
        {
            Slug = o.Slug, Name = o.Name, Kind = Enum.Parse<OrganizationKind>(o.Kind), CountryCode = o.Country,
            LocationAsWritten = o.LocationAsWritten, Population = o.Population, PopulationSource = o.PopulationSource, CreatedAt = now,
        }).ToList();
        db.Organizations.AddRange(missing);
        await db.SaveChangesAsync(ct);
        return missing.Count;
    }

    private async Task<int> SeedChampionsAsync(RegistryFile registry, CancellationToken ct)
    {
        var rounds = await db.Rounds.ToDictionaryAsync(r => r.Code, ct);
        var countries = registry.Organizations.ToDictionary(o => o.Slug, o => o.Country);
        var existing = (await db.ChampionCountries.Select(c => new { c.CountryCode, c.RoundId }).ToListAsync(ct))
            .Select(c => (c.CountryCode, c.RoundId)).ToHashSet();
        var marks = registry.RoundEntries
            .Where(e => e.ChampionMark && countries[e.Organization] is not null)
            .Select(e => (Country: countries[e.Organization]!, Round: rounds[e.Round]))
            .Distinct()
            .Where(m => !existing.Contains((m.Country, m.Round.Id)))
            .Select(m => new ChampionCountry
            {
                CountryCode = m.Country, RoundId = m.Round.Id,
                Source = $"{registry.Source.Seed}, 04 \"{m.Round.Year} Actions\" list (GCM Champion Countries are indicated with an *)",
            }).ToList();
        db.ChampionCountries.AddRange(marks);
        await db.SaveChangesAsync(ct);
        return marks.Count;
    }

    private async Task<int> SeedPledgesAsync(RegistryFile registry, CancellationToken ct)
    {
        var rounds = await db.Rounds.ToDictionaryAsync(r => r.Code, ct);
        var organizations = await db.Organizations.ToDictionaryAsync(o => o.Slug, ct);
        var priorities = await db.Priorities.Include(p => p.GcmObjectives).Include(p => p.GcrAreas).Include(p => p.Sdgs).ToDictionaryAsync(p => p.Number, ct);
        var existing = (await db.Pledges.Select(p => p.PublicId).ToListAsync(ct)).ToHashSet();
        var now = clock.GetUtcNow().UtcDateTime;

        // Facts are matched to an organization's records in a round in the order they are listed.
        var facts = registry.DescribedPledges.Concat(registry.StatedFacts)
            .GroupBy(f => (f.Organization, f.Round))
            .ToDictionary(g => g.Key, g => new Queue<PledgeFacts>(g));

        var added = new List<Pledge>();
        foreach (var roundGroup in registry.RoundEntries.GroupBy(e => e.Round))
        {
            var round = rounds[roundGroup.Key];
            var sequence = 0;
            foreach (var entry in roundGroup)
            {
                var organization = organizations[entry.Organization];
                for (var i = 0; i < entry.Count; i++)
                {
                    sequence++;
                    var publicId = string.Create(CultureInfo.InvariantCulture, $"CLA-{round.Year}-{sequence:0000}");
                    facts.TryGetValue((entry.Organization, entry.Round), out var queue);
                    var fact = queue is { Count: > 0 } ? queue.Dequeue() : null;
                    if (existing.Contains(publicId)) continue;
                    var pledge = BuildPledge(publicId, round, organization, entry, fact, registry, organizations, priorities, now);
                    db.Pledges.Add(pledge);
                    added.Add(pledge);
                }
            }
        }
        var unmatched = facts.Where(f => f.Value.Count > 0).Select(f => $"{f.Key.Organization}/{f.Key.Round}").ToList();
        if (unmatched.Count > 0)
        {
            throw new InvalidOperationException($"registry.json: facts without a pledge record to match: {string.Join(", ", unmatched)}");
        }
        await db.SaveChangesAsync(ct);

        foreach (var pledge in added)
        {
            db.Revisions.Add(RevisionLog.Created(pledge, SeedActor, now, "Loaded from the seed documents"));
            foreach (var update in pledge.Updates) db.Revisions.Add(RevisionLog.Created(update, SeedActor, now, "Loaded from the seed documents"));
        }
        await db.SaveChangesAsync(ct);
        return added.Count;
    }

    private static Pledge BuildPledge(string publicId, Round round, Organization organization, RoundEntry entry, PledgeFacts? fact,
        RegistryFile registry, Dictionary<string, Organization> organizations, Dictionary<int, Priority> priorities, DateTime now)
    {
        var isNetwork = organization.Kind is OrganizationKind.LocalGovernmentNetwork or OrganizationKind.InternationalOrPartnerOrganization;
        var documented = fact?.Title is not null || fact?.Description is not null;
        var pledge = new Pledge
        {
            PublicId = publicId,
            RoundId = round.Id,
            Title = fact?.Title,
            Description = fact?.Description,
            // The report lists every joint pledge (4.3); a record not named there was made by its organization alone.
            Kind = fact?.Kind is { } kind ? Enum.Parse<PledgeKind>(kind) : isNetwork ? PledgeKind.NetworkOnBehalfOfMembers : PledgeKind.Individual,
            Compact = fact?.Compact is { } compact ? Enum.Parse<Compact>(compact) : null,
            StartYear = fact?.StartYear,
            EndYear = fact?.EndYear,
            Ongoing = fact?.Ongoing,
            Stage = fact?.Ongoing == true ? PledgeStage.InProgress : null,
            BudgetAmount = fact?.BudgetAmount,
            BudgetCurrency = fact?.BudgetCurrency,
            ReviewState = ReviewState.Published,
            Completeness = documented ? Completeness.Documented : Completeness.DetailsNotDocumented,
            SourceDocument = registry.Source.Seed,
            SourceSection = fact?.Section ?? $"04 A Deep Dive into the 2022 and 2023 Pledges, \"{round.Year} Actions\" list, {entry.ListSection}",
            SourceNote = fact?.SourceNote,
            Version = 1,
            CreatedAt = now,
            UpdatedAt = now,
        };
        pledge.Organizations.Add(new PledgeOrganization { OrganizationId = organization.Id, Role = PledgeRole.Lead });
        foreach (var co in fact?.CoPledgers ?? [])
        {
            pledge.Organizations.Add(new PledgeOrganization { OrganizationId = organizations[co].Id, Role = PledgeRole.CoPledger });
        }
        foreach (var group in fact?.Beneficiaries ?? [])
        {
            pledge.Beneficiaries.Add(new PledgeBeneficiary { Group = Enum.Parse<BeneficiaryGroup>(group) });
        }
        foreach (var partner in fact?.Partners ?? [])
        {
            pledge.Partners.Add(new PledgePartner { Name = partner.Name, Type = partner.Type is null ? null : Enum.Parse<PartnerType>(partner.Type) });
        }
        foreach (var number in fact?.Priorities ?? [])
        {
            pledge.Priorities.Add(new PledgePriority { PriorityNumber = number });
        }
        PriorityMapping.Derive(pledge, pledge.Priorities.Select(p => priorities[p.PriorityNumber]));
        if (fact?.Update is { } u)
        {
            pledge.Updates.Add(new PledgeUpdate
            {
                AsOf = "December 2025 (Delivering Results report)",
                Stage = pledge.Stage,
                Results = u.Results,
                PeopleReachedTotal = u.PeopleReachedTotal,
                PeopleReachedQualifier = ParseOptional<FigureQualifier>(u.PeopleReachedQualifier),
                PeopleReachedWomen = u.PeopleReachedWomen,
                PeopleReachedChildren = u.PeopleReachedChildren,
                PeopleReachedNote = u.PeopleReachedNote,
                MoneyMobilizedAmount = u.MoneyMobilizedAmount,
                MoneyMobilizedCurrency = u.MoneyMobilizedCurrency,
                MoneyMobilizedQualifier = ParseOptional<FigureQualifier>(u.MoneyMobilizedQualifier),
                ChallengesText = u.ChallengesText,
                ChallengesAddressed = u.ChallengesAddressed,
                Status = UpdateStatus.Validated,
                SourceDocument = registry.Source.Seed,
                SourceSection = fact.Section,
                Version = 1,
                CreatedAt = now,
                UpdatedAt = now,
            });
            pledge.Updates[0].Challenges.AddRange((u.Challenges ?? []).Select(c => new PledgeUpdateChallenge { Challenge = Enum.Parse<Challenge>(c) }));
        }
        return pledge;
    }

    private async Task<int> SeedStatisticsAsync(List<StatisticRow> rows, CancellationToken ct)
    {
        var existing = await db.PublishedStatistics.Select(s => s.Key).ToListAsync(ct);
        var missing = rows.Where(r => !existing.Contains(r.Key)).Select(r => new PublishedStatistic
        {
            Key = r.Key, Label = r.Label, Value = r.Value, Unit = r.Unit, Qualifier = r.Qualifier, Scope = r.Scope, Kind = r.Kind,
            SourceSeed = r.Source.Seed, SourceDocument = r.Source.Document, SourceSection = r.Source.Section, SourceQuote = r.Source.Quote,
        }).ToList();
        db.PublishedStatistics.AddRange(missing);
        await db.SaveChangesAsync(ct);
        return missing.Count;
    }

    private static T? ParseOptional<T>(string? value) where T : struct, Enum => value is null ? null : Enum.Parse<T>(value);

    private sealed record RegistryFile(SourceRef Source, List<RoundRow> Rounds, List<OrganizationRow> Organizations, List<RoundEntry> RoundEntries,
        List<PledgeFacts> DescribedPledges, List<PledgeFacts> StatedFacts);
    private sealed record SourceRef(string Seed, string Document);
    private sealed record RoundRow(string Code, string Forum, int Year, string Name);
    private sealed record OrganizationRow(string Slug, string Name, string Kind, string? Country, string? LocationAsWritten, long? Population, string? PopulationSource);
    private sealed record RoundEntry(string Round, string Organization, int Count, bool ChampionMark, string ListSection);
    private sealed record PartnerRow(string Name, string? Type);
    private sealed record UpdateRow(string? Results, long? PeopleReachedTotal, string? PeopleReachedQualifier, long? PeopleReachedWomen, long? PeopleReachedChildren,
        string? PeopleReachedNote, decimal? MoneyMobilizedAmount, string? MoneyMobilizedCurrency, string? MoneyMobilizedQualifier, List<string>? Challenges,
        string? ChallengesText, string? ChallengesAddressed);
    private sealed record PledgeFacts(string Organization, string Round, string? Title, string? Description, string? Kind, string? Compact,
        int? StartYear, int? EndYear, bool? Ongoing, decimal? BudgetAmount, string? BudgetCurrency, List<int>? Priorities, List<string>? Beneficiaries,
        List<PartnerRow>? Partners, List<string>? CoPledgers, string Section, string? SourceNote, UpdateRow? Update);
    private sealed record StatisticSource(string Seed, string Document, string Section, string Quote);
    private sealed record StatisticRow(string Key, string Label, decimal Value, string Unit, string Qualifier, string Scope, string Kind, StatisticSource Source);
}

using LocalAction.Web.Data;
using LocalAction.Web.Features.Dashboard;
using LocalAction.Web.Features.Pledges;
using LocalAction.Web.Features.Updates;
using Microsoft.EntityFrameworkCore;

namespace LocalAction.Web.Features.Exports;

/// <summary>
/// Reads one batch of pledges (or their validated updates) as export rows: flat, untracked projections, one query per link
/// table filtered by the batch's ids, so a batch costs a dozen queries whatever the registry's size and nothing outlives it.
/// Pledges no longer published (the search snapshot may be a few seconds old) are left out.
/// </summary>
public sealed class ExportRowReader(LocalActionDbContext db, ExportVocabulary vocabulary, string urlBase)
{
    public async Task<List<PledgeExportRow>> PledgesAsync(IReadOnlyList<int> ids, CancellationToken ct)
    {
        var batch = await PledgeBatch.ReadAsync(db.Database.GetDbConnection(), ids, ct);

        // An organization leads or joins many pledges of a batch: its row part is made once.
        var organizations = new Dictionary<int, ExportOrganization>();
        ExportOrganization Organization(int id)
        {
            if (organizations.TryGetValue(id, out var made)) return made;
            var o = batch.Organizations[id];
            var kind = vocabulary.OrganizationKind(o.Kind);
            var countryName = o.CountryCode is { } code && vocabulary.Countries.TryGetValue(code, out var country) ? country.Name : null;
            return organizations[id] = new ExportOrganization(o.Slug, o.Name, kind.Code, kind.Name, o.CountryCode, countryName, o.Location);
        }

        // Numbered taxonomies by number, principles by letter, GCR areas in their published order.
        List<ExportTerm> Terms(int table, int pledgeId, Func<PledgeBatch.Link, string> name, Func<PledgeBatch.Link, int>? order = null)
        {
            if (!batch.Links[table].TryGetValue(pledgeId, out var links)) return [];
            order ??= l => l.Number;
            links.Sort((a, b) => order(a) != order(b) ? order(a).CompareTo(order(b)) : string.CompareOrdinal(a.Code, b.Code));
            var terms = new List<ExportTerm>(links.Count);
            foreach (var l in links) terms.Add(new ExportTerm(l.Code, name(l), l.Explicit));
            return terms;
        }

        var rows = new List<PledgeExportRow>(batch.Pledges.Count);
        foreach (var id in ids)
        {
            if (!batch.Pledges.TryGetValue(id, out var p)) continue;
            var links = batch.Pledgers.GetValueOrDefault(id) ?? [];
            var lead = links.FirstOrDefault(x => x.Role == PledgeRole.Lead);
            var leadOrganization = lead is null ? null : Organization(lead.OrganizationId);
            // The dashboard's rules: USD as converted, or the amount itself when it was given in USD; people reached by the latest figure.
            var validated = (batch.ValidatedUpdates.GetValueOrDefault(id) ?? [])
                .Select(u => new DashboardData.UpdateInfo(u.Id, u.ReportedOn, u.PeopleReachedTotal, u.MoneyMobilizedUsd ?? (u.MoneyMobilizedCurrency == "USD" ? u.MoneyMobilizedAmount : null)))
                .ToList();
            var round = vocabulary.Rounds[p.RoundId];
            rows.Add(new PledgeExportRow
            {
                Id = p.Id, PublicId = p.PublicId, ExternalId = p.ExternalId, Title = p.Title, Description = p.Description, OriginalLanguage = p.OriginalLanguage,
                RoundCode = round.Code, RoundName = round.Name,
                Compact = p.Compact is { } compact ? vocabulary.Compact(compact) : null,
                Kind = p.Kind is { } kind ? vocabulary.PledgeKind(kind) : null,
                Stage = p.Stage is { } stage ? vocabulary.Stage(stage) : null,
                Completeness = vocabulary.Completeness(p.Completeness),
                StartYear = p.StartYear, EndYear = p.EndYear, Ongoing = p.Ongoing, BudgetAmount = p.BudgetAmount, BudgetCurrency = p.BudgetCurrency, PledgedOn = p.PledgedOn,
                Lead = leadOrganization,
                // The pledge page's order: by name, ordinal, so the same registry always gives the same file.
                CoPledgers = links.Where(x => x.Role != PledgeRole.Lead).Select(x => Organization(x.OrganizationId))
                    .OrderBy(o => o.Name, StringComparer.Ordinal).ThenBy(o => o.Slug, StringComparer.Ordinal).ToList(),
                Partners = (batch.Partners.GetValueOrDefault(id) ?? []).OrderBy(x => x.Id).Select(x =>
                {
                    var type = x.Type is { } t ? vocabulary.PartnerType(t) : null;
                    return new ExportPartner(x.Name, type?.Code, type?.Name);
                }).ToList(),
                Beneficiaries = (batch.Links[PledgeBatch.Beneficiaries].GetValueOrDefault(id) ?? [])
                    .Select(l => vocabulary.Beneficiary(PledgeBatch.Parse<BeneficiaryGroup>(l.Code))).OrderBy(t => t.Code, StringComparer.Ordinal).ToList(),
                Priorities = Terms(PledgeBatch.Priorities, id, l => vocabulary.Priorities[l.Number]),
                GcmObjectives = Terms(PledgeBatch.GcmObjectives, id, l => vocabulary.GcmObjectives[l.Number]),
                GuidingPrinciples = Terms(PledgeBatch.GuidingPrinciples, id, l => vocabulary.GuidingPrinciples[l.Code]),
                GcrObjectives = Terms(PledgeBatch.GcrObjectives, id, l => vocabulary.GcrObjectives[l.Number]),
                GcrAreas = Terms(PledgeBatch.GcrAreas, id, l => vocabulary.GcrAreas[l.Code].Name, l => vocabulary.GcrAreas[l.Code].Order),
                Sdgs = Terms(PledgeBatch.Sdgs, id, l => vocabulary.Sdgs[l.Number]),
                SourceDocument = p.SourceDocument, SourceName = ExportVocabulary.SourceName(p.SourceDocument), SourceSection = p.SourceSection, SourceNote = p.SourceNote,
                IsSynthetic = p.IsSynthetic,
                Region = leadOrganization?.CountryCode is { } c && vocabulary.Countries.TryGetValue(c, out var leadCountry) ? leadCountry.Region : null,
                ValidatedUpdates = validated.Count,
                PeopleReached = DashboardCalculator.LatestPeopleReached(validated),
                MoneyMobilizedUsd = validated.Any(u => u.MoneyUsd is not null) ? validated.Sum(u => u.MoneyUsd ?? 0) : null,
                Url = $"{urlBase}/pledges/{p.PublicId}",
            });
        }
        return rows;
    }

    /// <summary>The validated updates of a batch of pledges: pledges in the batch's order, each one's updates oldest first.</summary>
    public async Task<List<UpdateExportRow>> UpdatesAsync(IReadOnlyList<int> ids, CancellationToken ct)
    {
        var pledges = await db.Pledges.AsNoTracking()
            .Where(p => EF.Parameter(ids).Contains(p.Id) && p.ReviewState == ReviewState.Published)
            .Select(p => new { p.Id, p.PublicId, p.ExternalId, p.Title })
            .ToDictionaryAsync(p => p.Id, ct);
        // The published columns only: the values as submitted (up to 100 000 characters of JSON each) stay in the database.
        var updates = (await db.PledgeUpdates.AsNoTracking().Where(u => EF.Parameter(ids).Contains(u.PledgeId) && u.Status == UpdateStatus.Validated)
                .Select(u => new PledgeUpdate
                {
                    Id = u.Id, PledgeId = u.PledgeId, ReportedOn = u.ReportedOn, AsOf = u.AsOf, ValidatedAt = u.ValidatedAt, Stage = u.Stage, Results = u.Results,
                    PeopleReachedTotal = u.PeopleReachedTotal, PeopleReachedQualifier = u.PeopleReachedQualifier, PeopleReachedMigrants = u.PeopleReachedMigrants,
                    PeopleReachedRefugees = u.PeopleReachedRefugees, PeopleReachedIdps = u.PeopleReachedIdps, PeopleReachedHostCommunity = u.PeopleReachedHostCommunity,
                    PeopleReachedWomen = u.PeopleReachedWomen, PeopleReachedChildren = u.PeopleReachedChildren, PeopleReachedNote = u.PeopleReachedNote,
                    MoneyMobilizedAmount = u.MoneyMobilizedAmount, MoneyMobilizedCurrency = u.MoneyMobilizedCurrency, MoneyMobilizedQualifier = u.MoneyMobilizedQualifier,
                    MoneyMobilizedUsd = u.MoneyMobilizedUsd, UsdRate = u.UsdRate, UsdRateOn = u.UsdRateOn, ChallengesText = u.ChallengesText,
                    ChallengesAddressed = u.ChallengesAddressed, LessonsLearned = u.LessonsLearned, NationalEngagement = u.NationalEngagement, Language = u.Language,
                    ConsentToPublish = u.ConsentToPublish, SourceDocument = u.SourceDocument, SourceSection = u.SourceSection,
                })
                .ToListAsync(ct))
            .ToLookup(u => u.PledgeId);
        var updateIds = updates.SelectMany(g => g.Select(u => u.Id)).ToList();
        var challenges = (await db.Set<PledgeUpdateChallenge>().AsNoTracking().Where(c => EF.Parameter(updateIds).Contains(c.PledgeUpdateId))
            .Select(c => new { c.PledgeUpdateId, c.Challenge }).ToListAsync(ct)).ToLookup(c => c.PledgeUpdateId, c => c.Challenge);

        var rows = new List<UpdateExportRow>();
        foreach (var id in ids)
        {
            if (!pledges.TryGetValue(id, out var p)) continue;
            var ordered = updates[id]
                .Select(u => (Update: u, Day: ReportingBasis.ForUpdate(u.ReportedOn, u.SourceDocument, u.ValidatedAt).Day))
                .OrderBy(x => x.Day ?? DateOnly.MaxValue).ThenBy(x => x.Update.Id);
            foreach (var (u, day) in ordered)
            {
                // Without consent the narrative is not public: the figures are, as on the pledge page.
                var narrative = u.ConsentToPublish != false;
                rows.Add(new UpdateExportRow
                {
                    PledgePublicId = p.PublicId, PledgeExternalId = p.ExternalId, PledgeTitle = p.Title,
                    ReportedOn = u.ReportedOn, AsOf = u.AsOf, ValidatedOn = u.ValidatedAt is { } validatedAt ? DateOnly.FromDateTime(validatedAt) : null, Date = day,
                    Stage = u.Stage is { } stage ? vocabulary.Stage(stage) : null,
                    Results = narrative ? u.Results : null,
                    PeopleReachedTotal = u.PeopleReachedTotal, PeopleReachedQualifier = Qualifier(u.PeopleReachedQualifier),
                    PeopleReachedMigrants = u.PeopleReachedMigrants, PeopleReachedRefugees = u.PeopleReachedRefugees, PeopleReachedIdps = u.PeopleReachedIdps,
                    PeopleReachedHostCommunity = u.PeopleReachedHostCommunity, PeopleReachedWomen = u.PeopleReachedWomen, PeopleReachedChildren = u.PeopleReachedChildren,
                    PeopleReachedNote = narrative ? u.PeopleReachedNote : null,
                    MoneyMobilizedAmount = u.MoneyMobilizedAmount, MoneyMobilizedCurrency = u.MoneyMobilizedCurrency, MoneyMobilizedQualifier = Qualifier(u.MoneyMobilizedQualifier),
                    MoneyMobilizedUsd = u.MoneyMobilizedUsd, UsdRate = u.UsdRate, UsdRateOn = u.UsdRateOn,
                    Challenges = narrative ? challenges[u.Id].Select(vocabulary.Challenge).OrderBy(t => t.Code, StringComparer.Ordinal).ToList() : [],
                    ChallengesText = narrative ? u.ChallengesText : null,
                    ChallengesAddressed = narrative ? u.ChallengesAddressed : null,
                    LessonsLearned = narrative ? u.LessonsLearned : null,
                    NationalEngagement = narrative && u.NationalEngagement is { } engagement ? vocabulary.Engagement(engagement) : null,
                    Language = u.Language, ConsentToPublish = u.ConsentToPublish,
                    SourceDocument = u.SourceDocument, SourceName = ExportVocabulary.SourceName(u.SourceDocument), SourceSection = u.SourceSection,
                });
            }
        }
        return rows;
    }


    /// <summary>The words the pledge API uses for a figure's precision.</summary>
    public static string? Qualifier(FigureQualifier? q) => q switch
    {
        FigureQualifier.Exact => "exact",
        FigureQualifier.MoreThan => "more-than",
        FigureQualifier.About => "about",
        FigureQualifier.LessThan => "less-than",
        _ => null,
    };
}

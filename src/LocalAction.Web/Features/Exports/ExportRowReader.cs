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
        var pledges = await db.Pledges.AsNoTracking()
            .Where(p => ids.Contains(p.Id) && p.ReviewState == ReviewState.Published)
            .Select(p => new
            {
                p.Id, p.PublicId, p.ExternalId, p.Title, p.Description, p.OriginalLanguage, p.RoundId, p.Compact, p.Kind, p.Stage, p.Completeness,
                p.StartYear, p.EndYear, p.Ongoing, p.BudgetAmount, p.BudgetCurrency, p.PledgedOn, p.SourceDocument, p.SourceSection, p.SourceNote, p.IsSynthetic,
            })
            .ToDictionaryAsync(p => p.Id, ct);

        var pledgers = (await db.Set<PledgeOrganization>().AsNoTracking().Where(x => ids.Contains(x.PledgeId))
            .Select(x => new { x.PledgeId, x.OrganizationId, x.Role }).ToListAsync(ct)).ToLookup(x => x.PledgeId);
        var organizationIds = pledgers.SelectMany(g => g.Select(x => x.OrganizationId)).Distinct().ToList();
        var organizations = await db.Organizations.AsNoTracking().Where(o => organizationIds.Contains(o.Id))
            .Select(o => new { o.Id, o.Slug, o.Name, o.Kind, o.CountryCode, o.LocationAsWritten }).ToDictionaryAsync(o => o.Id, ct);
        var partners = (await db.Set<PledgePartner>().AsNoTracking().Where(x => ids.Contains(x.PledgeId))
            .Select(x => new { x.PledgeId, x.Id, x.Name, x.Type }).ToListAsync(ct)).ToLookup(x => x.PledgeId);
        var beneficiaries = (await db.Set<PledgeBeneficiary>().AsNoTracking().Where(x => ids.Contains(x.PledgeId))
            .Select(x => new { x.PledgeId, x.Group }).ToListAsync(ct)).ToLookup(x => x.PledgeId, x => x.Group);
        var priorities = (await db.Set<PledgePriority>().AsNoTracking().Where(x => ids.Contains(x.PledgeId))
            .Select(x => new { x.PledgeId, x.PriorityNumber }).ToListAsync(ct)).ToLookup(x => x.PledgeId, x => x.PriorityNumber);
        var gcm = (await db.Set<PledgeGcmObjective>().AsNoTracking().Where(x => ids.Contains(x.PledgeId))
            .Select(x => new { x.PledgeId, x.GcmObjectiveNumber, x.Origin }).ToListAsync(ct)).ToLookup(x => x.PledgeId);
        var principles = (await db.Set<PledgeGuidingPrinciple>().AsNoTracking().Where(x => ids.Contains(x.PledgeId))
            .Select(x => new { x.PledgeId, x.GuidingPrincipleCode, x.Origin }).ToListAsync(ct)).ToLookup(x => x.PledgeId);
        var gcrObjectives = (await db.Set<PledgeGcrObjective>().AsNoTracking().Where(x => ids.Contains(x.PledgeId))
            .Select(x => new { x.PledgeId, x.GcrObjectiveNumber, x.Origin }).ToListAsync(ct)).ToLookup(x => x.PledgeId);
        var gcrAreas = (await db.Set<PledgeGcrArea>().AsNoTracking().Where(x => ids.Contains(x.PledgeId))
            .Select(x => new { x.PledgeId, x.GcrAreaCode, x.Origin }).ToListAsync(ct)).ToLookup(x => x.PledgeId);
        var sdgs = (await db.Set<PledgeSdg>().AsNoTracking().Where(x => ids.Contains(x.PledgeId))
            .Select(x => new { x.PledgeId, x.SdgNumber, x.Origin }).ToListAsync(ct)).ToLookup(x => x.PledgeId);
        var updates = (await db.PledgeUpdates.AsNoTracking().Where(u => ids.Contains(u.PledgeId) && u.Status == UpdateStatus.Validated)
                .Select(u => new { u.PledgeId, u.Id, u.ReportedOn, u.PeopleReachedTotal, u.MoneyMobilizedUsd, u.MoneyMobilizedAmount, u.MoneyMobilizedCurrency })
                .ToListAsync(ct))
            // The dashboard's rule: USD as converted, or the amount itself when it was given in USD.
            .ToLookup(u => u.PledgeId, u => new DashboardData.UpdateInfo(u.Id, u.ReportedOn, u.PeopleReachedTotal,
                u.MoneyMobilizedUsd ?? (u.MoneyMobilizedCurrency == "USD" ? u.MoneyMobilizedAmount : null)));

        ExportOrganization Organization(int id)
        {
            var o = organizations[id];
            var kind = vocabulary.OrganizationKind(o.Kind);
            var countryName = o.CountryCode is { } code && vocabulary.Countries.TryGetValue(code, out var country) ? country.Name : null;
            return new ExportOrganization(o.Slug, o.Name, kind.Code, kind.Name, o.CountryCode, countryName, o.LocationAsWritten);
        }

        static ExportTerm Linked(string code, string name, MappingOrigin origin) => new(code, name, origin == MappingOrigin.Explicit);

        var rows = new List<PledgeExportRow>(pledges.Count);
        foreach (var id in ids)
        {
            if (!pledges.TryGetValue(id, out var p)) continue;
            var links = pledgers[id].ToList();
            var lead = links.FirstOrDefault(x => x.Role == PledgeRole.Lead);
            var leadOrganization = lead is null ? null : Organization(lead.OrganizationId);
            var validated = updates[id].ToList();
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
                Partners = partners[id].OrderBy(x => x.Id).Select(x =>
                {
                    var type = x.Type is { } t ? vocabulary.PartnerType(t) : null;
                    return new ExportPartner(x.Name, type?.Code, type?.Name);
                }).ToList(),
                Beneficiaries = beneficiaries[id].Select(vocabulary.Beneficiary).OrderBy(t => t.Code, StringComparer.Ordinal).ToList(),
                Priorities = priorities[id].Order().Select(n => new ExportTerm(Number(n), vocabulary.Priorities[n])).ToList(),
                GcmObjectives = gcm[id].OrderBy(x => x.GcmObjectiveNumber).Select(x => Linked(Number(x.GcmObjectiveNumber), vocabulary.GcmObjectives[x.GcmObjectiveNumber], x.Origin)).ToList(),
                GuidingPrinciples = principles[id].OrderBy(x => x.GuidingPrincipleCode, StringComparer.Ordinal)
                    .Select(x => Linked(x.GuidingPrincipleCode, vocabulary.GuidingPrinciples[x.GuidingPrincipleCode], x.Origin)).ToList(),
                GcrObjectives = gcrObjectives[id].OrderBy(x => x.GcrObjectiveNumber).Select(x => Linked(Number(x.GcrObjectiveNumber), vocabulary.GcrObjectives[x.GcrObjectiveNumber], x.Origin)).ToList(),
                GcrAreas = gcrAreas[id].OrderBy(x => vocabulary.GcrAreas[x.GcrAreaCode].Order).ThenBy(x => x.GcrAreaCode, StringComparer.Ordinal)
                    .Select(x => Linked(x.GcrAreaCode, vocabulary.GcrAreas[x.GcrAreaCode].Name, x.Origin)).ToList(),
                Sdgs = sdgs[id].OrderBy(x => x.SdgNumber).Select(x => Linked(Number(x.SdgNumber), vocabulary.Sdgs[x.SdgNumber], x.Origin)).ToList(),
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
            .Where(p => ids.Contains(p.Id) && p.ReviewState == ReviewState.Published)
            .Select(p => new { p.Id, p.PublicId, p.ExternalId, p.Title })
            .ToDictionaryAsync(p => p.Id, ct);
        var updates = (await db.PledgeUpdates.AsNoTracking().Where(u => ids.Contains(u.PledgeId) && u.Status == UpdateStatus.Validated).ToListAsync(ct))
            .ToLookup(u => u.PledgeId);
        var updateIds = updates.SelectMany(g => g.Select(u => u.Id)).ToList();
        var challenges = (await db.Set<PledgeUpdateChallenge>().AsNoTracking().Where(c => updateIds.Contains(c.PledgeUpdateId))
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

    private static string Number(int n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture);

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

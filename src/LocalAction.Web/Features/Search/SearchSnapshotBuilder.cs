using LocalAction.Web.Data;
using LocalAction.Web.Features.Organizations;
using LocalAction.Web.Features.Pledges;
using LocalAction.Web.Features.Updates;
using Microsoft.EntityFrameworkCore;

namespace LocalAction.Web.Features.Search;

/// <summary>Reads the published registry in a few flat queries and builds a <see cref="SearchSnapshot"/>.</summary>
public static class SearchSnapshotBuilder
{
    /// <param name="withText">
    /// False leaves the word index empty (a text query then matches nothing) and skips reading descriptions and partners:
    /// a one-off export without a search text needs only the facets and sort keys, at a fraction of the time and memory.
    /// </param>
    public static async Task<SearchSnapshot> BuildAsync(LocalActionDbContext db, DateTime now, CancellationToken ct, bool withText = true)
    {
        var countries = await db.Countries.AsNoTracking().ToDictionaryAsync(c => c.Alpha2, ct);
        var rounds = await db.Rounds.AsNoTracking().OrderBy(r => r.Year).ThenBy(r => r.Code).ToListAsync(ct);
        var sizeClasses = await db.CitySizeClasses.AsNoTracking().OrderByDescending(c => c.MinPopulation).ToListAsync(ct);
        var organizations = await db.Organizations.AsNoTracking().ToDictionaryAsync(o => o.Id, ct);

        var published = db.Pledges.AsNoTracking().Where(p => p.ReviewState == ReviewState.Published);
        var pledges = await published
            .Select(p => new { p.Id, p.PublicId, p.Title, Description = withText ? p.Description : null, p.OriginalLanguage, p.SourceDocument, p.RoundId, p.Compact, p.Stage, p.Completeness, p.Kind, p.IsSynthetic })
            .ToListAsync(ct);
        var pledgers = await published.SelectMany(p => p.Organizations).Select(o => new { o.PledgeId, o.OrganizationId, o.Role }).ToListAsync(ct);
        var priorities = await published.SelectMany(p => p.Priorities).Select(x => new { x.PledgeId, x.PriorityNumber }).ToListAsync(ct);
        var gcm = await published.SelectMany(p => p.GcmObjectives).Select(x => new { x.PledgeId, x.GcmObjectiveNumber }).ToListAsync(ct);
        var gcrObjectives = await published.SelectMany(p => p.GcrObjectives).Select(x => new { x.PledgeId, x.GcrObjectiveNumber }).ToListAsync(ct);
        var gcrAreas = await published.SelectMany(p => p.GcrAreas).Select(x => new { x.PledgeId, x.GcrAreaCode }).ToListAsync(ct);
        var sdgs = await published.SelectMany(p => p.Sdgs).Select(x => new { x.PledgeId, x.SdgNumber }).ToListAsync(ct);
        var beneficiaries = await published.SelectMany(p => p.Beneficiaries).Select(x => new { x.PledgeId, x.Group }).ToListAsync(ct);
        // Translations are shown in lists and searched: a pledge is found by the words of any of its languages.
        var translations = await published.SelectMany(p => p.Translations)
            .Select(t => new { t.PledgeId, t.Language, t.Title, Description = withText ? t.Description : null }).ToListAsync(ct);
        var partners = withText ? await published.SelectMany(p => p.Partners).Select(x => new { x.PledgeId, x.Name }).ToListAsync(ct) : [];
        var updated = (await db.PledgeUpdates.AsNoTracking().Where(u => u.Status == UpdateStatus.Validated).Select(u => u.PledgeId).Distinct().ToListAsync(ct)).ToHashSet();

        var facets = await BuildFacetsAsync(db, rounds, countries.Values, sizeClasses, ct);
        var pledgersOf = pledgers.ToLookup(x => x.PledgeId);
        var prioritiesOf = priorities.ToLookup(x => x.PledgeId, x => x.PriorityNumber);
        var gcmOf = gcm.ToLookup(x => x.PledgeId, x => x.GcmObjectiveNumber);
        var gcrObjectivesOf = gcrObjectives.ToLookup(x => x.PledgeId, x => x.GcrObjectiveNumber);
        var gcrAreasOf = gcrAreas.ToLookup(x => x.PledgeId, x => x.GcrAreaCode);
        var sdgsOf = sdgs.ToLookup(x => x.PledgeId, x => x.SdgNumber);
        var beneficiariesOf = beneficiaries.ToLookup(x => x.PledgeId, x => x.Group);
        var partnersOf = partners.ToLookup(x => x.PledgeId, x => x.Name);
        var translationsOf = translations.ToLookup(x => x.PledgeId);
        var roundsById = rounds.ToDictionary(r => r.Id);

        var entries = new List<IndexedPledge>(pledges.Count);
        var texts = new List<IEnumerable<string>>(pledges.Count);
        foreach (var p in pledges.OrderByDescending(p => roundsById[p.RoundId].Year).ThenByDescending(p => p.PublicId, StringComparer.Ordinal))
        {
            var links = pledgersOf[p.Id].ToList();
            var leadLink = links.FirstOrDefault(l => l.Role == PledgeRole.Lead) ?? links.FirstOrDefault();
            if (leadLink is null) continue; // a pledge always has a lead; skip rather than fail the whole index
            var lead = organizations[leadLink.OrganizationId];
            var coPledgers = links.Where(l => l != leadLink).Select(l => organizations[l.OrganizationId]).ToList();
            var country = lead.CountryCode is null ? null : countries.GetValueOrDefault(lead.CountryCode);
            var round = roundsById[p.RoundId];
            var size = CitySizeClassifier.Classify(lead, sizeClasses);

            var ids = new int[Facets.Count][];
            ids[Facets.Round] = Ids(facets[Facets.Round], round.Code);
            ids[Facets.Compact] = Ids(facets[Facets.Compact], p.Compact is { } c ? FilterValues.Compacts[c] : FilterValues.NotStated);
            ids[Facets.Priority] = Ids(facets[Facets.Priority], prioritiesOf[p.Id].Select(Text));
            ids[Facets.GcmObjective] = Ids(facets[Facets.GcmObjective], gcmOf[p.Id].Select(Text));
            ids[Facets.GcrObjective] = Ids(facets[Facets.GcrObjective], gcrObjectivesOf[p.Id].Select(Text));
            ids[Facets.GcrArea] = Ids(facets[Facets.GcrArea], gcrAreasOf[p.Id]);
            ids[Facets.Sdg] = Ids(facets[Facets.Sdg], sdgsOf[p.Id].Select(Text));
            ids[Facets.Beneficiary] = Ids(facets[Facets.Beneficiary], beneficiariesOf[p.Id].Select(b => FilterValues.Beneficiaries[b]));
            ids[Facets.Region] = Ids(facets[Facets.Region], country?.M49RegionCode);
            ids[Facets.Subregion] = Ids(facets[Facets.Subregion], country?.M49SubregionCode);
            ids[Facets.ReportRegion] = Ids(facets[Facets.ReportRegion], country?.ReportRegion is { } rr ? FilterValues.ReportRegionSlug(rr) : null);
            ids[Facets.Country] = Ids(facets[Facets.Country], country?.Alpha2);
            ids[Facets.OrganizationKind] = Ids(facets[Facets.OrganizationKind], FilterValues.Kinds[lead.Kind]);
            ids[Facets.CitySize] = Ids(facets[Facets.CitySize], size?.Code);
            ids[Facets.Stage] = Ids(facets[Facets.Stage], p.Stage is { } s ? FilterValues.Stages[s] : FilterValues.NotStated);
            var joint = p.Kind is PledgeKind.CityToCityJoint or PledgeKind.NationalLocal || coPledgers.Count > 0;
            ids[Facets.Joint] = Ids(facets[Facets.Joint], joint ? FilterValues.Yes : FilterValues.No);
            ids[Facets.HasUpdates] = Ids(facets[Facets.HasUpdates], updated.Contains(p.Id) ? FilterValues.Yes : FilterValues.No);
            ids[Facets.Completeness] = Ids(facets[Facets.Completeness], FilterValues.Completenesses[p.Completeness]);

            entries.Add(new IndexedPledge
            {
                Id = p.Id, PublicId = p.PublicId, Title = p.Title,
                TextLanguage = p.OriginalLanguage ?? Statistics.SourceDocuments.LanguageOf(p.SourceDocument),
                TranslatedTitles = translationsOf[p.Id].Any(t => t.Title is not null)
                    ? translationsOf[p.Id].Where(t => t.Title is not null).ToDictionary(t => t.Language, t => t.Title!, StringComparer.Ordinal) : null,
                LeadOrganization = lead.Name, LeadOrganizationSlug = lead.Slug,
                CoPledgers = coPledgers.Select(o => o.Name).ToList(), CountryCode = country?.Alpha2, CountryName = country?.Name,
                RoundCode = round.Code, RoundName = round.Name, RoundYear = round.Year,
                Compact = p.Compact is { } cc ? FilterValues.Compacts[cc] : null, Stage = p.Stage is { } st ? FilterValues.Stages[st] : null,
                Completeness = FilterValues.Completenesses[p.Completeness], Kind = p.Kind is { } k ? FilterValues.PledgeKinds[k] : null,
                Priorities = prioritiesOf[p.Id].Order().ToList(), Sdgs = sdgsOf[p.Id].Order().ToList(), HasUpdates = updated.Contains(p.Id),
                IsSynthetic = p.IsSynthetic,
                TitleKey = TextNormalizer.Fold(p.Title ?? "\uffff"), OrganizationKey = TextNormalizer.Fold(lead.Name),
                CountryKey = TextNormalizer.Fold(country?.Name ?? "\uffff"),
                FacetValueIds = ids,
            });
            if (!withText)
            {
                texts.Add([]);
                continue;
            }
            texts.Add(TextNormalizer.Words(p.Title)
                .Concat(TextNormalizer.Words(p.Description))
                .Concat(translationsOf[p.Id].SelectMany(t => TextNormalizer.Words(t.Title).Concat(TextNormalizer.Words(t.Description))))
                .Concat(TextNormalizer.Words(lead.Name))
                .Concat(coPledgers.SelectMany(o => TextNormalizer.Words(o.Name)))
                .Concat(partnersOf[p.Id].SelectMany(TextNormalizer.Words))
                .Concat(TextNormalizer.Words(country?.Name))
                .Concat(TextNormalizer.Words(lead.LocationAsWritten))
                .Concat(TextNormalizer.Words(p.PublicId))
                .ToList());
        }

        var pledgeCounts = pledgers.Where(l => l.Role == PledgeRole.Lead).GroupBy(l => l.OrganizationId).ToDictionary(g => g.Key, g => g.Count());
        var orgEntries = organizations.Values
            .Select(o =>
            {
                var country = o.CountryCode is null ? null : countries.GetValueOrDefault(o.CountryCode);
                return new IndexedOrganization(o.Id, o.Slug, o.Name, FilterValues.Kinds[o.Kind], country?.Alpha2, country?.Name, o.Population,
                    CitySizeClassifier.Classify(o, sizeClasses)?.Code, pledgeCounts.GetValueOrDefault(o.Id), o.IsSynthetic, TextNormalizer.Fold(o.Name));
            })
            .OrderBy(o => o.NameKey, StringComparer.Ordinal)
            .ToList();
        var orgText = new TokenIndex(orgEntries.Select(o => TextNormalizer.Words(o.Name).Concat(TextNormalizer.Words(o.CountryName)).ToList()).ToList<IEnumerable<string>>());

        return new SearchSnapshot(entries, new TokenIndex(texts), facets, orgEntries, orgText, now);
    }

    private static string Text(int number) => number.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static int[] Ids(Facet facet, string? value) =>
        value is not null && facet.IdOf.TryGetValue(value, out var id) ? [id] : [];

    private static int[] Ids(Facet facet, IEnumerable<string> values) =>
        values.Select(v => facet.IdOf.TryGetValue(v, out var id) ? id : -1).Where(id => id >= 0).Distinct().ToArray();

    /// <summary>The facets alone (their parameters and known values), for checking a filter without building a snapshot.</summary>
    public static async Task<Facet[]> LoadFacetsAsync(LocalActionDbContext db, CancellationToken ct)
    {
        var countries = await db.Countries.AsNoTracking().ToListAsync(ct);
        var rounds = await db.Rounds.AsNoTracking().OrderBy(r => r.Year).ThenBy(r => r.Code).ToListAsync(ct);
        var sizeClasses = await db.CitySizeClasses.AsNoTracking().OrderByDescending(c => c.MinPopulation).ToListAsync(ct);
        return await BuildFacetsAsync(db, rounds, countries, sizeClasses, ct);
    }

    private static async Task<Facet[]> BuildFacetsAsync(LocalActionDbContext db, List<Rounds.Round> rounds,
        IEnumerable<Taxonomy.Country> countries, List<Taxonomy.CitySizeClass> sizeClasses, CancellationToken ct)
    {
        var priorities = await db.Priorities.AsNoTracking().OrderBy(p => p.Number).ToListAsync(ct);
        var gcm = await db.GcmObjectives.AsNoTracking().OrderBy(p => p.Number).ToListAsync(ct);
        var gcrObjectives = await db.GcrObjectives.AsNoTracking().OrderBy(p => p.Number).ToListAsync(ct);
        var gcrAreas = await db.GcrAreas.AsNoTracking().OrderBy(p => p.SortOrder).ToListAsync(ct);
        var sdgs = await db.Sdgs.AsNoTracking().OrderBy(p => p.Number).ToListAsync(ct);
        var countryList = countries.OrderBy(c => c.Name, StringComparer.Ordinal).ToList();

        var facets = new Facet[Facets.Count];
        facets[Facets.Round] = new Facet("round", "Round", rounds.Select(r => new FacetValue(r.Code, r.Name, r.Name, r.Name)));
        facets[Facets.Compact] = new Facet("compact", "Compact", Enum(FilterValues.Compacts.Values, "Compact.").Append(NotStated()));
        facets[Facets.Priority] = new Facet("priority", "Priority", priorities.Select(p => Term(Text(p.Number), p)));
        facets[Facets.GcmObjective] = new Facet("gcm", "GCM objective", gcm.Select(o => Term(Text(o.Number), o)));
        facets[Facets.GcrObjective] = new Facet("gcrObjective", "GCR objective", gcrObjectives.Select(o => Term(Text(o.Number), o)));
        facets[Facets.GcrArea] = new Facet("gcrArea", "GCR area of focus", gcrAreas.Select(o => Term(o.Code, o)));
        facets[Facets.Sdg] = new Facet("sdg", "SDG", sdgs.Select(o => Term(Text(o.Number), o)));
        facets[Facets.Beneficiary] = new Facet("beneficiary", "Beneficiaries", Enum(FilterValues.Beneficiaries.Values, "Beneficiary."));
        facets[Facets.Region] = new Facet("region", "Region (UN M49)", countryList.Where(c => c.M49RegionCode is not null)
            .DistinctBy(c => c.M49RegionCode).OrderBy(c => c.M49Region, StringComparer.Ordinal).Select(c => new FacetValue(c.M49RegionCode!, c.M49Region, c.M49Region, c.M49Region)));
        facets[Facets.Subregion] = new Facet("subregion", "Subregion (UN M49)", countryList.Where(c => c.M49SubregionCode is not null)
            .DistinctBy(c => c.M49SubregionCode).OrderBy(c => c.M49Subregion, StringComparer.Ordinal).Select(c => new FacetValue(c.M49SubregionCode!, c.M49Subregion, c.M49Subregion, c.M49Subregion)), orderByCount: true);
        facets[Facets.ReportRegion] = new Facet("reportRegion", "Region (reports' grouping)", countryList.Where(c => c.ReportRegion is not null)
            .Select(c => c.ReportRegion!).Distinct().Order(StringComparer.Ordinal).Select(r => new FacetValue(FilterValues.ReportRegionSlug(r), r, r, r)));
        facets[Facets.Country] = new Facet("country", "Country", countryList.Select(c => new FacetValue(c.Alpha2, c.Name, c.Name, c.Name)), orderByCount: true);
        facets[Facets.OrganizationKind] = new Facet("kind", "Organization kind", Enum(FilterValues.Kinds.Values, "Kind."));
        facets[Facets.CitySize] = new Facet("size", "City size", sizeClasses.Select(c => Term(c.Code, c)));
        facets[Facets.Stage] = new Facet("stage", "Stage", Enum(FilterValues.Stages.Values, "Stage.").Append(NotStated()));
        facets[Facets.Joint] = new Facet("joint", "Joint pledge", YesNo());
        facets[Facets.HasUpdates] = new Facet("hasUpdates", "Has updates", YesNo());
        facets[Facets.Completeness] = new Facet("completeness", "Completeness", Enum(FilterValues.Completenesses.Values, "Completeness."));
        return facets;
    }

    private static FacetValue Term(string slug, Taxonomy.MultilingualTerm term) => new(slug, term.NameEn, term.NameFr, term.NameEs);

    private static IEnumerable<FacetValue> Enum(IEnumerable<string> slugs, string resourcePrefix) =>
        slugs.Select(s => new FacetValue(s, ResourceKey: resourcePrefix + s));

    private static FacetValue NotStated() => new(FilterValues.NotStated, ResourceKey: "Not stated");

    private static IEnumerable<FacetValue> YesNo() => [new(FilterValues.Yes, ResourceKey: "Yes"), new(FilterValues.No, ResourceKey: "No")];
}

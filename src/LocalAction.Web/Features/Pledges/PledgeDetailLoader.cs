using System.Globalization;
using LocalAction.Web.Data;
using LocalAction.Web.Features.Search;
using LocalAction.Web.Features.Statistics;
using LocalAction.Web.Features.Updates;
using Microsoft.EntityFrameworkCore;

namespace LocalAction.Web.Features.Pledges;

/// <summary>Loads a published pledge as a <see cref="PledgeDetail"/>, with taxonomy names in the reader's language.</summary>
public sealed class PledgeDetailLoader(LocalActionDbContext db, TimeProvider clock)
{
    /// <summary>Null when no published pledge has this id.</summary>
    public async Task<PledgeDetail?> LoadAsync(string publicId, string language, CancellationToken ct)
    {
        var p = await db.Pledges.AsNoTracking().AsSplitQuery()
            .Include(x => x.Round)
            .Include(x => x.Organizations).ThenInclude(o => o.Organization).ThenInclude(o => o!.Country)
            .Include(x => x.Beneficiaries).Include(x => x.Priorities).Include(x => x.GcmObjectives).Include(x => x.GuidingPrinciples)
            .Include(x => x.GcrObjectives).Include(x => x.GcrAreas).Include(x => x.Sdgs).Include(x => x.Partners)
            .Include(x => x.Updates).ThenInclude(u => u.Challenges)
            .Include(x => x.Translations)
            .SingleOrDefaultAsync(x => x.PublicId == publicId && x.ReviewState == ReviewState.Published, ct);
        if (p is null) return null;

        var priorities = await db.Priorities.AsNoTracking().ToDictionaryAsync(x => x.Number, ct);
        var gcm = await db.GcmObjectives.AsNoTracking().ToDictionaryAsync(x => x.Number, ct);
        var principles = await db.GuidingPrinciples.AsNoTracking().ToDictionaryAsync(x => x.Code, ct);
        var gcrObjectives = await db.GcrObjectives.AsNoTracking().ToDictionaryAsync(x => x.Number, ct);
        var gcrAreas = await db.GcrAreas.AsNoTracking().ToDictionaryAsync(x => x.Code, ct);
        var sdgs = await db.Sdgs.AsNoTracking().ToDictionaryAsync(x => x.Number, ct);
        var revisions = await db.Revisions.AsNoTracking()
            .Where(r => r.EntityType == nameof(Pledge) && r.EntityId == p.Id)
            .OrderBy(r => r.EntityVersion)
            .Select(r => new PledgeDetail.RevisionEntry(r.EntityVersion, r.Action, r.ChangedBy, r.ChangedAt, r.Reason))
            .ToListAsync(ct);

        var updates = await ValidatedUpdatesAsync(p, ct);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var (state, basis) = ReportingBasis.For(today,
            p.Updates.Where(u => u.Status == UpdateStatus.Validated).Select(u => ReportingBasis.ForUpdate(u.ReportedOn, u.SourceDocument, u.ValidatedAt)),
            p.PledgedOn, p.Round!.Year);

        static string Origin(MappingOrigin o) => o == MappingOrigin.Derived ? "derived" : "explicit";
        string Num(int n) => n.ToString(CultureInfo.InvariantCulture);

        return new PledgeDetail(
            p.PublicId, p.Title, p.Description, p.OriginalLanguage,
            new PledgeDetail.RoundRef(p.Round!.Code, p.Round.Name, p.Round.Year, p.Round.Forum.ToString().ToUpperInvariant()),
            p.Kind is { } k ? FilterValues.PledgeKinds[k] : null,
            p.Compact is { } c ? FilterValues.Compacts[c] : null,
            new PledgeDetail.Timeline(p.StartYear, p.EndYear, p.Ongoing),
            p.BudgetAmount is { } amount && p.BudgetCurrency is { } currency ? new PledgeDetail.Money(amount, currency) : null,
            p.Stage is { } s ? FilterValues.Stages[s] : null,
            FilterValues.Completenesses[p.Completeness],
            p.IsSynthetic,
            p.Organizations.OrderBy(o => o.Role).ThenBy(o => o.Organization!.Name, StringComparer.Ordinal)
                .Select(o => new PledgeDetail.Pledger(o.Organization!.Slug, o.Organization.Name, o.Role == PledgeRole.Lead ? "lead" : "co-pledger",
                    FilterValues.Kinds[o.Organization.Kind], o.Organization.CountryCode, o.Organization.Country?.Name)).ToList(),
            p.Beneficiaries.Select(b => FilterValues.Beneficiaries[b.Group]).Order(StringComparer.Ordinal).ToList(),
            p.Priorities.OrderBy(x => x.PriorityNumber).Select(x => new PledgeDetail.PriorityLink(x.PriorityNumber, priorities[x.PriorityNumber].NameIn(language))).ToList(),
            p.GcmObjectives.OrderBy(x => x.GcmObjectiveNumber).Select(x => new PledgeDetail.TermLink(Num(x.GcmObjectiveNumber), gcm[x.GcmObjectiveNumber].NameIn(language), Origin(x.Origin))).ToList(),
            p.GuidingPrinciples.OrderBy(x => x.GuidingPrincipleCode).Select(x => new PledgeDetail.TermLink(x.GuidingPrincipleCode, principles[x.GuidingPrincipleCode].NameIn(language), Origin(x.Origin))).ToList(),
            p.GcrObjectives.OrderBy(x => x.GcrObjectiveNumber).Select(x => new PledgeDetail.TermLink(Num(x.GcrObjectiveNumber), gcrObjectives[x.GcrObjectiveNumber].NameIn(language), Origin(x.Origin))).ToList(),
            p.GcrAreas.OrderBy(x => gcrAreas[x.GcrAreaCode].SortOrder).Select(x => new PledgeDetail.TermLink(x.GcrAreaCode, gcrAreas[x.GcrAreaCode].NameIn(language), Origin(x.Origin))).ToList(),
            p.Sdgs.OrderBy(x => x.SdgNumber).Select(x => new PledgeDetail.SdgLink(x.SdgNumber, sdgs[x.SdgNumber].NameIn(language), sdgs[x.SdgNumber].Colour, Origin(x.Origin))).ToList(),
            p.Partners.OrderBy(x => x.Id).Select(x => new PledgeDetail.Partner(x.Name, x.Type is { } t ? FilterValues.Kebab(t) : null)).ToList(),
            updates,
            new PledgeDetail.SourceRef(p.SourceDocument == "synthetic" ? "synthetic" : SourceDocuments.ShortName(p.SourceDocument), p.SourceSection, p.SourceNote),
            revisions,
            p.UpdatedAt,
            new PledgeDetail.ReportingRef(ReportingBasis.Name(state.Light), Iso(state.Since), basis, state.IsInactive),
            Translations.PledgeTranslations.TextLanguage(p),
            p.Translations.OrderBy(t => t.Language, StringComparer.Ordinal)
                .Select(t => new PledgeDetail.TranslationRef(t.Language, t.Title, t.Description, FilterValues.Kebab(t.Source), t.UpdatedAt, t.SourceTextHash != Translations.PledgeTranslations.SourceTextHash(p.Title, p.Description)))
                .ToList());
    }

    /// <summary>
    /// The validated updates oldest first, by the day each counts from, with the stage change from the one before. Without
    /// the pledger's consent only the stage and figures are public: the narrative and files are left out here, so neither the
    /// page nor the API can show them.
    /// </summary>
    private async Task<List<PledgeDetail.Update>> ValidatedUpdatesAsync(Pledge p, CancellationToken ct)
    {
        var validated = p.Updates.Where(u => u.Status == UpdateStatus.Validated)
            .Select(u => (Update: u, Day: ReportingBasis.ForUpdate(u.ReportedOn, u.SourceDocument, u.ValidatedAt).Day))
            .OrderBy(x => x.Day ?? DateOnly.MaxValue).ThenBy(x => x.Update.Id).ToList();
        var published = validated.Where(x => x.Update.ConsentToPublish != false).Select(x => x.Update.Id).ToList();
        // Metadata only: the files' bytes are served by the attachment URL, not loaded with the page.
        var attachments = (await db.UpdateAttachments.AsNoTracking().Where(a => published.Contains(a.PledgeUpdateId))
                .OrderBy(a => a.Id).Select(a => new { a.PledgeUpdateId, a.Id, a.FileName, a.Kind, a.SizeBytes }).ToListAsync(ct))
            .ToLookup(a => a.PledgeUpdateId, a => new PledgeDetail.AttachmentRef(a.Id, a.FileName, FilterValues.Kebab(a.Kind), a.SizeBytes));
        var result = new List<PledgeDetail.Update>();
        string? previousStage = null;
        foreach (var (u, day) in validated)
        {
            var update = ToUpdate(u) with
            {
                Id = u.Id, Date = day is { } d ? Iso(d) : null, Attachments = attachments[u.Id].ToList(),
                MoneyMobilizedUsd = u.MoneyMobilizedUsd is { } usd
                    ? new PledgeDetail.UsdMoney(usd, u.UsdRate, u.UsdRateOn is { } on ? Iso(on) : null) : null,
            };
            if (previousStage is not null && update.Stage is not null && update.Stage != previousStage) update = update with { StageChangedFrom = previousStage };
            previousStage = update.Stage ?? previousStage;
            if (u.ConsentToPublish == false)
            {
                update = update with
                {
                    Results = null, Challenges = [], ChallengesText = null, ChallengesAddressed = null, LessonsLearned = null,
                    PeopleReachedNote = null, NationalEngagement = null, Attachments = [], NarrativeWithheld = true,
                };
            }
            result.Add(update);
        }
        return result;
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static PledgeDetail.Update ToUpdate(PledgeUpdate u)
    {
        var groups = new Dictionary<string, long>();
        void Add(string key, long? value) { if (value is { } v) groups[key] = v; }
        Add("migrants", u.PeopleReachedMigrants);
        Add("refugees", u.PeopleReachedRefugees);
        Add("idps", u.PeopleReachedIdps);
        Add("host-community", u.PeopleReachedHostCommunity);
        Add("women", u.PeopleReachedWomen);
        Add("children", u.PeopleReachedChildren);
        return new PledgeDetail.Update(
            u.ReportedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), u.AsOf, u.Stage is { } s ? FilterValues.Stages[s] : null, u.Results,
            u.PeopleReachedTotal, Qualifier(u.PeopleReachedQualifier), groups, u.PeopleReachedNote,
            u.MoneyMobilizedAmount is { } m && u.MoneyMobilizedCurrency is { } cur ? new PledgeDetail.Money(m, cur, Qualifier(u.MoneyMobilizedQualifier)) : null,
            u.Challenges.Select(c => FilterValues.Kebab(c.Challenge)).Order(StringComparer.Ordinal).ToList(),
            u.ChallengesText, u.ChallengesAddressed, u.LessonsLearned, u.NationalEngagement is { } ne ? FilterValues.Kebab(ne) : null,
            new PledgeDetail.SourceRef(SourceDocuments.ShortName(u.SourceDocument), u.SourceSection, null));
    }

    private static string? Qualifier(FigureQualifier? q) => q switch
    {
        FigureQualifier.Exact => "exact",
        FigureQualifier.MoreThan => "more-than",
        FigureQualifier.About => "about",
        FigureQualifier.LessThan => "less-than",
        _ => null,
    };
}

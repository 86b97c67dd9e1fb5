using System.Globalization;
using LocalAction.Web.Data;
using LocalAction.Web.Features.Organizations;
using LocalAction.Web.Features.Pledges;
using LocalAction.Web.Features.Search;
using LocalAction.Web.Features.Statistics;
using LocalAction.Web.Features.Updates;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace LocalAction.Web.Features.Exports;

/// <summary>
/// Every name an export writes beside a code, in the export's language, read once per export: taxonomy names from the
/// database (a few hundred rows), and the names of fixed values (stages, compacts, kinds ...) from the interface
/// resources, the words the pages use.
/// </summary>
public sealed class ExportVocabulary
{
    private readonly Dictionary<string, string> _labels = new(StringComparer.Ordinal);

    private ExportVocabulary() { }

    /// <summary>The export's language (en, fr, es): names, and the translated title and description columns.</summary>
    public required string Language { get; init; }
    public required IReadOnlyDictionary<int, string> Priorities { get; init; }
    public required IReadOnlyDictionary<int, string> GcmObjectives { get; init; }
    public required IReadOnlyDictionary<string, string> GuidingPrinciples { get; init; }
    public required IReadOnlyDictionary<int, string> GcrObjectives { get; init; }
    public required IReadOnlyDictionary<string, (string Name, int Order)> GcrAreas { get; init; }
    public required IReadOnlyDictionary<int, string> Sdgs { get; init; }
    public required IReadOnlyDictionary<int, (string Code, string Name)> Rounds { get; init; }
    public required IReadOnlyDictionary<string, (string Name, string? Region)> Countries { get; init; }

    public static async Task<ExportVocabulary> LoadAsync(LocalActionDbContext db, IStringLocalizer localizer, string language, CancellationToken ct)
    {
        var vocabulary = new ExportVocabulary
        {
            Language = language,
            Priorities = await db.Priorities.AsNoTracking().ToDictionaryAsync(x => x.Number, x => x.NameIn(language), ct),
            GcmObjectives = await db.GcmObjectives.AsNoTracking().ToDictionaryAsync(x => x.Number, x => x.NameIn(language), ct),
            GuidingPrinciples = await db.GuidingPrinciples.AsNoTracking().ToDictionaryAsync(x => x.Code, x => x.NameIn(language), ct),
            GcrObjectives = await db.GcrObjectives.AsNoTracking().ToDictionaryAsync(x => x.Number, x => x.NameIn(language), ct),
            GcrAreas = await db.GcrAreas.AsNoTracking().ToDictionaryAsync(x => x.Code, x => (x.NameIn(language), x.SortOrder), ct),
            Sdgs = await db.Sdgs.AsNoTracking().ToDictionaryAsync(x => x.Number, x => x.NameIn(language), ct),
            Rounds = await db.Rounds.AsNoTracking().ToDictionaryAsync(x => x.Id, x => (x.Code, x.Name), ct),
            Countries = await db.Countries.AsNoTracking().ToDictionaryAsync(x => x.Alpha2, x => (x.Name, x.M49Region), ct),
        };
        vocabulary.LoadLabels(localizer, language);
        vocabulary.LinkTerms = vocabulary.MakeLinkTerms();
        return vocabulary;
    }

    /// <summary>The terms of each link table, by <see cref="PledgeLinks"/>' table index.</summary>
    public TermTable[] LinkTerms { get; private set; } = [];

    public ExportTerm Compact(Compact value) => Term("Compact.", FilterValues.Compacts[value]);
    public ExportTerm PledgeKind(PledgeKind value) => Term("PledgeKind.", FilterValues.PledgeKinds[value]);
    public ExportTerm Stage(PledgeStage value) => Term("Stage.", FilterValues.Stages[value]);
    public ExportTerm Completeness(Completeness value) => Term("Completeness.", FilterValues.Completenesses[value]);
    public ExportTerm OrganizationKind(OrganizationKind value) => Term("Kind.", FilterValues.Kinds[value]);
    public ExportTerm Beneficiary(BeneficiaryGroup value) => Term("Beneficiary.", FilterValues.Beneficiaries[value]);
    public ExportTerm PartnerType(PartnerType value) => Term("PartnerType.", FilterValues.Kebab(value));
    public ExportTerm Challenge(Challenge value) => Term("Challenge.", FilterValues.Kebab(value));
    public ExportTerm Engagement(NationalEngagement value) => Term("Engagement.", FilterValues.Kebab(value));

    /// <summary>The reader-facing name of a source document (its seed file name stays in the read-back column).</summary>
    public static string SourceName(string document) => document == "synthetic" ? document : SourceDocuments.ShortName(document);

    private ExportTerm Term(string prefix, string code) => new(code, _labels.TryGetValue(prefix + code, out var name) ? name : code);

    /// <summary>
    /// The pledge page's order: numbered taxonomies by number, principles by letter, GCR areas in their published order (then
    /// by code), beneficiary groups by their code.
    /// </summary>
    private TermTable[] MakeLinkTerms()
    {
        static TermTable Numbered(IReadOnlyDictionary<int, string> names) =>
            new(names.OrderBy(x => x.Key).Select(x => (Text(x.Key), x.Key, new ExportTerm(Text(x.Key), x.Value))));
        static string Text(int n) => n.ToString(CultureInfo.InvariantCulture);
        var tables = new TermTable[PledgeLinks.LinkTables.Length];
        tables[PledgeLinks.Beneficiaries] = new(FilterValues.Beneficiaries.Keys.Select(g => (g.ToString(), 0, Beneficiary(g)))
            .OrderBy(x => x.Item3.Code, StringComparer.Ordinal));
        tables[PledgeLinks.Priorities] = Numbered(Priorities);
        tables[PledgeLinks.GcmObjectives] = Numbered(GcmObjectives);
        tables[PledgeLinks.GuidingPrinciples] = new(GuidingPrinciples.OrderBy(x => x.Key, StringComparer.Ordinal).Select(x => (x.Key, 0, new ExportTerm(x.Key, x.Value))));
        tables[PledgeLinks.GcrObjectives] = Numbered(GcrObjectives);
        tables[PledgeLinks.GcrAreas] = new(GcrAreas.OrderBy(x => x.Value.Order).ThenBy(x => x.Key, StringComparer.Ordinal)
            .Select(x => (x.Key, 0, new ExportTerm(x.Key, x.Value.Name))));
        tables[PledgeLinks.Sdgs] = Numbered(Sdgs);
        return tables;
    }

    /// <summary>Looks every fixed value's name up once, under the export's culture (the localizer reads the current UI culture).</summary>
    private void LoadLabels(IStringLocalizer localizer, string language)
    {
        var keys = FilterValues.Compacts.Values.Select(v => "Compact." + v)
            .Concat(FilterValues.PledgeKinds.Values.Select(v => "PledgeKind." + v))
            .Concat(FilterValues.Stages.Values.Select(v => "Stage." + v))
            .Concat(FilterValues.Completenesses.Values.Select(v => "Completeness." + v))
            .Concat(FilterValues.Kinds.Values.Select(v => "Kind." + v))
            .Concat(FilterValues.Beneficiaries.Values.Select(v => "Beneficiary." + v))
            .Concat(Enum.GetValues<PartnerType>().Select(v => "PartnerType." + FilterValues.Kebab(v)))
            .Concat(Enum.GetValues<Challenge>().Select(v => "Challenge." + FilterValues.Kebab(v)))
            .Concat(Enum.GetValues<NationalEngagement>().Select(v => "Engagement." + FilterValues.Kebab(v)));
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
            foreach (var key in keys) _labels[key] = localizer[key].Value;
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}

using static LocalAction.Web.Features.Exports.ColumnType;
using static LocalAction.Web.Features.Exports.ColumnUse;
using static LocalAction.Web.Features.Exports.ExportValues;

namespace LocalAction.Web.Features.Exports;

/// <summary>
/// The columns of the pledge export, in order: the contract between every export format (CSV, HXL, Excel, JSON) and the
/// pledge import.
/// <para>
/// Keys are snake_case and stable: JSON uses them as property names; an importer matches a header to a column by its key
/// or by its header in any of the three languages (<see cref="Find"/>), and skips an HXL hashtag row (its first cell
/// starts with '#').
/// </para>
/// <para>
/// <see cref="ColumnUse.ReadBack"/> columns hold everything stored about a published pledge that an export shows: an
/// importer upserts by <c>public_id</c> (or else <c>external_id</c>) and stores exactly these values, so exporting,
/// importing the file into an empty registry (taxonomies and rounds seeded) and exporting again gives the same bytes.
/// Codes are the words the API and the URLs use. Lists are joined with "; " in CSV and Excel and are arrays in JSON; an
/// organization or partner name containing "; " cannot travel in a CSV list and must be refused by whoever records it.
/// Linked GCM objectives, guiding principles, GCR objectives, GCR areas and SDGs are listed in full in their code column; the
/// <c>*_explicit</c> column names those set explicitly, and every other one was derived from the priorities through the
/// mapping table. <c>co_pledger_ids</c>, <c>co_pledgers</c>, <c>co_pledger_kinds</c> and <c>co_pledger_country_codes</c> are
/// parallel lists (the same position is the same organization; an unknown country is an empty item). Organization names,
/// kinds, countries and locations are read only to create an organization the registry does not have (matched by its id,
/// the slug); an existing organization is not changed by a pledge import.
/// </para>
/// <para>
/// <see cref="ColumnUse.Derived"/> columns are for readers and are ignored by an importer: names beside codes (in the
/// export's language), the lead's country name and region, the first-level administrative area, the source's short name,
/// the figures of validated updates and the pledge's url.
/// </para>
/// </summary>
public static class PledgeColumns
{
    public static readonly IReadOnlyList<ExportColumn<PledgeExportRow>> All =
    [
        One("public_id", "Public id", "Identifiant public", "Identificador público", "#activity+id", ReadBack, Text, p => p.PublicId),
        One("external_id", "External id", "Identifiant externe", "Identificador externo", "#activity+id+external", ReadBack, Text, p => p.ExternalId),
        One("title", "Title", "Titre", "Título", "#activity+name", ReadBack, Text, p => p.Title),
        One("description", "Description", "Description", "Descripción", "#description", ReadBack, Text, p => p.Description),
        // Readers of a French or Spanish file get the pledgers' or the Secretariat's translation beside the original; the
        // original stays in title/description (what an import reads back), and an empty cell means "not translated".
        One("title_translated", "Title in the file's language", "Titre dans la langue du fichier", "Título en el idioma del archivo", "#activity+name+translated", Derived, Text, p => p.TranslatedTitle),
        One("description_translated", "Description in the file's language", "Description dans la langue du fichier", "Descripción en el idioma del archivo", "#description+translated", Derived, Text, p => p.TranslatedDescription),
        One("original_language", "Original language", "Langue d'origine", "Idioma original", "#meta+lang", ReadBack, Text, p => p.OriginalLanguage),
        One("round", "Round (code)", "Cycle (code)", "Ronda (código)", "#meta+round+code", ReadBack, Text, p => p.RoundCode),
        One("round_name", "Round (name)", "Cycle (nom)", "Ronda (nombre)", "#meta+round+name", Derived, Text, p => p.RoundName),
        One("compact", "Compact (code)", "Pacte (code)", "Pacto (código)", "#meta+compact+code", ReadBack, Text, p => p.Compact?.Code),
        One("compact_name", "Compact (name)", "Pacte (nom)", "Pacto (nombre)", "#meta+compact+name", Derived, Text, p => p.Compact?.Name),
        One("kind", "Kind of pledge (code)", "Type d'engagement (code)", "Tipo de compromiso (código)", "#activity+type+code", ReadBack, Text, p => p.Kind?.Code),
        One("kind_name", "Kind of pledge (name)", "Type d'engagement (nom)", "Tipo de compromiso (nombre)", "#activity+type+name", Derived, Text, p => p.Kind?.Name),
        One("stage", "Stage (code)", "État d'avancement (code)", "Fase (código)", "#status+code", ReadBack, Text, p => p.Stage?.Code),
        One("stage_name", "Stage (name)", "État d'avancement (nom)", "Fase (nombre)", "#status+name", Derived, Text, p => p.Stage?.Name),
        One("completeness", "Completeness (code)", "Niveau de détail (code)", "Nivel de detalle (código)", "#meta+completeness+code", ReadBack, Text, p => p.Completeness.Code),
        One("completeness_name", "Completeness (name)", "Niveau de détail (nom)", "Nivel de detalle (nombre)", "#meta+completeness+name", Derived, Text, p => p.Completeness.Name),
        IntegerColumn("start_year", "Start year", "Année de début", "Año de inicio", "#date+start", ReadBack, p => p.StartYear),
        IntegerColumn("end_year", "End year", "Année de fin", "Año de finalización", "#date+end", ReadBack, p => p.EndYear),
        One("ongoing", "Ongoing (no end date)", "En cours (sans date de fin)", "En curso (sin fecha de finalización)", "#status+ongoing", ReadBack, Flag, p => BooleanText(p.Ongoing)),
        NumberColumn("budget_amount", "Budget amount", "Montant du budget", "Monto del presupuesto", "#value+budget", ReadBack, p => p.BudgetAmount),
        One("budget_currency", "Budget currency", "Devise du budget", "Moneda del presupuesto", "#currency+budget", ReadBack, Text, p => p.BudgetCurrency),
        DayColumn("pledged_on", "Pledged on", "Date de l'engagement", "Fecha del compromiso", "#date+pledged", ReadBack, p => p.PledgedOn),
        One("lead_organization_id", "Lead organization (id)", "Organisation cheffe de file (identifiant)", "Organización líder (identificador)", "#org+id+lead", ReadBack, Text, p => p.Lead?.Slug),
        One("lead_organization", "Lead organization", "Organisation cheffe de file", "Organización líder", "#org+name+lead", ReadBack, Text, p => p.Lead?.Name),
        One("lead_organization_kind", "Kind of lead organization (code)", "Type d'organisation cheffe de file (code)", "Tipo de organización líder (código)", "#org+type+code+lead", ReadBack, Text, p => p.Lead?.Kind),
        One("lead_organization_kind_name", "Kind of lead organization (name)", "Type d'organisation cheffe de file (nom)", "Tipo de organización líder (nombre)", "#org+type+name+lead", Derived, Text, p => p.Lead?.KindName),
        One("country_code", "Country (ISO code)", "Pays (code ISO)", "País (código ISO)", "#country+code", ReadBack, Text, p => p.Lead?.CountryCode),
        One("country", "Country", "Pays", "País", "#country+name", Derived, Text, p => p.Lead?.CountryName),
        One("region", "Region (UN M49)", "Région (M49 de l'ONU)", "Región (M49 de las Naciones Unidas)", "#region+name", Derived, Text, p => p.Region),
        One("location", "Location as stated", "Lieu tel qu'indiqué", "Ubicación indicada", "#loc+name", ReadBack, Text, p => p.Lead?.Location),
        One("adm1_name", "First-level administrative area", "Division administrative de premier niveau", "División administrativa de primer nivel", "#adm1+name", Derived, Text, p => Adm1(p.Lead)),
        Many("co_pledger_ids", "Co-pledgers (ids)", "Co-signataires de l'engagement (identifiants)", "Co-firmantes del compromiso (identificadores)", "#org+id+copledger", ReadBack, p => p.CoPledgers, o => o.Slug),
        Many("co_pledgers", "Co-pledgers", "Co-signataires de l'engagement", "Co-firmantes del compromiso", "#org+name+copledger", ReadBack, p => p.CoPledgers, o => o.Name),
        Many("co_pledger_kinds", "Kinds of co-pledgers (codes)", "Types des co-signataires (codes)", "Tipos de co-firmantes (códigos)", "#org+type+code+copledger", ReadBack, p => p.CoPledgers, o => o.Kind),
        Many("co_pledger_country_codes", "Countries of co-pledgers (ISO codes)", "Pays des co-signataires (codes ISO)", "Países de los co-firmantes (códigos ISO)", "#country+code+copledger", ReadBack, p => p.CoPledgers, o => o.CountryCode ?? ""),
        Many("partners", "Partners", "Partenaires", "Socios", "#org+name+partner", ReadBack, p => p.Partners, x => x.Name),
        Many("partner_types", "Partner types (codes)", "Types de partenaires (codes)", "Tipos de socios (códigos)", "#org+type+code+partner", ReadBack, p => p.Partners, x => x.Type ?? ""),
        Many("partner_type_names", "Partner types (names)", "Types de partenaires (noms)", "Tipos de socios (nombres)", "#org+type+name+partner", Derived, p => p.Partners, x => x.TypeName ?? ""),
        Many("beneficiaries", "Beneficiaries (codes)", "Bénéficiaires (codes)", "Beneficiarios (códigos)", "#beneficiary+code", ReadBack, p => p.Beneficiaries, t => t.Code),
        Many("beneficiary_names", "Beneficiaries (names)", "Bénéficiaires (noms)", "Beneficiarios (nombres)", "#beneficiary+name", Derived, p => p.Beneficiaries, t => t.Name),
        Many("priorities", "Priorities (numbers)", "Priorités (numéros)", "Prioridades (números)", "#sector+priority+code", ReadBack, p => p.Priorities, t => t.Code),
        Many("priority_names", "Priorities (names)", "Priorités (noms)", "Prioridades (nombres)", "#sector+priority+name", Derived, p => p.Priorities, t => t.Name),
        Many("gcm_objectives", "GCM objectives (numbers)", "Objectifs du PMM (numéros)", "Objetivos del PMM (números)", "#sector+gcm+code", ReadBack, p => p.GcmObjectives, t => t.Code),
        Many("gcm_objectives_explicit", "GCM objectives set explicitly (numbers)", "Objectifs du PMM choisis explicitement (numéros)", "Objetivos del PMM elegidos explícitamente (números)", null, ReadBack, p => p.GcmObjectives, t => t.Code, t => t.Explicit),
        Many("gcm_objective_names", "GCM objectives (names)", "Objectifs du PMM (noms)", "Objetivos del PMM (nombres)", "#sector+gcm+name", Derived, p => p.GcmObjectives, t => t.Name),
        Many("guiding_principles", "GCM guiding principles (letters)", "Principes directeurs du PMM (lettres)", "Principios rectores del PMM (letras)", "#meta+principle+code", ReadBack, p => p.GuidingPrinciples, t => t.Code),
        Many("guiding_principles_explicit", "GCM guiding principles set explicitly (letters)", "Principes directeurs du PMM choisis explicitement (lettres)", "Principios rectores del PMM elegidos explícitamente (letras)", null, ReadBack, p => p.GuidingPrinciples, t => t.Code, t => t.Explicit),
        Many("guiding_principle_names", "GCM guiding principles (names)", "Principes directeurs du PMM (noms)", "Principios rectores del PMM (nombres)", "#meta+principle+name", Derived, p => p.GuidingPrinciples, t => t.Name),
        Many("gcr_objectives", "GCR objectives (numbers)", "Objectifs du PMR (numéros)", "Objetivos del PMR (números)", "#sector+gcr+code", ReadBack, p => p.GcrObjectives, t => t.Code),
        Many("gcr_objectives_explicit", "GCR objectives set explicitly (numbers)", "Objectifs du PMR choisis explicitement (numéros)", "Objetivos del PMR elegidos explícitamente (números)", null, ReadBack, p => p.GcrObjectives, t => t.Code, t => t.Explicit),
        Many("gcr_objective_names", "GCR objectives (names)", "Objectifs du PMR (noms)", "Objetivos del PMR (nombres)", "#sector+gcr+name", Derived, p => p.GcrObjectives, t => t.Name),
        Many("gcr_areas", "GCR areas of focus (codes)", "Domaines prioritaires du PMR (codes)", "Áreas prioritarias del PMR (códigos)", "#sector+gcrarea+code", ReadBack, p => p.GcrAreas, t => t.Code),
        Many("gcr_areas_explicit", "GCR areas of focus set explicitly (codes)", "Domaines prioritaires du PMR choisis explicitement (codes)", "Áreas prioritarias del PMR elegidas explícitamente (códigos)", null, ReadBack, p => p.GcrAreas, t => t.Code, t => t.Explicit),
        Many("gcr_area_names", "GCR areas of focus (names)", "Domaines prioritaires du PMR (noms)", "Áreas prioritarias del PMR (nombres)", "#sector+gcrarea+name", Derived, p => p.GcrAreas, t => t.Name),
        Many("sdgs", "SDGs (numbers)", "ODD (numéros)", "ODS (números)", "#sector+sdg+code", ReadBack, p => p.Sdgs, t => t.Code),
        Many("sdgs_explicit", "SDGs set explicitly (numbers)", "ODD choisis explicitement (numéros)", "ODS elegidos explícitamente (números)", null, ReadBack, p => p.Sdgs, t => t.Code, t => t.Explicit),
        Many("sdg_names", "SDGs (names)", "ODD (noms)", "ODS (nombres)", "#sector+sdg+name", Derived, p => p.Sdgs, t => t.Name),
        One("source", "Source document (file)", "Document source (fichier)", "Documento fuente (archivo)", "#meta+source+code", ReadBack, Text, p => p.SourceDocument),
        One("source_name", "Source document (name)", "Document source (nom)", "Documento fuente (nombre)", "#meta+source+name", Derived, Text, p => p.SourceName),
        One("source_section", "Source section", "Section de la source", "Sección de la fuente", "#meta+source+section", ReadBack, Text, p => p.SourceSection),
        One("source_note", "Note on the source", "Note sur la source", "Nota sobre la fuente", "#meta+source+note", ReadBack, Text, p => p.SourceNote),
        One("synthetic", "Synthetic (test data)", "Données synthétiques (test)", "Datos sintéticos (prueba)", "#meta+synthetic", ReadBack, Flag, p => BooleanText(p.IsSynthetic)),
        IntegerColumn("validated_updates", "Validated updates", "Mises à jour validées", "Actualizaciones validadas", "#output+updates+num", Derived, p => p.ValidatedUpdates),
        IntegerColumn("people_reached", "People reached (latest validated figure)", "Personnes touchées (dernier chiffre validé)", "Personas alcanzadas (última cifra validada)", "#reached", Derived, p => p.PeopleReached),
        NumberColumn("money_mobilized_usd", "Money mobilized (USD, validated updates)", "Fonds mobilisés (USD, mises à jour validées)", "Fondos movilizados (USD, actualizaciones validadas)", "#value+funding+usd", Derived, p => p.MoneyMobilizedUsd),
        One("url", "Page", "Page", "Página", "#meta+url", Derived, Text, p => p.Url),
    ];

    private static readonly Dictionary<string, ExportColumn<PledgeExportRow>> ByName = Index(All);

    /// <summary>The column a header names: its key, or its header in English, French or Spanish (case-insensitive); null if none.</summary>
    public static ExportColumn<PledgeExportRow>? Find(string header) => ByName.GetValueOrDefault(header.Trim());

    /// <summary>The lead organization's own name when it governs a province, state or region: the one first-level area the registry knows.</summary>
    private static string? Adm1(ExportOrganization? lead) => lead?.Kind == "province" ? lead.Name : null;

    internal static Dictionary<string, ExportColumn<TRow>> Index<TRow>(IEnumerable<ExportColumn<TRow>> columns)
    {
        var index = new Dictionary<string, ExportColumn<TRow>>(StringComparer.OrdinalIgnoreCase);
        foreach (var c in columns)
        {
            foreach (var name in new[] { c.Key, c.HeaderEn, c.HeaderFr, c.HeaderEs }) index.TryAdd(name, c);
        }
        return index;
    }

    private static ExportColumn<PledgeExportRow> One(string key, string en, string fr, string es, string? hxl, ColumnUse use, ColumnType type, Func<PledgeExportRow, string?> value) =>
        ExportColumn<PledgeExportRow>.One(key, en, fr, es, hxl, use, type, value);

    private static ExportColumn<PledgeExportRow> Many<TItem>(string key, string en, string fr, string es, string? hxl, ColumnUse use,
        Func<PledgeExportRow, IReadOnlyList<TItem>> items, Func<TItem, string> text, Func<TItem, bool>? include = null) =>
        ExportColumn<PledgeExportRow>.Many(key, en, fr, es, hxl, use, items, text, include);

    private static ExportColumn<PledgeExportRow> IntegerColumn(string key, string en, string fr, string es, string? hxl, ColumnUse use, Func<PledgeExportRow, long?> value) =>
        ExportColumn<PledgeExportRow>.Integer(key, en, fr, es, hxl, use, value);

    private static ExportColumn<PledgeExportRow> NumberColumn(string key, string en, string fr, string es, string? hxl, ColumnUse use, Func<PledgeExportRow, decimal?> value) =>
        ExportColumn<PledgeExportRow>.Number(key, en, fr, es, hxl, use, value);

    private static ExportColumn<PledgeExportRow> DayColumn(string key, string en, string fr, string es, string? hxl, ColumnUse use, Func<PledgeExportRow, DateOnly?> value) =>
        ExportColumn<PledgeExportRow>.Day(key, en, fr, es, hxl, use, value);
}

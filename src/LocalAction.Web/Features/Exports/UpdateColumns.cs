using static LocalAction.Web.Features.Exports.ColumnType;
using static LocalAction.Web.Features.Exports.ColumnUse;
using static LocalAction.Web.Features.Exports.ExportValues;

namespace LocalAction.Web.Features.Exports;

/// <summary>
/// The columns of the updates companion (<c>part=updates</c>, or the "Updates" sheet of the Excel file): one row per
/// validated update of the exported pledges, pledges in the export's order, each pledge's updates oldest first (by the day
/// each counts from, then as recorded).
/// <para>
/// The same rules as <see cref="PledgeColumns"/>: stable snake_case keys, headers in three languages, HXL hashtags,
/// <see cref="ColumnUse.ReadBack"/> columns an importer stores, <see cref="ColumnUse.Derived"/> ones it ignores. An update
/// belongs to the pledge named by <c>pledge_public_id</c> (or else <c>pledge_external_id</c>); updates have no id of their own
/// in the file, so an importer adds a pledge's updates in file order, which keeps them in the same order on export.
/// Imported updates are validated ones. The narrative of an update published without consent is empty in the file.
/// </para>
/// </summary>
public static class UpdateColumns
{
    public static readonly IReadOnlyList<ExportColumn<UpdateExportRow>> All =
    [
        One("pledge_public_id", "Pledge public id", "Identifiant public de l'engagement", "Identificador público del compromiso", "#activity+id", ReadBack, Text, u => u.PledgePublicId),
        One("pledge_external_id", "Pledge external id", "Identifiant externe de l'engagement", "Identificador externo del compromiso", "#activity+id+external", ReadBack, Text, u => u.PledgeExternalId),
        One("pledge_title", "Pledge title", "Titre de l'engagement", "Título del compromiso", "#activity+name", Derived, Text, u => u.PledgeTitle),
        One("date", "Counts from", "Pris en compte à partir du", "Cuenta desde", "#date", Derived, Date, u => DayText(u.Date)),
        One("reported_on", "Reported on", "Date du rapport", "Fecha del informe", "#date+reported", ReadBack, Date, u => DayText(u.ReportedOn)),
        One("as_of", "As of", "Situation au", "Situación a", "#date+asof", ReadBack, Text, u => u.AsOf),
        One("validated_on", "Validated on", "Validée le", "Validada el", "#date+validated", ReadBack, Date, u => DayText(u.ValidatedOn)),
        One("stage", "Stage (code)", "État d'avancement (code)", "Fase (código)", "#status+code", ReadBack, Text, u => u.Stage?.Code),
        One("stage_name", "Stage (name)", "État d'avancement (nom)", "Fase (nombre)", "#status+name", Derived, Text, u => u.Stage?.Name),
        One("results", "Results", "Résultats", "Resultados", "#output+description", ReadBack, Text, u => u.Results),
        One("people_reached", "People reached", "Personnes touchées", "Personas alcanzadas", "#reached", ReadBack, Integer, u => IntegerText(u.PeopleReachedTotal)),
        One("people_reached_qualifier", "People reached: precision (code)", "Personnes touchées : précision (code)", "Personas alcanzadas: precisión (código)", "#reached+qualifier", ReadBack, Text, u => u.PeopleReachedQualifier),
        One("people_reached_migrants", "People reached: migrants", "Personnes touchées : migrants", "Personas alcanzadas: migrantes", "#reached+migrants", ReadBack, Integer, u => IntegerText(u.PeopleReachedMigrants)),
        One("people_reached_refugees", "People reached: refugees", "Personnes touchées : réfugiés", "Personas alcanzadas: refugiados", "#reached+refugees", ReadBack, Integer, u => IntegerText(u.PeopleReachedRefugees)),
        One("people_reached_idps", "People reached: internally displaced persons", "Personnes touchées : personnes déplacées internes", "Personas alcanzadas: desplazados internos", "#reached+idps", ReadBack, Integer, u => IntegerText(u.PeopleReachedIdps)),
        One("people_reached_host_community", "People reached: host community", "Personnes touchées : communauté d'accueil", "Personas alcanzadas: comunidad de acogida", "#reached+host", ReadBack, Integer, u => IntegerText(u.PeopleReachedHostCommunity)),
        One("people_reached_women", "People reached: women", "Personnes touchées : femmes", "Personas alcanzadas: mujeres", "#reached+f", ReadBack, Integer, u => IntegerText(u.PeopleReachedWomen)),
        One("people_reached_children", "People reached: children", "Personnes touchées : enfants", "Personas alcanzadas: niños y niñas", "#reached+children", ReadBack, Integer, u => IntegerText(u.PeopleReachedChildren)),
        One("people_reached_note", "What the people-reached figure counts", "Ce que compte le nombre de personnes touchées", "Qué cuenta la cifra de personas alcanzadas", "#reached+note", ReadBack, Text, u => u.PeopleReachedNote),
        One("money_mobilized_amount", "Money mobilized", "Fonds mobilisés", "Fondos movilizados", "#value+funding", ReadBack, Number, u => DecimalText(u.MoneyMobilizedAmount)),
        One("money_mobilized_currency", "Money mobilized: currency", "Fonds mobilisés : devise", "Fondos movilizados: moneda", "#currency+funding", ReadBack, Text, u => u.MoneyMobilizedCurrency),
        One("money_mobilized_qualifier", "Money mobilized: precision (code)", "Fonds mobilisés : précision (code)", "Fondos movilizados: precisión (código)", "#value+funding+qualifier", ReadBack, Text, u => u.MoneyMobilizedQualifier),
        One("money_mobilized_usd", "Money mobilized (USD)", "Fonds mobilisés (USD)", "Fondos movilizados (USD)", "#value+funding+usd", ReadBack, Number, u => DecimalText(u.MoneyMobilizedUsd)),
        One("usd_rate", "USD per unit of currency", "USD par unité de devise", "USD por unidad de moneda", "#meta+rate+usd", ReadBack, Number, u => DecimalText(u.UsdRate)),
        One("usd_rate_on", "Rate of the day", "Taux du jour", "Tipo de cambio del día", "#date+rate", ReadBack, Date, u => DayText(u.UsdRateOn)),
        Many("challenges", "Challenges (codes)", "Difficultés (codes)", "Dificultades (códigos)", "#impact+challenge+code", ReadBack, u => Codes(u.Challenges)),
        Many("challenge_names", "Challenges (names)", "Difficultés (noms)", "Dificultades (nombres)", "#impact+challenge+name", Derived, u => Names(u.Challenges)),
        One("challenges_text", "Challenges met", "Difficultés rencontrées", "Dificultades encontradas", "#impact+challenge+description", ReadBack, Text, u => u.ChallengesText),
        One("challenges_addressed", "How the challenges were addressed", "Comment les difficultés ont été surmontées", "Cómo se abordaron las dificultades", "#impact+response", ReadBack, Text, u => u.ChallengesAddressed),
        One("lessons_learned", "Lessons learned", "Enseignements tirés", "Lecciones aprendidas", "#meta+lessons", ReadBack, Text, u => u.LessonsLearned),
        One("national_engagement", "Engagement with national-level processes (code)", "Participation aux processus nationaux (code)", "Participación en procesos nacionales (código)", "#meta+engagement+code", ReadBack, Text, u => u.NationalEngagement?.Code),
        One("national_engagement_name", "Engagement with national-level processes (name)", "Participation aux processus nationaux (nom)", "Participación en procesos nacionales (nombre)", "#meta+engagement+name", Derived, Text, u => u.NationalEngagement?.Name),
        One("language", "Language", "Langue", "Idioma", "#meta+lang", ReadBack, Text, u => u.Language),
        One("consent_to_publish", "Consent to publish the narrative", "Accord pour publier le récit", "Consentimiento para publicar el relato", "#meta+consent", ReadBack, Flag, u => BooleanText(u.ConsentToPublish)),
        One("source", "Source document (file)", "Document source (fichier)", "Documento fuente (archivo)", "#meta+source+code", ReadBack, Text, u => u.SourceDocument),
        One("source_name", "Source document (name)", "Document source (nom)", "Documento fuente (nombre)", "#meta+source+name", Derived, Text, u => u.SourceName),
        One("source_section", "Source section", "Section de la source", "Sección de la fuente", "#meta+source+section", ReadBack, Text, u => u.SourceSection),
    ];

    private static readonly Dictionary<string, ExportColumn<UpdateExportRow>> ByName = PledgeColumns.Index(All);

    /// <summary>The column a header names: its key, or its header in English, French or Spanish (case-insensitive); null if none.</summary>
    public static ExportColumn<UpdateExportRow>? Find(string header) => ByName.GetValueOrDefault(header.Trim());

    private static ExportColumn<UpdateExportRow> One(string key, string en, string fr, string es, string? hxl, ColumnUse use, ColumnType type, Func<UpdateExportRow, string?> value) =>
        ExportColumn<UpdateExportRow>.One(key, en, fr, es, hxl, use, type, value);

    private static ExportColumn<UpdateExportRow> Many(string key, string en, string fr, string es, string? hxl, ColumnUse use, Func<UpdateExportRow, IReadOnlyList<string>> values) =>
        ExportColumn<UpdateExportRow>.Many(key, en, fr, es, hxl, use, values);
}

using System.Globalization;
using System.Xml;
using LocalAction.Web.Data;
using LocalAction.Web.Features.Pledges;
using LocalAction.Web.Features.Search;
using LocalAction.Web.Features.Statistics;
using LocalAction.Web.Features.Taxonomy;
using LocalAction.Web.Features.Updates;
using Microsoft.EntityFrameworkCore;

namespace LocalAction.Web.Features.Exports.Iati;

/// <summary>
/// Writes the published pledges a filter selects as an IATI Activity Standard 2.03 <c>iati-activities</c> document, one
/// <c>iati-activity</c> per pledge, using only what the registry states. The pledges are read from the database in
/// batches and each activity is written and sent before the next batch is read, so memory does not grow with the number
/// of pledges. IATI requires a title, a description, an activity status and an activity date: a pledge lacking any of
/// them is left out with an XML comment naming what it lacks, rather than filled with words the data does not hold.
/// See docs/interoperability.md for the mapping.
/// </summary>
public sealed class IatiExport(LocalActionDbContext db, SearchIndex index, IConfiguration configuration, TimeProvider clock)
{
    public const int BatchSize = 200;
    public const string ContentType = "application/xml; charset=utf-8";
    private const string XmlNamespace = "http://www.w3.org/XML/1998/namespace";
    private const string GcmVocabularyUri = "https://undocs.org/A/RES/73/195";

    private readonly IatiSettings _settings = IatiSettings.From(configuration);

    /// <summary>
    /// Writes the document for the pledges <paramref name="filter"/> selects (its text and facets; sort decides the order,
    /// page and page size are ignored: every match is written) in <paramref name="language"/> (en, fr or es) to
    /// <paramref name="output"/>.
    /// </summary>
    public async Task<IatiExportSummary> WriteAsync(PledgeQuery filter, string language, Stream output, CancellationToken ct)
    {
        language = IatiTexts.Normalize(language);
        var snapshot = await index.GetAsync(ct);
        var names = await Names.LoadAsync(db, language, ct);

        // The XmlWriter writes synchronously into a small buffer, which is copied to the output asynchronously after every
        // activity: servers refuse synchronous writes to a response, and the buffer never holds more than one activity.
        using var buffer = new MemoryStream();
        var settings = new XmlWriterSettings { Indent = true, Encoding = new System.Text.UTF8Encoding(false), CloseOutput = false };
        int selected = 0, written = 0, leftOut = 0;
        using (var xml = XmlWriter.Create(buffer, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("iati-activities");
            xml.WriteAttributeString("version", "2.03");
            xml.WriteAttributeString("generated-datetime", clock.GetUtcNow().UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture));
            await FlushAsync(xml, buffer, output, ct);

            // The search engine pages through the matches of one snapshot in the filter's sort order.
            for (var page = 1; ; page++)
            {
                var query = new PledgeQuery { Text = filter.Text, Selected = filter.Selected, Sort = filter.Sort, Page = page, PageSize = BatchSize };
                var ids = PledgeSearch.Execute(snapshot, query).Items.Select(p => p.Id).ToList();
                if (ids.Count == 0) break;
                foreach (var pledge in await LoadAsync(ids, ct))
                {
                    selected++;
                    var missing = Missing(pledge);
                    if (missing.Count > 0)
                    {
                        leftOut++;
                        xml.WriteComment($" {pledge.PublicId} left out: IATI requires {string.Join(", ", missing)}, which the registry does not state. ");
                    }
                    else
                    {
                        WriteActivity(xml, pledge, language, names);
                        written++;
                    }
                    await FlushAsync(xml, buffer, output, ct);
                }
                if (ids.Count < BatchSize) break;
            }

            xml.WriteComment($" {selected} pledges selected, {written} written as activities, {leftOut} left out. ");
            xml.WriteEndElement();
            xml.WriteEndDocument();
            await FlushAsync(xml, buffer, output, ct);
        }
        await output.FlushAsync(ct);
        return new IatiExportSummary(selected, written, leftOut);
    }

    /// <summary>The required IATI elements a pledge cannot fill from its data.</summary>
    public static List<string> Missing(Pledge pledge)
    {
        var missing = new List<string>();
        if (string.IsNullOrWhiteSpace(pledge.Title)) missing.Add("a title");
        if (string.IsNullOrWhiteSpace(pledge.Description)) missing.Add("a description");
        if (pledge.Stage is null) missing.Add("an activity status (the pledge's stage)");
        if (pledge.StartYear is null) missing.Add("an activity date (the pledge's start year)");
        return missing;
    }

    private async Task<List<Pledge>> LoadAsync(List<int> ids, CancellationToken ct)
    {
        var pledges = await db.Pledges.AsNoTracking().AsSplitQuery()
            .Include(p => p.Organizations).ThenInclude(o => o.Organization)
            .Include(p => p.Partners).Include(p => p.Sdgs).Include(p => p.GcmObjectives)
            .Include(p => p.Updates.Where(u => u.Status == UpdateStatus.Validated))
            .Where(p => ids.Contains(p.Id) && p.ReviewState == ReviewState.Published)
            .ToListAsync(ct);
        var position = ids.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i);
        return pledges.OrderBy(p => position[p.Id]).ToList();
    }

    private static async Task FlushAsync(XmlWriter xml, MemoryStream buffer, Stream output, CancellationToken ct)
    {
        xml.Flush();
        if (buffer.Length == 0) return;
        await output.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), ct);
        buffer.SetLength(0);
    }

    private void WriteActivity(XmlWriter xml, Pledge p, string language, Names names)
    {
        var stage = p.Stage!.Value;
        var textLanguage = TextLanguage(p);

        xml.WriteStartElement("iati-activity");
        xml.WriteAttributeString("xml", "lang", XmlNamespace, language);
        xml.WriteAttributeString("last-updated-datetime", DateTime.SpecifyKind(p.UpdatedAt, DateTimeKind.Utc).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture));
        if (p.BudgetCurrency is { Length: 3 } currency) xml.WriteAttributeString("default-currency", currency);

        xml.WriteElementString("iati-identifier", $"{_settings.ReportingOrgRef}-{p.PublicId}");

        xml.WriteStartElement("reporting-org");
        xml.WriteAttributeString("ref", _settings.ReportingOrgRef);
        xml.WriteAttributeString("type", _settings.ReportingOrgType);
        // The Secretariat republishes what the pledgers state about their own actions: a secondary reporter in IATI's terms.
        xml.WriteAttributeString("secondary-reporter", "1");
        Narrative(xml, _settings.ReportingOrgName, "en", language);
        xml.WriteEndElement();

        // The pledge's own words, marked with the language they were written in when the registry knows it.
        xml.WriteStartElement("title");
        Narrative(xml, p.Title!, textLanguage, language);
        xml.WriteEndElement();
        xml.WriteStartElement("description");
        xml.WriteAttributeString("type", "1"); // DescriptionType 1 = General
        Narrative(xml, p.Description!, textLanguage, language);
        xml.WriteEndElement();

        WriteParticipants(xml, p);

        xml.WriteStartElement("activity-status");
        xml.WriteAttributeString("code", IatiCodes.ActivityStatus(stage));
        xml.WriteEndElement();

        // Pledges state years, not days: a start year becomes 1 January, an end year 31 December, the widest days the year
        // allows, and the date says so in a narrative. An open-ended ("ongoing") pledge has no end date.
        ActivityDate(xml, IatiCodes.StartDateType(stage), new DateOnly(p.StartYear!.Value, 1, 1), IatiTexts.Get("year-start", language, p.StartYear.Value));
        if (p.EndYear is { } endYear && p.Ongoing != true)
            ActivityDate(xml, IatiCodes.EndDateType(stage), new DateOnly(endYear, 12, 31), IatiTexts.Get("year-end", language, endYear));

        // The countries of the pledgers (most pledges are one government's; joint ones span two). The split between them is
        // not recorded, so no percentages.
        foreach (var country in p.Organizations.Select(o => o.Organization!.CountryCode).OfType<string>().Distinct().Order(StringComparer.Ordinal))
        {
            xml.WriteStartElement("recipient-country");
            xml.WriteAttributeString("code", country);
            xml.WriteEndElement();
        }

        // The place is the pledging local government itself (the registry has no coordinates or address).
        foreach (var place in p.Organizations.OrderBy(o => o.Role).Select(o => o.Organization!).Where(o => IatiCodes.OrganisationType(o.Kind) == "11"))
        {
            xml.WriteStartElement("location");
            xml.WriteStartElement("name");
            Narrative(xml, place.Name, null, language);
            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        // SDGs as sectors (vocabulary 7) and as tags (vocabulary 2). No SDG targets are recorded, so no vocabulary 3 tags.
        var sdgs = p.Sdgs.Select(s => s.SdgNumber).Order().ToList();
        foreach (var sdg in sdgs)
        {
            xml.WriteStartElement("sector");
            xml.WriteAttributeString("vocabulary", IatiCodes.SectorVocabularySdgGoal);
            xml.WriteAttributeString("code", sdg.ToString(CultureInfo.InvariantCulture));
            Narrative(xml, names.Sdgs[sdg], language, language);
            xml.WriteEndElement();
        }
        foreach (var sdg in sdgs)
        {
            xml.WriteStartElement("tag");
            xml.WriteAttributeString("vocabulary", IatiCodes.TagVocabularySdgGoal);
            xml.WriteAttributeString("code", sdg.ToString(CultureInfo.InvariantCulture));
            Narrative(xml, names.Sdgs[sdg], language, language);
            xml.WriteEndElement();
        }
        // GCM objectives have no IATI vocabulary: the reporting organisation's own (99), pointing at the resolution.
        foreach (var gcm in p.GcmObjectives.Select(g => g.GcmObjectiveNumber).Order())
        {
            xml.WriteStartElement("tag");
            xml.WriteAttributeString("vocabulary", IatiCodes.TagVocabularyReportingOrganisation);
            xml.WriteAttributeString("vocabulary-uri", GcmVocabularyUri);
            xml.WriteAttributeString("code", "GCM-" + gcm.ToString(CultureInfo.InvariantCulture));
            Narrative(xml, IatiTexts.Get("gcm", language, gcm, names.Gcm[gcm]), language, language);
            xml.WriteEndElement();
        }

        WriteMoney(xml, p);
        WriteResults(xml, p, language);
        xml.WriteEndElement();
    }

    private static void WriteParticipants(XmlWriter xml, Pledge p)
    {
        // The lead pledger answers for the pledge (accountable) and carries it out (implementing); co-pledgers carry it out.
        foreach (var o in p.Organizations.OrderBy(o => o.Role).ThenBy(o => o.Organization!.Name, StringComparer.Ordinal))
        {
            if (o.Role == PledgeRole.Lead) Participant(xml, o.Organization!.Name, IatiCodes.Accountable, IatiCodes.OrganisationType(o.Organization.Kind));
            Participant(xml, o.Organization!.Name, IatiCodes.Implementing, IatiCodes.OrganisationType(o.Organization.Kind));
        }
        foreach (var partner in p.Partners.OrderBy(x => x.Id))
            Participant(xml, partner.Name, IatiCodes.PartnerRole(partner.Type), IatiCodes.OrganisationType(partner.Type));
    }

    private static void Participant(XmlWriter xml, string name, string role, string? type)
    {
        xml.WriteStartElement("participating-org");
        xml.WriteAttributeString("role", role);
        if (type is not null) xml.WriteAttributeString("type", type);
        xml.WriteStartElement("narrative");
        xml.WriteString(XmlText(name));
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    /// <summary>
    /// A pledged amount is an indicative original budget over the pledge's years, written only when both years are known (a
    /// budget needs its period; an open-ended pledge has none). It is also an outgoing pledge (type 12) of the lead pledger, written
    /// only when the day it was pledged is known (a transaction needs its date; seeded pledges carry none).
    /// </summary>
    private static void WriteMoney(XmlWriter xml, Pledge p)
    {
        if (p.BudgetAmount is not { } amount || p.BudgetCurrency is not { Length: 3 } currency) return;
        var value = amount.ToString("0.##", CultureInfo.InvariantCulture);
        if (p.StartYear is { } start && p.EndYear is { } end && end >= start && p.Ongoing != true)
        {
            var periodStart = Iso(new DateOnly(start, 1, 1));
            xml.WriteStartElement("budget");
            xml.WriteAttributeString("type", IatiCodes.BudgetTypeOriginal);
            xml.WriteAttributeString("status", IatiCodes.BudgetStatusIndicative);
            DateElement(xml, "period-start", periodStart);
            DateElement(xml, "period-end", Iso(new DateOnly(end, 12, 31)));
            Value(xml, value, currency, periodStart);
            xml.WriteEndElement();
        }
        if (p.PledgedOn is { } pledgedOn && p.Organizations.FirstOrDefault(o => o.Role == PledgeRole.Lead)?.Organization is { } lead)
        {
            xml.WriteStartElement("transaction");
            xml.WriteStartElement("transaction-type");
            xml.WriteAttributeString("code", IatiCodes.Pledge);
            xml.WriteEndElement();
            DateElement(xml, "transaction-date", Iso(pledgedOn));
            Value(xml, value, currency, Iso(pledgedOn));
            xml.WriteStartElement("provider-org");
            if (IatiCodes.OrganisationType(lead.Kind) is { } type) xml.WriteAttributeString("type", type);
            xml.WriteElementString("narrative", XmlText(lead.Name));
            xml.WriteEndElement();
            xml.WriteEndElement();
        }
    }

    /// <summary>
    /// People reached, from validated updates only: one output indicator with a period per update that states a figure,
    /// from the pledge's start (1 January of its start year) to the update's day (the latest day its source allows when
    /// only a month is known). Figures count in statistics with or without consent to publish the narrative, so they are
    /// written either way; the narrative is not.
    /// </summary>
    private static void WriteResults(XmlWriter xml, Pledge p, string language)
    {
        var figures = p.Updates.Where(u => u.Status == UpdateStatus.Validated && u.PeopleReachedTotal is not null)
            .Select(u => (Update: u, Day: ReportingBasis.ForUpdate(u.ReportedOn, u.SourceDocument, u.ValidatedAt).Day))
            .Where(x => x.Day is not null)
            .OrderBy(x => x.Day).ThenBy(x => x.Update.Id).ToList();
        if (figures.Count == 0) return;
        var start = new DateOnly(p.StartYear!.Value, 1, 1);

        xml.WriteStartElement("result");
        xml.WriteAttributeString("type", IatiCodes.ResultTypeOutput);
        xml.WriteStartElement("title");
        Narrative(xml, IatiTexts.Get("people-reached", language), language, language);
        xml.WriteEndElement();
        xml.WriteStartElement("indicator");
        xml.WriteAttributeString("measure", IatiCodes.IndicatorMeasureUnit);
        xml.WriteStartElement("title");
        Narrative(xml, IatiTexts.Get("people-reached", language), language, language);
        xml.WriteEndElement();
        xml.WriteStartElement("description");
        Narrative(xml, IatiTexts.Get("people-reached-description", language), language, language);
        xml.WriteEndElement();
        foreach (var (u, day) in figures)
        {
            xml.WriteStartElement("period");
            DateElement(xml, "period-start", Iso(start <= day!.Value ? start : day.Value));
            DateElement(xml, "period-end", Iso(day.Value));
            xml.WriteStartElement("actual");
            xml.WriteAttributeString("value", u.PeopleReachedTotal!.Value.ToString(CultureInfo.InvariantCulture));
            var qualifier = u.PeopleReachedQualifier switch
            {
                FigureQualifier.MoreThan => "more-than",
                FigureQualifier.About => "about",
                FigureQualifier.LessThan => "less-than",
                _ => null,
            };
            if (qualifier is not null)
            {
                xml.WriteStartElement("comment");
                Narrative(xml, IatiTexts.Get(qualifier, language), language, language);
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    /// <summary>A narrative; xml:lang only where its language differs from the activity's default.</summary>
    private static void Narrative(XmlWriter xml, string text, string? textLanguage, string activityLanguage)
    {
        xml.WriteStartElement("narrative");
        if (textLanguage is not null && textLanguage != activityLanguage) xml.WriteAttributeString("xml", "lang", XmlNamespace, textLanguage);
        xml.WriteString(XmlText(text));
        xml.WriteEndElement();
    }

    private static void ActivityDate(XmlWriter xml, string type, DateOnly day, string note)
    {
        xml.WriteStartElement("activity-date");
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("iso-date", Iso(day));
        xml.WriteElementString("narrative", note);
        xml.WriteEndElement();
    }

    private static void DateElement(XmlWriter xml, string name, string isoDate)
    {
        xml.WriteStartElement(name);
        xml.WriteAttributeString("iso-date", isoDate);
        xml.WriteEndElement();
    }

    private static void Value(XmlWriter xml, string value, string currency, string valueDate)
    {
        xml.WriteStartElement("value");
        xml.WriteAttributeString("currency", currency);
        xml.WriteAttributeString("value-date", valueDate);
        xml.WriteString(value);
        xml.WriteEndElement();
    }

    /// <summary>
    /// The language of the pledge's own title and description: as recorded, or English for pledges quoted from the seed
    /// documents, which are all English-language reports. Unknown otherwise (the narrative then carries no xml:lang of its own).
    /// </summary>
    private static string? TextLanguage(Pledge p) =>
        p.OriginalLanguage is { Length: > 0 } original ? original
        : SourceDocuments.ShortName(p.SourceDocument) != p.SourceDocument ? "en"
        : null;

    /// <summary>
    /// Text without the characters XML cannot carry (most control characters): the forms refuse them, but one in an old
    /// record must not break a file that is already half sent.
    /// </summary>
    private static string XmlText(string text)
    {
        var clean = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i])) clean.Append(text[i]).Append(text[++i]);
            else if (XmlConvert.IsXmlChar(text[i])) clean.Append(text[i]);
        }
        return clean.Length == text.Length ? text : clean.ToString();
    }

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Taxonomy names in the document's language: a fixed, small set read once per document.</summary>
    private sealed record Names(IReadOnlyDictionary<int, string> Sdgs, IReadOnlyDictionary<int, string> Gcm)
    {
        public static async Task<Names> LoadAsync(LocalActionDbContext db, string language, CancellationToken ct)
        {
            var sdgs = await db.Sdgs.AsNoTracking().ToListAsync(ct);
            var gcm = await db.GcmObjectives.AsNoTracking().ToListAsync(ct);
            return new Names(sdgs.ToDictionary(s => s.Number, s => s.NameIn(language)), gcm.ToDictionary(g => g.Number, g => g.NameIn(language)));
        }
    }
}

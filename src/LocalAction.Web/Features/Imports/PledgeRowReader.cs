using System.Globalization;
using System.Text.RegularExpressions;
using LocalAction.Web.Features.Imports.Files;
using LocalAction.Web.Features.Organizations;
using LocalAction.Web.Features.Pledges;
using LocalAction.Web.Features.Search;
using LocalAction.Web.Features.Submissions;
using LocalAction.Web.Features.Taxonomy;
using Microsoft.Extensions.Localization;
using static LocalAction.Web.Features.InputValues;

namespace LocalAction.Web.Features.Imports;

/// <summary>
/// Reads one row of a pledge file onto a pledge's values and checks every cell, collecting every problem with its row and
/// column. A column the file does not have leaves the stored value as it is; an empty cell in a column it has clears it.
/// Organizations are matched by id (slug), or by name when the file has no id column; an unknown id with a name and a kind
/// is an organization to create.
/// </summary>
public sealed partial class PledgeRowReader(PledgeColumnBinding b, PledgeImportLookups lookups, IStringLocalizer<SharedResource> l)
{
    public const string ImportSource = "import";

    /// <summary>Between the items of a list cell, as the exports write them.</summary>
    private const string ListSeparator = "; ";

    public Dictionary<string, NewOrganization> NewOrganizations { get; } = new(StringComparer.Ordinal);

    // What a message lists as allowed, worked out once rather than for every row.
    private readonly string _priorities = Range(lookups.Codes.Priorities);
    private readonly string _gcmObjectives = Range(lookups.Codes.GcmObjectives);
    private readonly string _gcrObjectives = Range(lookups.Codes.GcrObjectives);
    private readonly string _sdgs = Range(lookups.Codes.Sdgs);
    private readonly string _principles = string.Join(", ", lookups.Codes.GuidingPrinciples.Order());
    private readonly string _gcrAreas = string.Join(", ", lookups.Codes.GcrAreas.Order());

    /// <summary>The row's public id (upper case) and external id, checked for form only.</summary>
    public (string? PublicId, string? ExternalId) Keys(TabularRow row, List<PledgeImportError> errors)
    {
        var publicId = b.Text(row.Cells, "public_id")?.ToUpperInvariant();
        if (publicId is not null && !PledgesApi.IsWellFormed(publicId))
        {
            errors.Add(new(row.Number, b.Header("public_id"), l["'{0}' is not a pledge id; ids look like CLA-2022-0010.", Shorten(publicId)]));
            publicId = null;
        }
        var externalId = b.Text(row.Cells, "external_id");
        if (externalId is not null && (externalId.Length > 100 || externalId.Any(char.IsControl)))
        {
            errors.Add(new(row.Number, b.Header("external_id"), l["An external id is at most 100 characters, without control characters."]));
            externalId = null;
        }
        return (publicId, externalId);
    }

    /// <summary>
    /// The row's values over <paramref name="stored"/> (the pledge as it is, or null for a new one); null when the row has errors.
    /// </summary>
    public PledgeValues? Read(TabularRow row, PledgeValues? stored, string? externalId, string fileName, List<PledgeImportError> errors)
    {
        var before = errors.Count;
        var cells = row.Cells;
        var isNew = stored is null;
        var v = stored?.Clone() ?? new PledgeValues { SourceDocument = ImportSource, SourceSection = Truncate($"{fileName}, row {row.Number}", 300) };
        void Error(string key, string message) => errors.Add(new(row.Number, b.Header(key), message));
        bool Has(string key) => b.Has(key);
        string? Cell(string key) => b.Text(cells, key);

        string? Text(string key, int max, string? current)
        {
            if (!Has(key)) return current;
            var text = Cell(key);
            if (text is null) return null;
            if (text.Length > max) Error(key, l["This text has {0:N0} characters; the limit is {1:N0}.", text.Length, max]);
            if (text.Any(c => char.IsControl(c) && c is not '\n' and not '\r' and not '\t')) Error(key, l["This text contains control characters."]);
            return text;
        }
        T? Choice<T>(string key, IReadOnlyDictionary<string, T> codes, T? current) where T : struct, Enum
        {
            if (!Has(key)) return current;
            if (Cell(key) is not { } text) return null;
            if (ImportCodes.Parse(codes, text) is { } parsed) return parsed;
            Error(key, l["'{0}' is not a valid choice: use one of {1}.", Shorten(text), ImportCodes.List(codes)]);
            return null;
        }
        int? Year(string key, int? current)
        {
            if (!Has(key)) return current;
            if (Cell(key) is not { } text) return null;
            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 2000 and <= 2100) return year;
            Error(key, l["'{0}' is not a year between 2000 and 2100.", Shorten(text)]);
            return null;
        }

        // Round: an update keeps its pledge's round, which its public id was numbered in.
        if (Has("round"))
        {
            var code = Cell("round");
            if (code is null) Error("round", l["This field is required."]);
            else if (!lookups.RoundsByCode.TryGetValue(code, out var round)) Error("round", l["'{0}' is not a known round.", Shorten(code)]);
            else if (!isNew && round.Id != v.RoundId) Error("round", l["An edit keeps the pledge's round."]);
            else v.RoundId = round.Id;
        }

        if (Has("external_id")) v.ExternalId = externalId;
        v.Title = Text("title", SubmissionFields.TitleMaxLength, v.Title);
        v.Description = Text("description", SubmissionFields.DescriptionMaxLength, v.Description);
        if (Has("original_language"))
        {
            var language = Cell("original_language");
            if (language is not null && !LanguageTag().IsMatch(language)) Error("original_language", l["'{0}' is not a supported language.", Shorten(language)]);
            v.OriginalLanguage = language;
        }
        v.Compact = Choice("compact", ImportCodes.Compacts, v.Compact);
        v.Kind = Choice("kind", ImportCodes.PledgeKinds, v.Kind);
        v.Stage = Choice("stage", ImportCodes.Stages, v.Stage);
        if (Has("completeness") && Cell("completeness") is not null) v.Completeness = Choice("completeness", ImportCodes.Completenesses, v.Completeness) ?? v.Completeness;
        else if (isNew || Has("completeness")) v.Completeness = v.Title is null && v.Description is null ? Completeness.DetailsNotDocumented : Completeness.Documented;
        if (v.Completeness == Completeness.Documented && v.Title is null && v.Description is null)
            Error("title", l["A documented pledge needs a title or a description; a record with neither is 'not-documented'."]);

        v.StartYear = Year("start_year", v.StartYear);
        v.EndYear = Year("end_year", v.EndYear);
        if (v.StartYear is { } start && v.EndYear is { } end && end < start) Error("end_year", l["The end year is before the start year."]);
        if (Has("ongoing"))
        {
            var text = Cell("ongoing");
            v.Ongoing = text is null ? null : Flag(text);
            if (text is not null && v.Ongoing is null) Error("ongoing", l["'{0}' is not true or false.", Shorten(text)]);
        }
        if (Has("budget_amount"))
        {
            var text = Cell("budget_amount");
            v.BudgetAmount = null;
            if (text is null) { }
            else if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount))
                Error("budget_amount", l["'{0}' is not an amount (digits, optionally a decimal point).", Shorten(text)]);
            else if (amount > 1_000_000_000_000m) Error("budget_amount", l["The amount is larger than any local budget (over 1 trillion)."]);
            else v.BudgetAmount = amount;
        }
        if (Has("budget_currency"))
        {
            var text = Cell("budget_currency")?.ToUpperInvariant();
            v.BudgetCurrency = text;
            if (text is not null && !Currencies.Exists(text)) Error("budget_currency", l["'{0}' is not an ISO 4217 currency code.", Shorten(text)]);
        }
        if (v.BudgetAmount is not null && v.BudgetCurrency is null) Error("budget_currency", l["Give the currency of the amount."]);
        if (Has("pledged_on"))
        {
            var text = Cell("pledged_on");
            v.PledgedOn = null;
            if (text is not null && TryParseDay(text, out var day)) v.PledgedOn = day;
            else if (text is not null) Error("pledged_on", l["'{0}' is not a date (YYYY-MM-DD).", Shorten(text)]);
        }

        var synthetic = v.IsSynthetic;
        if (Has("synthetic") && Cell("synthetic") is { } flag)
        {
            synthetic = Flag(flag) ?? false;
            if (Flag(flag) is null) Error("synthetic", l["'{0}' is not true or false.", Shorten(flag)]);
            else if (!isNew && synthetic != v.IsSynthetic) Error("synthetic", l["Whether a pledge is synthetic test data never changes."]);
        }
        if (isNew && synthetic && lookups.RealPledges > 0)
            Error("synthetic", l["Synthetic test pledges cannot be imported into a registry that holds real pledges."]);
        v.IsSynthetic = synthetic;

        ReadOrganizations(row, v, synthetic, Error);
        if (isNew && !Has("kind")) v.Kind = KindFromOrganizations(v);
        ReadPartners(row, v, Error);
        if (Has("beneficiaries"))
            v.Beneficiaries = Codes("beneficiaries", row, s => ImportCodes.Parse(ImportCodes.Beneficiaries, s) is { } g ? (true, g) : (false, default), ImportCodes.List(ImportCodes.Beneficiaries), Error);
        if (Has("priorities"))
            v.Priorities = Codes("priorities", row, s => Known(lookups.Codes.Priorities, s), _priorities, Error);
        ReadMappings(row, v, isNew, Error);

        if (Has("source")) v.SourceDocument = Text("source", 200, v.SourceDocument) ?? ImportSource;
        v.SourceSection = Text("source_section", 300, v.SourceSection);
        v.SourceNote = Text("source_note", 1000, v.SourceNote);
        return errors.Count == before ? v : null;
    }

    private void ReadOrganizations(TabularRow row, PledgeValues v, bool synthetic, Action<string, string> error)
    {
        var cells = row.Cells;
        if (b.Has("lead_organization_id") || b.Has("lead_organization"))
        {
            var slug = b.Text(cells, "lead_organization_id");
            var name = b.Text(cells, "lead_organization");
            string? lead = null;
            if (slug is not null)
                lead = Organization(slug, name, b.Text(cells, "lead_organization_kind"), b.Text(cells, "country_code"), b.Text(cells, "location"), synthetic, row.Number,
                    "lead_organization_id", "lead_organization", "lead_organization_kind", error);
            else if (name is not null && !b.Has("lead_organization_id")) lead = ByName(name, "lead_organization", error);
            else error(b.Has("lead_organization_id") ? "lead_organization_id" : "lead_organization", l["This field is required."]);
            if (lead is not null) v.LeadSlug = lead;
        }
        if (b.Text(cells, "country_code") is { } country && !lookups.Countries.Contains(country.ToUpperInvariant()))
            error("country_code", l["'{0}' is not an ISO 3166-1 country code (two letters, e.g. CO).", Shorten(country)]);

        if (!b.Has("co_pledger_ids")) return;
        var ids = Items(b.Raw(cells, "co_pledger_ids"));
        var names = Parallel("co_pledgers", row, ids.Count, error);
        var kinds = Parallel("co_pledger_kinds", row, ids.Count, error);
        var countries = Parallel("co_pledger_country_codes", row, ids.Count, error);
        var coPledgers = new List<string>();
        for (var i = 0; i < ids.Count; i++)
        {
            if (ids[i].Length == 0)
            {
                error("co_pledger_ids", l["An item of this list is empty: remove the extra '; '."]);
                continue;
            }
            var coCountry = countries?[i] is { Length: > 0 } code ? code : null;
            if (coCountry is not null && !lookups.Countries.Contains(coCountry.ToUpperInvariant()))
                error("co_pledger_country_codes", l["'{0}' is not an ISO 3166-1 country code (two letters, e.g. CO).", Shorten(coCountry)]);
            var slug = Organization(ids[i], names?[i] is { Length: > 0 } n ? n : null, kinds?[i] is { Length: > 0 } k ? k : null, coCountry, null, synthetic, row.Number,
                "co_pledger_ids", "co_pledgers", "co_pledger_kinds", error);
            if (slug is null || coPledgers.Contains(slug)) continue;
            if (slug == v.LeadSlug) error("co_pledger_ids", l["The lead organization cannot also be a co-pledger."]);
            else coPledgers.Add(slug);
        }
        v.CoPledgerSlugs = coPledgers;
    }

    /// <summary>How a new pledge was made follows from who makes it, as when a submission is published.</summary>
    private PledgeKind KindFromOrganizations(PledgeValues v)
    {
        var slugs = v.CoPledgerSlugs.Append(v.LeadSlug).ToList();
        var kinds = slugs.Select((s, i) => (i, Kind: KindOf(s))).Where(x => x.Kind is not null).ToDictionary(x => x.i, x => x.Kind!.Value);
        return PledgePublisher.KindOf(new SubmissionContent { LeadOrganizationId = slugs.Count - 1, CoPledgers = [.. Enumerable.Range(0, slugs.Count - 1)] }, kinds);
    }

    /// <summary>The slug of an organization named by id; one to create when unknown and the file says what it is.</summary>
    private string? Organization(string slug, string? name, string? kind, string? country, string? location, bool synthetic, int row,
        string idKey, string nameKey, string kindKey, Action<string, string> error)
    {
        if (lookups.OrganizationsBySlug.ContainsKey(slug)) return slug;
        if (NewOrganizations.TryGetValue(slug, out var known))
        {
            // A co-pledger's row gives no location, a lead's row does: keep what any row says.
            NewOrganizations[slug] = known with { CountryCode = known.CountryCode ?? country?.ToUpperInvariant(), Location = known.Location ?? Truncated(location, 120) };
            return slug;
        }
        if (slug.Length > 120 || !Slug().IsMatch(slug))
        {
            error(idKey, l["'{0}' is not an organization id: lower-case letters, digits and hyphens, e.g. bogota-co.", Shorten(slug)]);
            return null;
        }
        var parsedKind = kind is null ? null : ImportCodes.Parse(ImportCodes.OrganizationKinds, kind);
        if (name is null || parsedKind is null)
        {
            error(idKey, l["There is no organization with the id '{0}'. To create it, give its name ({1}) and kind ({2}: {3}) in the same row.",
                Shorten(slug), b.Header(nameKey), b.Header(kindKey), ImportCodes.List(ImportCodes.OrganizationKinds)]);
            return null;
        }
        if (name.Length > 300) error(nameKey, l["This text has {0:N0} characters; the limit is {1:N0}.", name.Length, 300]);
        NewOrganizations[slug] = new NewOrganization(slug, Truncate(name, 300), parsedKind.Value, country?.ToUpperInvariant(),
            Truncated(location, 120), synthetic, row);
        return slug;
    }

    private string? ByName(string name, string key, Action<string, string> error)
    {
        var folded = TextNormalizer.Fold(name);
        var matches = lookups.OrganizationsByName[folded].Concat(NewOrganizations.Values.Where(o => TextNormalizer.Fold(o.Name) == folded).Select(o => o.Slug))
            .Distinct().Take(2).ToList();
        if (matches.Count == 1) return matches[0];
        error(key, matches.Count == 0
            ? l["There is no organization named '{0}'. Give its id in a {1} column to create it.", Shorten(name), PledgeColumnBinding.Names("lead_organization_id")]
            : l["Several organizations are named '{0}': give the id of the one you mean in a {1} column.", Shorten(name), PledgeColumnBinding.Names("lead_organization_id")]);
        return null;
    }

    private OrganizationKind? KindOf(string slug) =>
        lookups.OrganizationsBySlug.TryGetValue(slug, out var o) ? o.Kind : NewOrganizations.TryGetValue(slug, out var n) ? n.Kind : null;

    private void ReadPartners(TabularRow row, PledgeValues v, Action<string, string> error)
    {
        if (!b.Has("partners")) return;
        var names = Items(b.Raw(row.Cells, "partners"));
        var types = Parallel("partner_types", row, names.Count, error);
        var partners = new List<(string, PartnerType?)>();
        for (var i = 0; i < names.Count; i++)
        {
            if (names[i].Length == 0) error("partners", l["Every partner needs a name."]);
            else if (names[i].Length > SubmissionFields.PartnerNameMaxLength)
                error("partners", l["This text has {0:N0} characters; the limit is {1:N0}.", names[i].Length, SubmissionFields.PartnerNameMaxLength]);
            PartnerType? type = null;
            if (types?[i] is { Length: > 0 } text && (type = ImportCodes.Parse(ImportCodes.PartnerTypes, text)) is null)
                error("partner_types", l["'{0}' is not a valid choice: use one of {1}.", Shorten(text), ImportCodes.List(ImportCodes.PartnerTypes)]);
            partners.Add((names[i], type));
        }
        v.Partners = partners;
    }

    /// <summary>
    /// GCM objectives, guiding principles, GCR objectives and areas, SDGs. With a <c>*_explicit</c> column, the ones it lists
    /// were chosen and the others derived from the priorities; without one, a value the priorities' mapping suggests counts
    /// as derived, as when a submission is published. A new pledge without the column gets what its priorities suggest.
    /// </summary>
    private void ReadMappings(TabularRow row, PledgeValues v, bool isNew, Action<string, string> error)
    {
        var suggested = PrioritySuggestions.For(v.Priorities.Where(lookups.Priorities.ContainsKey).Select(p => lookups.Priorities[p]));
        List<(TCode, MappingOrigin)> Read<TCode>(string key, List<(TCode Code, MappingOrigin Origin)> current, Func<string, (bool, TCode)> parse, string allowed,
            IReadOnlySet<TCode> suggestedCodes, IEnumerable<TCode> derivedForNew)
        {
            if (!b.Has(key)) return isNew ? [.. derivedForNew.Select(c => (c, MappingOrigin.Derived))] : current;
            var codes = Codes(key, row, parse, allowed, error);
            var explicitKey = key + "_explicit";
            if (!b.Has(explicitKey)) return [.. codes.Select(c => (c, suggestedCodes.Contains(c) ? MappingOrigin.Derived : MappingOrigin.Explicit))];
            var chosen = Codes(explicitKey, row, parse, allowed, error);
            foreach (var c in chosen.Where(c => !codes.Contains(c)))
                error(explicitKey, l["'{0}' is listed as chosen explicitly but is missing from {1}.", c!.ToString()!, b.Header(key)]);
            return [.. codes.Select(c => (c, chosen.Contains(c) ? MappingOrigin.Explicit : MappingOrigin.Derived))];
        }
        IReadOnlySet<string> none = new HashSet<string>();
        IReadOnlySet<int> noNumbers = new HashSet<int>();
        v.GcmObjectives = Read("gcm_objectives", v.GcmObjectives, s => Known(lookups.Codes.GcmObjectives, s), _gcmObjectives,
            suggested.GcmObjectives, suggested.GcmObjectives.Order());
        v.GuidingPrinciples = Read("guiding_principles", v.GuidingPrinciples, s => Code(lookups.Codes.GuidingPrinciples, s),
            _principles, none, []);
        v.GcrObjectives = Read("gcr_objectives", v.GcrObjectives, s => Known(lookups.Codes.GcrObjectives, s), _gcrObjectives, noNumbers, []);
        v.GcrAreas = Read("gcr_areas", v.GcrAreas, s => Code(lookups.Codes.GcrAreas, s), _gcrAreas,
            suggested.GcrAreas, suggested.GcrAreas.Order());
        v.Sdgs = Read("sdgs", v.Sdgs, s => Known(lookups.Codes.Sdgs, s), _sdgs, suggested.Sdgs, suggested.Sdgs.Order());
    }

    /// <summary>A list of codes: separated by ';' (as exported) or ','; each checked, repeats dropped.</summary>
    private List<T> Codes<T>(string key, TabularRow row, Func<string, (bool Found, T Value)> parse, string allowed, Action<string, string> error)
    {
        var result = new List<T>();
        foreach (var item in (b.Raw(row.Cells, key) ?? "").Split([';', ','], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var (found, parsed) = parse(item);
            if (!found) error(key, l["'{0}' is not a valid choice: use one of {1}.", Shorten(item), allowed]);
            else if (!result.Contains(parsed)) result.Add(parsed);
        }
        return result;
    }

    /// <summary>A list that goes item by item with another (names beside ids, types beside partners); null when its cell is empty.</summary>
    private List<string>? Parallel(string key, TabularRow row, int count, Action<string, string> error)
    {
        if (b.Raw(row.Cells, key) is not { } raw || raw.Trim().Length == 0) return null;
        var items = Items(raw);
        if (items.Count == count) return items;
        error(key, l["This list has {0} items where {1} has {2}: the two go item by item.", items.Count, b.Header(key == "partner_types" ? "partners" : "co_pledger_ids"), count]);
        return null;
    }

    /// <summary>Items of a list of names, split on exactly "; " so a name may hold a semicolon; an empty cell is no items.</summary>
    private static List<string> Items(string? raw) =>
        string.IsNullOrWhiteSpace(raw) ? [] : [.. raw.Split(ListSeparator).Select(s => s.Trim())];

    private static (bool, int) Known(IReadOnlySet<int> known, string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && known.Contains(n) ? (true, n) : (false, 0);

    private static (bool, string) Code(IReadOnlySet<string> known, string value) =>
        known.FirstOrDefault(k => string.Equals(k, value, StringComparison.OrdinalIgnoreCase)) is { } code ? (true, code) : (false, "");

    private static string Range(IReadOnlySet<int> known) => known.Count == 0 ? "" : $"{known.Min()}–{known.Max()}";

    private static bool? Flag(string text) => text.Trim().ToLowerInvariant() switch
    {
        "true" or "yes" or "1" => true,
        "false" or "no" or "0" => false,
        _ => null,
    };

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..max];

    private static string? Truncated(string? text, int max) => text is null ? null : Truncate(text, max);

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Slug();

    [GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$")]
    private static partial Regex LanguageTag();
}

using System.Globalization;
using LocalAction.Web.Data;
using LocalAction.Web.Features.Pledges;
using LocalAction.Web.Features.Taxonomy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using static LocalAction.Web.Features.Submissions.SubmissionFields;
using static LocalAction.Web.Features.InputValues;

namespace LocalAction.Web.Features.Submissions;

/// <summary>How much a save requires: a draft may be incomplete; a submission may not.</summary>
public enum ValidationMode
{
    Draft,
    Complete,
}

/// <summary>The checked content and every problem found, keyed by field.</summary>
public sealed record ValidationOutcome(SubmissionContent Content, IReadOnlyDictionary<string, string[]> Errors)
{
    public bool IsValid => Errors.Count == 0;
}

/// <summary>
/// Checks a submission against the taxonomies and the registry and collects every problem at once, each with a message
/// the submitter can act on. Text is kept as typed (HTML included): it is stored as text and escaped when shown.
/// </summary>
public sealed class SubmissionValidator(LocalActionDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> l)
{
    /// <param name="fields">Only these fields are checked and taken from the input (a form step); null for all.</param>
    /// <param name="isEditOfPublishedPledge">An edit keeps its pledge's round, even a closed one.</param>
    public async Task<ValidationOutcome> ValidateAsync(SubmissionInput input, ValidationMode mode, IReadOnlyCollection<string>? fields = null,
        bool isEditOfPublishedPledge = false, CancellationToken ct = default)
    {
        var errors = new Dictionary<string, List<string>>();
        bool Checks(string field) => fields is null || fields.Contains(field);
        void Error(string field, string message)
        {
            if (!errors.TryGetValue(field, out var list)) errors[field] = list = [];
            list.Add(message);
        }
        string? Text(string field, string? value, int max, bool required)
        {
            if (!Checks(field)) return null;
            var text = value?.Trim();
            if (string.IsNullOrEmpty(text))
            {
                if (required && mode == ValidationMode.Complete) Error(field, l["This field is required."]);
                return null;
            }
            if (text.Length > max) Error(field, l["This text has {0:N0} characters; the limit is {1:N0}.", text.Length, max]);
            if (text.Any(c => char.IsControl(c) && c is not '\n' and not '\r' and not '\t')) Error(field, l["This text contains control characters."]);
            return text;
        }
        int? Year(string field, string? value)
        {
            if (!Checks(field) || string.IsNullOrWhiteSpace(value)) return null;
            if (!int.TryParse(value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 2000 or > 2100)
            {
                Error(field, l["'{0}' is not a year between 2000 and 2100.", Shorten(value)]);
                return null;
            }
            return year;
        }
        List<T> Codes<T>(string field, List<string>? values, Func<string, T?> parse, bool required)
        {
            var result = new List<T>();
            if (!Checks(field)) return result;
            foreach (var raw in (values ?? []).Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim()).Distinct().Take(100))
            {
                if (parse(raw) is { } parsed) result.Add(parsed);
                else Error(field, l["'{0}' is not a valid choice.", Shorten(raw)]);
            }
            if (required && mode == ValidationMode.Complete && result.Count == 0) Error(field, l["Choose at least one."]);
            return result;
        }
        int? Known(IReadOnlySet<int> known, string value) => ParseInt(value) is { } n && known.Contains(n) ? n : null;

        var reference = await SubmissionReferenceData.LoadAsync(db, ct);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

        // 1. Organization and round.
        int? leadId = null;
        if (Checks(LeadOrganization))
        {
            var slug = input.LeadOrganization?.Trim();
            if (string.IsNullOrEmpty(slug)) { if (mode == ValidationMode.Complete) Error(LeadOrganization, l["This field is required."]); }
            else if (reference.OrganizationIds(slug) is { } id) leadId = id;
            else Error(LeadOrganization, l["There is no organization with the id '{0}'.", Shorten(slug)]);
        }
        string? round = null;
        if (Checks(Round))
        {
            var code = input.Round?.Trim();
            var found = reference.Rounds.FirstOrDefault(r => r.Code == code);
            if (string.IsNullOrEmpty(code)) { if (mode == ValidationMode.Complete) Error(Round, l["This field is required."]); }
            else if (found is null) Error(Round, l["'{0}' is not a known round.", Shorten(code)]);
            else if (!isEditOfPublishedPledge && !SubmissionReferenceData.IsOpen(found, today)) Error(Round, l["The round {0} no longer accepts pledges.", found.Name]);
            else round = found.Code;
        }

        // 2. Title, description, language.
        var title = Text(Title, input.Title, TitleMaxLength, true);
        var description = Text(Description, input.Description, DescriptionMaxLength, true);
        string? language = null;
        if (Checks(Language))
        {
            var code = input.Language?.Trim().ToLowerInvariant();
            if (string.IsNullOrEmpty(code)) { if (mode == ValidationMode.Complete) Error(Language, l["This field is required."]); }
            else if (!SubmissionFields.Languages.Contains(code)) Error(Language, l["'{0}' is not a supported language.", Shorten(code)]);
            else language = code;
        }

        // The same text in other site languages: optional, each language once, never the pledge's own language.
        var translations = new List<SubmittedTranslation>();
        if (Checks(SubmissionFields.Translations))
        {
            var rows = (input.Translations ?? []).Where(t => !string.IsNullOrWhiteSpace(t.Title) || !string.IsNullOrWhiteSpace(t.Description)).ToList();
            foreach (var row in rows.Take(WebSetup.Languages.Length + 1))
            {
                var code = row.Language?.Trim().ToLowerInvariant();
                if (string.IsNullOrEmpty(code) || !WebSetup.Languages.Contains(code))
                {
                    Error(SubmissionFields.Translations, l["'{0}' is not a language of this site: use one of {1}.", Shorten(code ?? ""), string.Join(", ", WebSetup.Languages)]);
                    continue;
                }
                var name = Translations.LanguageNames.Of(code, l);
                if (code == (language ?? input.Language?.Trim().ToLowerInvariant()))
                {
                    Error(SubmissionFields.Translations, l["{0} is the language the pledge is written in: leave its translation empty.", name]);
                    continue;
                }
                if (translations.Any(t => t.Language == code)) { Error(SubmissionFields.Translations, l["{0} is given twice.", name]); continue; }
                var translatedTitle = Text(SubmissionFields.Translations, row.Title, TitleMaxLength, false);
                var translatedDescription = Text(SubmissionFields.Translations, row.Description, DescriptionMaxLength, false);
                translations.Add(new SubmittedTranslation(code, translatedTitle, translatedDescription));
            }
            if (rows.Count > WebSetup.Languages.Length) Error(SubmissionFields.Translations, l["At most one translation per language."]);
        }

        // 3. Compact and beneficiaries. IDP-only is the Secretariat's decision, not a submitter's choice.
        Pledges.Compact? compact = null;
        if (Checks(SubmissionFields.Compact))
        {
            var value = input.Compact?.Trim();
            if (string.IsNullOrEmpty(value)) { if (mode == ValidationMode.Complete) Error(SubmissionFields.Compact, l["This field is required."]); }
            else if (Enum.TryParse<Pledges.Compact>(value, true, out var c) && c != Pledges.Compact.IdpOnly && !int.TryParse(value, out _)) compact = c;
            else Error(SubmissionFields.Compact, l["'{0}' is not a valid choice.", Shorten(value)]);
        }
        var beneficiaries = Codes<BeneficiaryGroup?>(Beneficiaries, input.Beneficiaries, ParseEnum<BeneficiaryGroup>, true).Select(b => b!.Value).ToList();

        // 4-5. Priorities and what they advance.
        var priorities = Codes(Priorities, input.Priorities, v => Known(reference.Priorities, v), true).Select(n => n!.Value).ToList();
        var gcm = Codes(GcmObjectives, input.GcmObjectives, v => Known(reference.GcmObjectives, v), false).Select(n => n!.Value).ToList();
        var gcrObjectives = Codes(GcrObjectives, input.GcrObjectives, v => Known(reference.GcrObjectives, v), false).Select(n => n!.Value).ToList();
        var sdgs = Codes(Sdgs, input.Sdgs, v => Known(reference.Sdgs, v), false).Select(n => n!.Value).ToList();
        var principles = Codes(GuidingPrinciples, input.GuidingPrinciples, v => reference.GuidingPrinciples.Contains(v) ? v : null, false).OfType<string>().ToList();
        var areas = Codes(GcrAreas, input.GcrAreas, v => reference.GcrAreas.Contains(v) ? v : null, false).OfType<string>().ToList();

        // 6. Timeline, budget, stage.
        var start = Year(StartYear, input.StartYear);
        var end = Year(EndYear, input.EndYear);
        if (start is not null && end is not null && end < start) Error(EndYear, l["The end year is before the start year."]);
        decimal? amount = null;
        if (Checks(BudgetAmount) && !string.IsNullOrWhiteSpace(input.BudgetAmount))
        {
            if (!decimal.TryParse(input.BudgetAmount.Trim().Replace(",", "").Replace(" ", ""), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var a))
                Error(BudgetAmount, l["'{0}' is not an amount (digits, optionally a decimal point).", Shorten(input.BudgetAmount)]);
            else if (a > 1_000_000_000_000m) Error(BudgetAmount, l["The amount is larger than any local budget (over 1 trillion)."]);
            else amount = a;
        }
        string? currency = null;
        if (Checks(BudgetCurrency) && !string.IsNullOrWhiteSpace(input.BudgetCurrency))
        {
            var code = input.BudgetCurrency.Trim().ToUpperInvariant();
            if (!Taxonomy.Currencies.Exists(code)) Error(BudgetCurrency, l["'{0}' is not an ISO 4217 currency code.", Shorten(input.BudgetCurrency)]);
            else currency = code;
        }
        if (Checks(BudgetAmount) && Checks(BudgetCurrency) && amount is not null && currency is null && !errors.ContainsKey(BudgetCurrency))
            Error(BudgetCurrency, l["Give the currency of the amount."]);
        PledgeStage? stage = null;
        if (Checks(Stage) && !string.IsNullOrWhiteSpace(input.Stage))
        {
            stage = ParseEnum<PledgeStage>(input.Stage.Trim());
            if (stage is null) Error(Stage, l["'{0}' is not a valid choice.", Shorten(input.Stage)]);
        }

        // 7. Partners and co-pledgers.
        var partners = new List<SubmittedPartner>();
        if (Checks(Partners))
        {
            var rows = (input.Partners ?? []).Where(p => !string.IsNullOrWhiteSpace(p.Name) || !string.IsNullOrWhiteSpace(p.Type)).ToList();
            if (rows.Count > MaxPartners) Error(Partners, l["At most {0} partners.", MaxPartners]);
            foreach (var row in rows.Take(MaxPartners))
            {
                var name = Text(Partners, row.Name, PartnerNameMaxLength, false);
                if (name is null) { Error(Partners, l["Every partner needs a name."]); continue; }
                PartnerType? type = null;
                if (!string.IsNullOrWhiteSpace(row.Type))
                {
                    type = ParseEnum<PartnerType>(row.Type.Trim());
                    if (type is null) Error(Partners, l["'{0}' is not a valid choice.", Shorten(row.Type)]);
                }
                partners.Add(new SubmittedPartner(name, type));
            }
        }
        var coPledgers = new List<int>();
        if (Checks(CoPledgers))
        {
            var slugs = (input.CoPledgers ?? []).Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s.Trim()).Distinct().ToList();
            if (slugs.Count > MaxCoPledgers) Error(CoPledgers, l["At most {0} co-pledgers.", MaxCoPledgers]);
            foreach (var slug in slugs.Take(MaxCoPledgers))
            {
                if (reference.OrganizationIds(slug) is not { } id) Error(CoPledgers, l["There is no organization with the id '{0}'.", Shorten(slug)]);
                else if (id == leadId) Error(CoPledgers, l["The lead organization cannot also be a co-pledger."]);
                else coPledgers.Add(id);
            }
        }

        var content = new SubmissionContent
        {
            Round = round, LeadOrganizationId = leadId, Title = title, Description = description, Language = language, Translations = translations, Compact = compact,
            Beneficiaries = beneficiaries, Priorities = priorities, GcmObjectives = gcm, GuidingPrinciples = principles,
            GcrObjectives = gcrObjectives, GcrAreas = areas, Sdgs = sdgs, StartYear = start, EndYear = end, Ongoing = input.Ongoing,
            BudgetAmount = amount, BudgetCurrency = currency, Stage = stage, Partners = partners, CoPledgers = coPledgers,
        };
        return new ValidationOutcome(content, errors.ToDictionary(e => e.Key, e => e.Value.ToArray()));
    }


    private static int? ParseInt(string value) => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;

}

using System.Globalization;
using LocalAction.Web.Features.Pledges;
using LocalAction.Web.Features.Submissions;
using LocalAction.Web.Features.Taxonomy;
using Microsoft.Extensions.Localization;
using F = LocalAction.Web.Features.Updates.UpdateFields;
using static LocalAction.Web.Features.InputValues;

namespace LocalAction.Web.Features.Updates;

/// <summary>The checked values and every problem found, keyed by field.</summary>
public sealed record UpdateValidation(UpdateValues Values, IReadOnlyDictionary<string, string[]> Errors)
{
    public bool IsValid => Errors.Count == 0;
}

/// <summary>
/// Checks an update and collects every problem at once, each with a message the pledger can act on: the same rules for the
/// form, the API and every row of a bulk import. Text is kept as typed (HTML included) and escaped when shown.
/// </summary>
public sealed class UpdateValidator(TimeProvider clock, IStringLocalizer<SharedResource> l)
{
    public UpdateValidation Validate(UpdateInput input)
    {
        var errors = new Dictionary<string, List<string>>();
        void Error(string field, string message)
        {
            if (!errors.TryGetValue(field, out var list)) errors[field] = list = [];
            list.Add(message);
        }
        string? Text(string field, string? value, int max)
        {
            var text = value?.Trim();
            if (string.IsNullOrEmpty(text)) return null;
            if (text.Length > max) Error(field, l["This text has {0:N0} characters; the limit is {1:N0}.", text.Length, max]);
            if (text.Any(c => char.IsControl(c) && c is not '\n' and not '\r' and not '\t')) Error(field, l["This text contains control characters."]);
            return text;
        }
        long? People(string field, string? value)
        {
            if (string.IsNullOrWhiteSpace(value)) return null;
            var raw = value.Trim().Replace(",", "").Replace(" ", "").Replace("\u00a0", "");
            if (raw.StartsWith('-')) { Error(field, l["A number of people cannot be negative."]); return null; }
            if (!long.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
            {
                Error(field, l["'{0}' is not a whole number.", Shorten(value)]);
                return null;
            }
            if (n > F.PeopleMax) { Error(field, l["{0:N0} people is more than any local pledge reaches (at most {1:N0}).", n, F.PeopleMax]); return null; }
            return n;
        }

        var stage = Choice<PledgeStage>(F.Stage, input.Stage, required: true);
        var results = Text(F.Results, input.Results, F.ResultsMax);
        if (results is null) Error(F.Results, l["Say what was achieved, even in a sentence."]);
        var total = People(F.PeopleReachedTotal, input.PeopleReachedTotal);
        var groups = new (string Field, long? Value)[]
        {
            (F.PeopleReachedMigrants, People(F.PeopleReachedMigrants, input.PeopleReachedMigrants)),
            (F.PeopleReachedRefugees, People(F.PeopleReachedRefugees, input.PeopleReachedRefugees)),
            (F.PeopleReachedIdps, People(F.PeopleReachedIdps, input.PeopleReachedIdps)),
            (F.PeopleReachedHostCommunity, People(F.PeopleReachedHostCommunity, input.PeopleReachedHostCommunity)),
            (F.PeopleReachedWomen, People(F.PeopleReachedWomen, input.PeopleReachedWomen)),
            (F.PeopleReachedChildren, People(F.PeopleReachedChildren, input.PeopleReachedChildren)),
        };
        // Groups overlap (a refugee woman is in two), so each is checked against the total, not their sum.
        foreach (var (field, value) in groups)
            if (total is not null && value > total) Error(field, l["This group ({0:N0}) is larger than the total reached ({1:N0}).", value, total]);

        // Money: amount, currency, and the rate to US dollars with its day.
        decimal? amount = null;
        if (!string.IsNullOrWhiteSpace(input.MoneyAmount))
        {
            var raw = input.MoneyAmount.Trim().Replace(",", "").Replace(" ", "");
            if (raw.StartsWith('-')) Error(F.MoneyAmount, l["An amount of money cannot be negative."]);
            else if (!decimal.TryParse(raw, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var a))
                Error(F.MoneyAmount, l["'{0}' is not an amount (digits, optionally a decimal point).", Shorten(input.MoneyAmount)]);
            else if (a > F.MoneyMax) Error(F.MoneyAmount, l["The amount is larger than any local budget (over 1 trillion)."]);
            else if (decimal.Round(a, 2) != a) Error(F.MoneyAmount, l["Give the amount with at most two decimals."]);
            else amount = a;
        }
        string? currency = null;
        if (!string.IsNullOrWhiteSpace(input.MoneyCurrency))
        {
            var code = input.MoneyCurrency.Trim().ToUpperInvariant();
            if (!Currencies.Exists(code)) Error(F.MoneyCurrency, l["'{0}' is not an ISO 4217 currency code.", Shorten(input.MoneyCurrency)]);
            else currency = code;
        }
        if (amount is not null && currency is null && string.IsNullOrWhiteSpace(input.MoneyCurrency)) Error(F.MoneyCurrency, l["Give the currency of the amount."]);
        if (amount is null && currency is not null && string.IsNullOrWhiteSpace(input.MoneyAmount)) Error(F.MoneyAmount, l["Give the amount in this currency, or leave the currency empty."]);
        decimal? rate = null;
        DateOnly? rateOn = null;
        if (currency == "USD") rate = 1m;
        else if (!string.IsNullOrWhiteSpace(input.UsdRate))
        {
            if (!decimal.TryParse(input.UsdRate.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var r) || r <= 0)
                Error(F.UsdRate, l["'{0}' is not a positive exchange rate.", Shorten(input.UsdRate)]);
            else if (r > F.UsdRateMax) Error(F.UsdRate, l["No currency is worth more than {0} US dollars: give US dollars per one unit of the currency.", F.UsdRateMax]);
            else rate = r;
        }
        else if (amount is not null && currency is not null) Error(F.UsdRate, l["Give the rate to US dollars (US dollars per one {0}) and its date.", currency]);
        if (!string.IsNullOrWhiteSpace(input.UsdRateOn))
        {
            if (!TryParseDay(input.UsdRateOn, out var d))
                Error(F.UsdRateOn, l["'{0}' is not a date (YYYY-MM-DD).", Shorten(input.UsdRateOn)]);
            else if (d > Today) Error(F.UsdRateOn, l["The rate's date is in the future."]);
            else if (d.Year < 2000) Error(F.UsdRateOn, l["The rate's date is before 2000."]);
            else rateOn = d;
        }
        else if (currency is "USD" && amount is not null) rateOn = Today;
        else if (rate is not null) Error(F.UsdRateOn, l["Give the date of the exchange rate."]);

        var challenges = new List<Challenge>();
        foreach (var raw in input.Challenges.Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c.Trim()).Distinct().Take(50))
        {
            if (ParseEnum<Challenge>(raw) is { } c) challenges.Add(c);
            else Error(F.Challenges, l["'{0}' is not a valid choice.", Shorten(raw)]);
        }
        var challengesText = Text(F.ChallengesText, input.ChallengesText, F.TextMax);
        if (challenges.Contains(Challenge.Other) && challengesText is null) Error(F.ChallengesText, l["Describe the other challenge."]);
        var addressed = Text(F.ChallengesAddressed, input.ChallengesAddressed, F.TextMax);
        var lessons = Text(F.LessonsLearned, input.LessonsLearned, F.TextMax);
        var engagement = Choice<NationalEngagement>(F.NationalEngagement, input.NationalEngagement, required: false);
        bool? consent = input.ConsentToPublish?.Trim().ToLowerInvariant() switch
        {
            "yes" or "true" or "on" => true,
            "no" or "false" => false,
            null or "" => null,
            _ => null,
        };
        if (consent is null)
        {
            if (string.IsNullOrWhiteSpace(input.ConsentToPublish)) Error(F.ConsentToPublish, l["Say whether the update may be published."]);
            else Error(F.ConsentToPublish, l["'{0}' is not a valid choice.", Shorten(input.ConsentToPublish)]);
        }
        string? language = null;
        if (!string.IsNullOrWhiteSpace(input.Language))
        {
            var code = input.Language.Trim().ToLowerInvariant();
            if (!SubmissionFields.Languages.Contains(code)) Error(F.Language, l["'{0}' is not a supported language.", Shorten(input.Language)]);
            else language = code;
        }

        var values = new UpdateValues
        {
            Stage = stage, Results = results, PeopleReachedTotal = total,
            PeopleReachedMigrants = groups[0].Value, PeopleReachedRefugees = groups[1].Value, PeopleReachedIdps = groups[2].Value,
            PeopleReachedHostCommunity = groups[3].Value, PeopleReachedWomen = groups[4].Value, PeopleReachedChildren = groups[5].Value,
            MoneyAmount = amount, MoneyCurrency = currency, UsdRate = amount is null ? null : rate, UsdRateOn = amount is null ? null : rateOn,
            Challenges = challenges, ChallengesText = challengesText, ChallengesAddressed = addressed, LessonsLearned = lessons,
            NationalEngagement = engagement, ConsentToPublish = consent, Language = language,
        };
        return new UpdateValidation(values, errors.ToDictionary(e => e.Key, e => e.Value.ToArray()));

        T? Choice<T>(string field, string? value, bool required) where T : struct, Enum
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                if (required) Error(field, l["This field is required."]);
                return null;
            }
            var parsed = ParseEnum<T>(value.Trim());
            if (parsed is null) Error(field, l["'{0}' is not a valid choice.", Shorten(value)]);
            return parsed;
        }
    }

    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);


}

using LocalAction.Web.Features.Search;
using LocalAction.Web.Features.Updates;
using Microsoft.Extensions.Localization;
using F = LocalAction.Web.Features.Updates.UpdateFields;

namespace LocalAction.Web.Pages.Updates;

/// <summary>What the update form's fields show: the values, the errors by field and the labels (shared by pledgers' and Secretariat's forms).</summary>
public sealed record UpdateForm(UpdateInput Input, IReadOnlyDictionary<string, string[]> Errors, IReadOnlyDictionary<string, string> Labels)
{
    public bool Has(string field) => Errors.ContainsKey(field);

    public string Invalid(string field) => Has(field) ? "is-invalid" : "";

    public static IReadOnlyDictionary<string, string> LabelsFor(IStringLocalizer l) => new Dictionary<string, string>
    {
        [F.Stage] = l["Stage"], [F.Results] = l["What was achieved"],
        [F.PeopleReachedTotal] = l["People reached in total"], [F.PeopleReachedMigrants] = l["Migrants"], [F.PeopleReachedRefugees] = l["Refugees"],
        [F.PeopleReachedIdps] = l["Internally displaced persons"], [F.PeopleReachedHostCommunity] = l["Host community"],
        [F.PeopleReachedWomen] = l["Women"], [F.PeopleReachedChildren] = l["Children"],
        [F.MoneyAmount] = l["Money mobilized"], [F.MoneyCurrency] = l["Currency (ISO 4217, e.g. EUR)"],
        [F.UsdRate] = l["US dollars per one unit of the currency"], [F.UsdRateOn] = l["Date of the exchange rate"],
        [F.Challenges] = l["Challenges met"], [F.ChallengesText] = l["The challenges in your words"],
        [F.ChallengesAddressed] = l["How they were addressed"], [F.LessonsLearned] = l["Lessons learned"],
        [F.NationalEngagement] = l["Engagement with national-level processes"], [F.ConsentToPublish] = l["Consent to publish"],
        [F.Language] = l["Language of the update"], [F.Attachments] = l["Documents and photos"],
    };

    public static IEnumerable<(string Value, string Label)> Stages(IStringLocalizer l) =>
        FilterValues.Stages.Values.Select(v => (v, l["Stage." + v].Value));

    public static IEnumerable<(string Value, string Label)> ChallengeOptions(IStringLocalizer l) =>
        Enum.GetValues<Challenge>().Select(c => FilterValues.Kebab(c)).Select(v => (v, l["Challenge." + v].Value));

    public static IEnumerable<(string Value, string Label)> EngagementOptions(IStringLocalizer l) =>
        Enum.GetValues<NationalEngagement>().Select(c => FilterValues.Kebab(c)).Select(v => (v, l["Engagement." + v].Value));
}

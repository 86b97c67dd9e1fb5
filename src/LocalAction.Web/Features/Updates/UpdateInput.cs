using System.Text.Json.Serialization;
using LocalAction.Web.Features.Search;

namespace LocalAction.Web.Features.Updates;

/// <summary>
/// An update as typed into the form, sent to the API or read from an import row: everything as text, so each bad value is
/// named in its own message. <see cref="UpdateValidator"/> turns it into <see cref="UpdateValues"/>.
/// </summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed class UpdateInput
{
    public string? Stage { get; set; }
    public string? Results { get; set; }
    public string? PeopleReachedTotal { get; set; }
    public string? PeopleReachedMigrants { get; set; }
    public string? PeopleReachedRefugees { get; set; }
    public string? PeopleReachedIdps { get; set; }
    public string? PeopleReachedHostCommunity { get; set; }
    public string? PeopleReachedWomen { get; set; }
    public string? PeopleReachedChildren { get; set; }
    public string? MoneyAmount { get; set; }
    public string? MoneyCurrency { get; set; }
    public string? UsdRate { get; set; }
    public string? UsdRateOn { get; set; }
    public List<string> Challenges { get; set; } = [];
    public string? ChallengesText { get; set; }
    public string? ChallengesAddressed { get; set; }
    public string? LessonsLearned { get; set; }
    public string? NationalEngagement { get; set; }

    /// <summary>"yes" or "no" (true/false accepted): the pledger must choose.</summary>
    public string? ConsentToPublish { get; set; }
    public string? Language { get; set; }

    public static UpdateInput From(UpdateValues v)
    {
        static string? N(long? n) => n?.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new UpdateInput
        {
            Stage = v.Stage is { } s ? FilterValues.Kebab(s) : null, Results = v.Results,
            PeopleReachedTotal = N(v.PeopleReachedTotal), PeopleReachedMigrants = N(v.PeopleReachedMigrants),
            PeopleReachedRefugees = N(v.PeopleReachedRefugees), PeopleReachedIdps = N(v.PeopleReachedIdps),
            PeopleReachedHostCommunity = N(v.PeopleReachedHostCommunity), PeopleReachedWomen = N(v.PeopleReachedWomen),
            PeopleReachedChildren = N(v.PeopleReachedChildren),
            MoneyAmount = v.MoneyAmount?.ToString(System.Globalization.CultureInfo.InvariantCulture), MoneyCurrency = v.MoneyCurrency,
            UsdRate = v.UsdRate?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            UsdRateOn = v.UsdRateOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            Challenges = [.. v.Challenges.Select(FilterValues.Kebab)], ChallengesText = v.ChallengesText,
            ChallengesAddressed = v.ChallengesAddressed, LessonsLearned = v.LessonsLearned,
            NationalEngagement = v.NationalEngagement is { } e ? FilterValues.Kebab(e) : null,
            ConsentToPublish = v.ConsentToPublish switch { true => "yes", false => "no", null => null }, Language = v.Language,
        };
    }
}

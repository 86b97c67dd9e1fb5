using LocalAction.Web.Features.Pledges;

namespace LocalAction.Web.Features.Updates;

/// <summary>
/// An update's checked values: what the form, the API and the import produce, what is stored as the submitted values,
/// and what the Secretariat's corrections are compared against.
/// </summary>
public sealed record UpdateValues
{
    public PledgeStage? Stage { get; init; }
    public string? Results { get; init; }
    public long? PeopleReachedTotal { get; init; }
    public long? PeopleReachedMigrants { get; init; }
    public long? PeopleReachedRefugees { get; init; }
    public long? PeopleReachedIdps { get; init; }
    public long? PeopleReachedHostCommunity { get; init; }
    public long? PeopleReachedWomen { get; init; }
    public long? PeopleReachedChildren { get; init; }
    public decimal? MoneyAmount { get; init; }
    public string? MoneyCurrency { get; init; }
    public decimal? UsdRate { get; init; }
    public DateOnly? UsdRateOn { get; init; }
    public IReadOnlyList<Challenge> Challenges { get; init; } = [];
    public string? ChallengesText { get; init; }
    public string? ChallengesAddressed { get; init; }
    public string? LessonsLearned { get; init; }
    public NationalEngagement? NationalEngagement { get; init; }
    public bool? ConsentToPublish { get; init; }
    public string? Language { get; init; }

    /// <summary>The money in US dollars, when an amount and its rate are known.</summary>
    public decimal? MoneyUsd => MoneyAmount is { } a && UsdRate is { } r ? decimal.Round(a * r, 2) : null;

    public static UpdateValues Of(PledgeUpdate u) => new()
    {
        Stage = u.Stage, Results = u.Results, PeopleReachedTotal = u.PeopleReachedTotal, PeopleReachedMigrants = u.PeopleReachedMigrants,
        PeopleReachedRefugees = u.PeopleReachedRefugees, PeopleReachedIdps = u.PeopleReachedIdps,
        PeopleReachedHostCommunity = u.PeopleReachedHostCommunity, PeopleReachedWomen = u.PeopleReachedWomen,
        PeopleReachedChildren = u.PeopleReachedChildren, MoneyAmount = u.MoneyMobilizedAmount, MoneyCurrency = u.MoneyMobilizedCurrency,
        UsdRate = u.UsdRate, UsdRateOn = u.UsdRateOn, Challenges = [.. u.Challenges.Select(c => c.Challenge).Order()],
        ChallengesText = u.ChallengesText, ChallengesAddressed = u.ChallengesAddressed, LessonsLearned = u.LessonsLearned,
        NationalEngagement = u.NationalEngagement, ConsentToPublish = u.ConsentToPublish, Language = u.Language,
    };

    /// <summary>Writes these values into <paramref name="u"/> (challenges included).</summary>
    public void ApplyTo(PledgeUpdate u)
    {
        u.Stage = Stage; u.Results = Results; u.PeopleReachedTotal = PeopleReachedTotal; u.PeopleReachedMigrants = PeopleReachedMigrants;
        u.PeopleReachedRefugees = PeopleReachedRefugees; u.PeopleReachedIdps = PeopleReachedIdps;
        u.PeopleReachedHostCommunity = PeopleReachedHostCommunity; u.PeopleReachedWomen = PeopleReachedWomen;
        u.PeopleReachedChildren = PeopleReachedChildren; u.PeopleReachedQualifier = PeopleReachedTotal is null ? null : FigureQualifier.Exact;
        u.MoneyMobilizedAmount = MoneyAmount; u.MoneyMobilizedCurrency = MoneyCurrency;
        u.MoneyMobilizedQualifier = MoneyAmount is null ? null : FigureQualifier.Exact;
        u.UsdRate = UsdRate; u.UsdRateOn = UsdRateOn; u.MoneyMobilizedUsd = MoneyUsd;
        u.ChallengesText = ChallengesText; u.ChallengesAddressed = ChallengesAddressed; u.LessonsLearned = LessonsLearned;
        u.NationalEngagement = NationalEngagement; u.ConsentToPublish = ConsentToPublish; u.Language = Language;
        u.Challenges.RemoveAll(c => !Challenges.Contains(c.Challenge));
        foreach (var c in Challenges.Where(c => u.Challenges.All(x => x.Challenge != c)))
            u.Challenges.Add(new PledgeUpdateChallenge { PledgeUpdateId = u.Id, Challenge = c });
    }

    /// <summary>The fields whose value differs between two versions, for showing submitted against validated.</summary>
    public static IReadOnlyList<string> Differences(UpdateValues a, UpdateValues b)
    {
        var diff = new List<string>();
        void Check<T>(string field, T x, T y) { if (!EqualityComparer<T>.Default.Equals(x, y)) diff.Add(field); }
        Check(UpdateFields.Stage, a.Stage, b.Stage);
        Check(UpdateFields.Results, a.Results, b.Results);
        Check(UpdateFields.PeopleReachedTotal, a.PeopleReachedTotal, b.PeopleReachedTotal);
        Check(UpdateFields.PeopleReachedMigrants, a.PeopleReachedMigrants, b.PeopleReachedMigrants);
        Check(UpdateFields.PeopleReachedRefugees, a.PeopleReachedRefugees, b.PeopleReachedRefugees);
        Check(UpdateFields.PeopleReachedIdps, a.PeopleReachedIdps, b.PeopleReachedIdps);
        Check(UpdateFields.PeopleReachedHostCommunity, a.PeopleReachedHostCommunity, b.PeopleReachedHostCommunity);
        Check(UpdateFields.PeopleReachedWomen, a.PeopleReachedWomen, b.PeopleReachedWomen);
        Check(UpdateFields.PeopleReachedChildren, a.PeopleReachedChildren, b.PeopleReachedChildren);
        Check(UpdateFields.MoneyAmount, a.MoneyAmount, b.MoneyAmount);
        Check(UpdateFields.MoneyCurrency, a.MoneyCurrency, b.MoneyCurrency);
        Check(UpdateFields.UsdRate, a.UsdRate, b.UsdRate);
        Check(UpdateFields.UsdRateOn, a.UsdRateOn, b.UsdRateOn);
        if (!a.Challenges.Order().SequenceEqual(b.Challenges.Order())) diff.Add(UpdateFields.Challenges);
        Check(UpdateFields.ChallengesText, a.ChallengesText, b.ChallengesText);
        Check(UpdateFields.ChallengesAddressed, a.ChallengesAddressed, b.ChallengesAddressed);
        Check(UpdateFields.LessonsLearned, a.LessonsLearned, b.LessonsLearned);
        Check(UpdateFields.NationalEngagement, a.NationalEngagement, b.NationalEngagement);
        Check(UpdateFields.ConsentToPublish, a.ConsentToPublish, b.ConsentToPublish);
        return diff;
    }
}

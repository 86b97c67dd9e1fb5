namespace LocalAction.Web.Features.Updates;

/// <summary>The update form's field names: the keys of validation errors, form inputs, API properties and import columns.</summary>
public static class UpdateFields
{
    public const string Stage = "stage";
    public const string Results = "results";
    public const string PeopleReachedTotal = "peopleReachedTotal";
    public const string PeopleReachedMigrants = "peopleReachedMigrants";
    public const string PeopleReachedRefugees = "peopleReachedRefugees";
    public const string PeopleReachedIdps = "peopleReachedIdps";
    public const string PeopleReachedHostCommunity = "peopleReachedHostCommunity";
    public const string PeopleReachedWomen = "peopleReachedWomen";
    public const string PeopleReachedChildren = "peopleReachedChildren";
    public const string MoneyAmount = "moneyAmount";
    public const string MoneyCurrency = "moneyCurrency";
    public const string UsdRate = "usdRate";
    public const string UsdRateOn = "usdRateOn";
    public const string Challenges = "challenges";
    public const string ChallengesText = "challengesText";
    public const string ChallengesAddressed = "challengesAddressed";
    public const string LessonsLearned = "lessonsLearned";
    public const string NationalEngagement = "nationalEngagement";
    public const string ConsentToPublish = "consentToPublish";
    public const string Language = "language";
    public const string Attachments = "attachments";

    public const int ResultsMax = 20_000;
    public const int TextMax = 5_000;

    /// <summary>No local pledge reaches more people than this; larger figures are typing mistakes.</summary>
    public const long PeopleMax = 50_000_000;

    /// <summary>Above any local government's mobilized funds, in any currency's units.</summary>
    public const decimal MoneyMax = 1_000_000_000_000m;

    /// <summary>US dollars per unit of a currency: from about 0.00001 (the weakest currencies) to about 4 (the strongest).</summary>
    public const decimal UsdRateMax = 10m;
}

namespace LocalAction.Web.Features.Submissions;

/// <summary>
/// The form's steps and the fields each one holds. Field names are the API's JSON names and the form's element ids, so an
/// error can be shown next to its field and linked from the summary.
/// </summary>
public static class SubmissionFields
{
    public const string Round = "round";
    public const string LeadOrganization = "leadOrganization";
    public const string Title = "title";
    public const string Description = "description";
    public const string Language = "language";
    public const string Translations = "translations";
    public const string Compact = "compact";
    public const string Beneficiaries = "beneficiaries";
    public const string Priorities = "priorities";
    public const string GcmObjectives = "gcmObjectives";
    public const string GuidingPrinciples = "guidingPrinciples";
    public const string GcrObjectives = "gcrObjectives";
    public const string GcrAreas = "gcrAreas";
    public const string Sdgs = "sdgs";
    public const string StartYear = "startYear";
    public const string EndYear = "endYear";
    public const string BudgetAmount = "budgetAmount";
    public const string BudgetCurrency = "budgetCurrency";
    public const string Stage = "stage";
    public const string Partners = "partners";
    public const string CoPledgers = "coPledgers";

    /// <summary>Step number → its title (a resource key) and fields.</summary>
    public static readonly IReadOnlyList<(int Number, string Title, string[] Fields)> Steps =
    [
        (1, "Organization and round", [LeadOrganization, Round]),
        (2, "Title and description", [Title, Description, Language, Translations]),
        (3, "Compact and beneficiaries", [Compact, Beneficiaries]),
        (4, "Priorities", [Priorities]),
        (5, "Objectives and goals", [GcmObjectives, GuidingPrinciples, GcrObjectives, GcrAreas, Sdgs]),
        (6, "Timeline and budget", [StartYear, EndYear, BudgetAmount, BudgetCurrency, Stage]),
        (7, "Partners and co-pledgers", [Partners, CoPledgers]),
    ];

    public static int StepOf(string field) => Steps.FirstOrDefault(s => s.Fields.Contains(field)).Number is var n and > 0 ? n : 1;

    public const int TitleMaxLength = 500;
    public const int DescriptionMaxLength = 20_000;
    public const int PartnerNameMaxLength = 300;
    public const int MaxPartners = 50;
    public const int MaxCoPledgers = 50;
    public const int CommentMaxLength = 4_000;

    /// <summary>Languages a pledge may be written in: the UN's six and others the Call's pledgers use.</summary>
    public static readonly string[] Languages = ["en", "fr", "es", "ar", "pt", "ru", "zh", "de", "it", "tr", "sw"];
}

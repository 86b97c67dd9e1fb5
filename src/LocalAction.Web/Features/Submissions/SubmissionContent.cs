using LocalAction.Web.Features.Pledges;

namespace LocalAction.Web.Features.Submissions;

/// <summary>
/// What a submitter proposes, as entered: the form's steps and the API's body. Stored as JSON on the submission and
/// turned into a <see cref="Pledge"/> when published. Unknown stays null.
/// </summary>
public sealed record SubmissionContent
{
    public string? Round { get; init; }
    public int? LeadOrganizationId { get; init; }
    public string? Title { get; init; }
    public string? Description { get; init; }
    public string? Language { get; init; }

    /// <summary>The title and description in other site languages, as the pledgers provide them (optional).</summary>
    public IReadOnlyList<SubmittedTranslation> Translations { get; init; } = [];
    public Compact? Compact { get; init; }
    public IReadOnlyList<BeneficiaryGroup> Beneficiaries { get; init; } = [];
    public IReadOnlyList<int> Priorities { get; init; } = [];
    public IReadOnlyList<int> GcmObjectives { get; init; } = [];
    public IReadOnlyList<string> GuidingPrinciples { get; init; } = [];
    public IReadOnlyList<int> GcrObjectives { get; init; } = [];
    public IReadOnlyList<string> GcrAreas { get; init; } = [];
    public IReadOnlyList<int> Sdgs { get; init; } = [];
    public int? StartYear { get; init; }
    public int? EndYear { get; init; }
    public bool Ongoing { get; init; }
    public decimal? BudgetAmount { get; init; }
    public string? BudgetCurrency { get; init; }
    public PledgeStage? Stage { get; init; }
    public IReadOnlyList<SubmittedPartner> Partners { get; init; } = [];

    /// <summary>Organizations pledging jointly with the lead (by id); they must accept before they can edit.</summary>
    public IReadOnlyList<int> CoPledgers { get; init; } = [];
}

/// <summary>The title and description in another language, given with the pledge.</summary>
public sealed record SubmittedTranslation(string Language, string? Title, string? Description);

/// <summary>A partner named in a submission.</summary>
public sealed record SubmittedPartner(string Name, PartnerType? Type);

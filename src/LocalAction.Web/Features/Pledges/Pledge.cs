using LocalAction.Web.Features.Rounds;
using LocalAction.Web.Features.Updates;

namespace LocalAction.Web.Features.Pledges;

/// <summary>
/// A concrete local action pledged through the Call to Local Action. Unknown facts stay null:
/// a record registered in a round without documented details is still a pledge and is counted.
/// </summary>
public sealed class Pledge
{
    public int Id { get; init; }

    /// <summary>Stable public id, e.g. "CLA-2022-0007": never reused, never changed.</summary>
    public required string PublicId { get; init; }

    /// <summary>
    /// The pledge's id in another system it was imported from (a network's own register, a spreadsheet), where there is one:
    /// unique when set, so an import can find the pledge again by it.
    /// </summary>
    public string? ExternalId { get; set; }
    public string? Title { get; set; }
    public string? Description { get; set; }

    /// <summary>BCP 47 language of the original text, where known.</summary>
    public string? OriginalLanguage { get; set; }
    public int RoundId { get; set; }
    public Round? Round { get; set; }
    public PledgeKind? Kind { get; set; }
    public Compact? Compact { get; set; }
    public int? StartYear { get; set; }
    public int? EndYear { get; set; }

    /// <summary>True where the timeline is open-ended ("2023 – ongoing").</summary>
    public bool? Ongoing { get; set; }
    public decimal? BudgetAmount { get; set; }

    /// <summary>ISO 4217 code of <see cref="BudgetAmount"/>.</summary>
    public string? BudgetCurrency { get; set; }
    public PledgeStage? Stage { get; set; }

    /// <summary>The day the pledge was published through the platform; null for pledges taken from the seed documents.</summary>
    public DateOnly? PledgedOn { get; set; }
    public ReviewState ReviewState { get; set; }
    public Completeness Completeness { get; set; }

    /// <summary>The source document (seed file name or "submission") and the section the facts come from.</summary>
    public required string SourceDocument { get; set; }
    public string? SourceSection { get; set; }

    /// <summary>How the record was matched to its source, where a reader should know (e.g. an ambiguous round).</summary>
    public string? SourceNote { get; set; }

    /// <summary>True for generated load-test records (the synthetic verb); never true in the real registry.</summary>
    public bool IsSynthetic { get; init; }

    /// <summary>Optimistic concurrency: incremented on every change.</summary>
    public int Version { get; set; }
    public DateTime CreatedAt { get; init; }
    public DateTime UpdatedAt { get; set; }

    public List<PledgeOrganization> Organizations { get; } = [];
    public List<PledgeBeneficiary> Beneficiaries { get; } = [];
    public List<PledgePriority> Priorities { get; } = [];
    public List<PledgeGcmObjective> GcmObjectives { get; } = [];
    public List<PledgeGuidingPrinciple> GuidingPrinciples { get; } = [];
    public List<PledgeGcrObjective> GcrObjectives { get; } = [];
    public List<PledgeGcrArea> GcrAreas { get; } = [];
    public List<PledgeSdg> Sdgs { get; } = [];
    public List<PledgePartner> Partners { get; } = [];
    public List<PledgeUpdate> Updates { get; } = [];
    public List<Translations.PledgeTranslation> Translations { get; } = [];
}

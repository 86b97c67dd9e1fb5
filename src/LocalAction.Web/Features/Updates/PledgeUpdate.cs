using LocalAction.Web.Features.Pledges;

namespace LocalAction.Web.Features.Updates;

/// <summary>A progress report on a pledge: stage, results, people reached, money mobilized, challenges and lessons.</summary>
public sealed class PledgeUpdate
{
    public int Id { get; init; }
    public int PledgeId { get; init; }
    public Pledge? Pledge { get; init; }

    /// <summary>When the update was reported, where known.</summary>
    public DateOnly? ReportedOn { get; set; }

    /// <summary>The period the update describes when no exact date is known, e.g. "as of December 2025".</summary>
    public string? AsOf { get; set; }
    public PledgeStage? Stage { get; set; }
    public string? Results { get; set; }
    public long? PeopleReachedTotal { get; set; }
    public FigureQualifier? PeopleReachedQualifier { get; set; }
    public long? PeopleReachedMigrants { get; set; }
    public long? PeopleReachedRefugees { get; set; }
    public long? PeopleReachedIdps { get; set; }
    public long? PeopleReachedHostCommunity { get; set; }
    public long? PeopleReachedWomen { get; set; }
    public long? PeopleReachedChildren { get; set; }

    /// <summary>What the people-reached figure counts, in the source's words ("informal waste workers", "students each year").</summary>
    public string? PeopleReachedNote { get; set; }
    public decimal? MoneyMobilizedAmount { get; set; }
    public string? MoneyMobilizedCurrency { get; set; }
    public FigureQualifier? MoneyMobilizedQualifier { get; set; }
    public List<PledgeUpdateChallenge> Challenges { get; } = [];
    public string? ChallengesText { get; set; }
    public string? ChallengesAddressed { get; set; }
    public string? LessonsLearned { get; set; }
    public NationalEngagement? NationalEngagement { get; set; }
    public UpdateStatus Status { get; set; }

    /// <summary>The campaign the update was sent in; null for updates taken from the seed documents.</summary>
    public int? CampaignId { get; set; }

    /// <summary>The language the update was written in (en, fr, es ...).</summary>
    public string? Language { get; set; }

    /// <summary>Whether the pledger agreed to publish the narrative and files; figures count in statistics either way.</summary>
    public bool? ConsentToPublish { get; set; }

    /// <summary>The money mobilized in US dollars, with the rate used and the day of that rate, so the conversion can be checked.</summary>
    public decimal? MoneyMobilizedUsd { get; set; }
    public decimal? UsdRate { get; set; }
    public DateOnly? UsdRateOn { get; set; }

    /// <summary>The values as the pledger submitted them (<see cref="UpdateValues"/> as JSON), kept when the Secretariat corrects them.</summary>
    public string? SubmittedJson { get; set; }
    public string? SubmittedByUserId { get; set; }
    public DateTime? SubmittedAt { get; set; }
    public string? ValidatedByUserId { get; set; }
    public DateTime? ValidatedAt { get; set; }

    /// <summary>Why the Secretariat rejected the update, shown to the pledger.</summary>
    public string? RejectionReason { get; set; }
    public List<UpdateInterview> Interviews { get; } = [];
    public List<UpdateAttachment> Attachments { get; } = [];
    public required string SourceDocument { get; set; }
    public string? SourceSection { get; set; }
    public int Version { get; set; }
    public DateTime CreatedAt { get; init; }
    public DateTime UpdatedAt { get; set; }
}

namespace LocalAction.Web.Features.Exports;

/// <summary>
/// One validated update of an exported pledge. Without the pledger's consent to publish, the narrative (results, the note
/// on people reached, challenges, lessons, national engagement) is null here, as on the pledge page: the figures stay.
/// </summary>
public sealed record UpdateExportRow
{
    public required string PledgePublicId { get; init; }
    public string? PledgeExternalId { get; init; }
    public string? PledgeTitle { get; init; }
    public DateOnly? ReportedOn { get; init; }
    public string? AsOf { get; init; }
    public DateOnly? ValidatedOn { get; init; }

    /// <summary>The day the update counts from (reported, else its source's month, else validated): the order of the updates.</summary>
    public DateOnly? Date { get; init; }
    public ExportTerm? Stage { get; init; }
    public string? Results { get; init; }
    public long? PeopleReachedTotal { get; init; }
    public string? PeopleReachedQualifier { get; init; }
    public long? PeopleReachedMigrants { get; init; }
    public long? PeopleReachedRefugees { get; init; }
    public long? PeopleReachedIdps { get; init; }
    public long? PeopleReachedHostCommunity { get; init; }
    public long? PeopleReachedWomen { get; init; }
    public long? PeopleReachedChildren { get; init; }
    public string? PeopleReachedNote { get; init; }
    public decimal? MoneyMobilizedAmount { get; init; }
    public string? MoneyMobilizedCurrency { get; init; }
    public string? MoneyMobilizedQualifier { get; init; }
    public decimal? MoneyMobilizedUsd { get; init; }
    public decimal? UsdRate { get; init; }
    public DateOnly? UsdRateOn { get; init; }
    public IReadOnlyList<ExportTerm> Challenges { get; init; } = [];
    public string? ChallengesText { get; init; }
    public string? ChallengesAddressed { get; init; }
    public string? LessonsLearned { get; init; }
    public ExportTerm? NationalEngagement { get; init; }
    public string? Language { get; init; }
    public bool? ConsentToPublish { get; init; }
    public required string SourceDocument { get; init; }
    public required string SourceName { get; init; }
    public string? SourceSection { get; init; }
}

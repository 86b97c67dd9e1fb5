namespace LocalAction.Web.Features.Pledges;

/// <summary>Everything public about one pledge: what the pledge page shows and GET /api/v1/pledges/{publicId} returns.</summary>
public sealed record PledgeDetail(
    string PublicId,
    string? Title,
    string? Description,
    string? OriginalLanguage,
    PledgeDetail.RoundRef Round,
    string? Kind,
    string? Compact,
    PledgeDetail.Timeline Period,
    PledgeDetail.Money? Budget,
    string? Stage,
    string Completeness,
    bool IsSynthetic,
    IReadOnlyList<PledgeDetail.Pledger> Pledgers,
    IReadOnlyList<string> Beneficiaries,
    IReadOnlyList<PledgeDetail.PriorityLink> Priorities,
    IReadOnlyList<PledgeDetail.TermLink> GcmObjectives,
    IReadOnlyList<PledgeDetail.TermLink> GuidingPrinciples,
    IReadOnlyList<PledgeDetail.TermLink> GcrObjectives,
    IReadOnlyList<PledgeDetail.TermLink> GcrAreas,
    IReadOnlyList<PledgeDetail.SdgLink> Sdgs,
    IReadOnlyList<PledgeDetail.Partner> Partners,
    IReadOnlyList<PledgeDetail.Update> Updates,
    PledgeDetail.SourceRef Source,
    IReadOnlyList<PledgeDetail.RevisionEntry> Revisions,
    DateTime UpdatedAt,
    PledgeDetail.ReportingRef Reporting,
    string? TextLanguage = null,
    IReadOnlyList<PledgeDetail.TranslationRef>? Translations = null)
{
    /// <summary>
    /// The title and description in another language: who provided it (secretariat or pledger), when, and whether the
    /// pledge changed after it was made (so it may no longer say the same).
    /// </summary>
    public sealed record TranslationRef(string Language, string? Title, string? Description, string Source, DateTime UpdatedAt, bool MayBeOutdated);

    public sealed record RoundRef(string Code, string Name, int Year, string Forum);
    public sealed record Timeline(int? StartYear, int? EndYear, bool? Ongoing);
    public sealed record Money(decimal Amount, string Currency, string? Qualifier = null);
    public sealed record Pledger(string Slug, string Name, string Role, string Kind, string? CountryCode, string? CountryName);
    public sealed record PriorityLink(int Number, string Name);
    public sealed record TermLink(string Code, string Name, string Origin);
    public sealed record SdgLink(int Number, string Name, string Colour, string Origin);
    public sealed record Partner(string Name, string? Type);
    public sealed record Update(
        string? ReportedOn, string? AsOf, string? Stage, string? Results, long? PeopleReachedTotal, string? PeopleReachedQualifier,
        IReadOnlyDictionary<string, long> PeopleReachedByGroup, string? PeopleReachedNote, Money? MoneyMobilized,
        IReadOnlyList<string> Challenges, string? ChallengesText, string? ChallengesAddressed, string? LessonsLearned,
        string? NationalEngagement, SourceRef Source, int Id = 0, string? Date = null, string? StageChangedFrom = null,
        UsdMoney? MoneyMobilizedUsd = null, bool NarrativeWithheld = false, IReadOnlyList<AttachmentRef>? Attachments = null);

    /// <summary>The money in US dollars with the rate and its day, so a reader can check the conversion.</summary>
    public sealed record UsdMoney(decimal Amount, decimal? Rate, string? RateOn);
    public sealed record AttachmentRef(int Id, string FileName, string Kind, long SizeBytes);

    /// <summary>
    /// The traffic light (green, amber, red) on the day the page was made, the day it is counted from and why that day:
    /// update-reported, update-source-month, update-validated, pledge-published or round-year-end.
    /// </summary>
    public sealed record ReportingRef(string Light, string Since, string Basis, bool Inactive);
    public sealed record SourceRef(string Document, string? Section, string? Note);
    public sealed record RevisionEntry(int Version, string Action, string ChangedBy, DateTime ChangedAt, string? Reason);
}

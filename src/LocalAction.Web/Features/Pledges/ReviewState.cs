namespace LocalAction.Web.Features.Pledges;

/// <summary>Where the pledge record stands in the Secretariat's review.</summary>
public enum ReviewState
{
    Draft,
    Submitted,
    InReview,
    ChangesRequested,
    Validated,
    Published,
    Rejected,
    Withdrawn,
}

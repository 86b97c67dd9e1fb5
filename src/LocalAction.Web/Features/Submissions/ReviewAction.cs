using LocalAction.Web.Features.Pledges;

namespace LocalAction.Web.Features.Submissions;

/// <summary>The Secretariat's decisions and the states each may be taken from.</summary>
public static class ReviewAction
{
    public const string StartReview = "start-review";
    public const string RequestChanges = "request-changes";
    public const string Validate = "validate";
    public const string Publish = "publish";
    public const string Reject = "reject";
    public const string MarkIdpOnly = "mark-idp-only";

    public static readonly IReadOnlyDictionary<string, (ReviewState[] From, ReviewState To, bool NeedsComment)> Rules =
        new Dictionary<string, (ReviewState[], ReviewState, bool)>
        {
            [StartReview] = ([ReviewState.Submitted], ReviewState.InReview, false),
            [RequestChanges] = ([ReviewState.Submitted, ReviewState.InReview, ReviewState.Validated], ReviewState.ChangesRequested, true),
            [Validate] = ([ReviewState.InReview], ReviewState.Validated, false),
            [Publish] = ([ReviewState.Validated], ReviewState.Published, false),
            [Reject] = ([ReviewState.Submitted, ReviewState.InReview, ReviewState.Validated], ReviewState.Rejected, true),
            // Kept and published, but counted apart: an action for internally displaced people only is neither GCM nor GCR.
            [MarkIdpOnly] = ([ReviewState.Submitted, ReviewState.InReview, ReviewState.Validated], ReviewState.Published, false),
        };

    /// <summary>States in which a submission is still open (not yet decided for good).</summary>
    public static bool IsOpen(ReviewState state) => state is not (ReviewState.Published or ReviewState.Rejected or ReviewState.Withdrawn);
}

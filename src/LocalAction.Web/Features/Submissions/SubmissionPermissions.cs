using LocalAction.Web.Features.Pledges;

namespace LocalAction.Web.Features.Submissions;

/// <summary>
/// What one person may do with one submission. Submitters (focal points and network staff acting for the lead or an
/// accepted co-pledger) edit and submit drafts and returned submissions; once submitted, only the Secretariat edits it.
/// </summary>
public sealed record SubmissionPermissions(bool CanView, bool CanEdit, bool CanSubmit, bool CanReview, bool CanWithdraw, IReadOnlyList<int> CanAcceptFor)
{
    public static SubmissionPermissions For(Submission s, bool isSecretariat, IReadOnlySet<int> acting)
    {
        var isPledger = acting.Contains(s.LeadOrganizationId) || s.CoPledgers.Any(c => c.AcceptedAt is not null && acting.Contains(c.OrganizationId));
        var pendingFor = s.CoPledgers.Where(c => c.AcceptedAt is null && acting.Contains(c.OrganizationId)).Select(c => c.OrganizationId).ToList();
        var submitterEditable = s.State is ReviewState.Draft or ReviewState.ChangesRequested;
        var open = ReviewAction.IsOpen(s.State);
        return new SubmissionPermissions(
            CanView: isSecretariat || isPledger || pendingFor.Count > 0,
            CanEdit: (isPledger && submitterEditable) || (isSecretariat && open),
            CanSubmit: (isPledger || isSecretariat) && submitterEditable,
            CanReview: isSecretariat && open,
            CanWithdraw: isPledger && s.State is ReviewState.Draft or ReviewState.ChangesRequested or ReviewState.Submitted,
            CanAcceptFor: ReviewAction.IsOpen(s.State) ? pendingFor : []);
    }
}

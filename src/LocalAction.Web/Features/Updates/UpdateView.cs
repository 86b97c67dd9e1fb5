namespace LocalAction.Web.Features.Updates;

/// <summary>An update as the API shows it to its pledgers and the Secretariat: submitted and current values, and what differs.</summary>
public sealed record UpdateView(int Id, string Pledge, string Status, int Version, string? Campaign, DateOnly? ReportedOn, DateTime? SubmittedAt,
    DateTime? ValidatedAt, string? RejectionReason, UpdateInput Submitted, UpdateInput Current, IReadOnlyList<string> Corrected,
    decimal? MoneyMobilizedUsd, IReadOnlyList<InterviewView> Interviews, IReadOnlyList<AttachmentView> Attachments)
{
    public static UpdateView Of(PledgeUpdate u, string? campaignCode)
    {
        var submitted = UpdateWorkflow.SubmittedValues(u);
        var current = UpdateValues.Of(u);
        return new UpdateView(u.Id, u.Pledge?.PublicId ?? "", u.Status.ToString(), u.Version, campaignCode, u.ReportedOn, u.SubmittedAt, u.ValidatedAt,
            u.RejectionReason, UpdateInput.From(submitted), UpdateInput.From(current), UpdateValues.Differences(submitted, current), u.MoneyMobilizedUsd,
            [.. u.Interviews.OrderBy(i => i.HeldOn).ThenBy(i => i.Id).Select(i => new InterviewView(i.HeldOn, i.Interviewer, i.Notes, i.RecordedAt))],
            [.. u.Attachments.OrderBy(a => a.Id).Select(a => new AttachmentView(a.Id, a.FileName, a.ContentType, a.SizeBytes, $"/updates/{u.Id}/attachments/{a.Id}"))]);
    }
}

public sealed record InterviewView(DateOnly HeldOn, string Interviewer, string Notes, DateTime RecordedAt);

public sealed record AttachmentView(int Id, string FileName, string ContentType, long SizeBytes, string Url);

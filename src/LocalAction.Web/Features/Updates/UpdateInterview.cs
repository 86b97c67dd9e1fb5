namespace LocalAction.Web.Features.Updates;

/// <summary>A follow-up interview the Secretariat held about an update (seed 001, section 05: "targeted follow-up interviews").</summary>
public sealed class UpdateInterview
{
    public int Id { get; init; }
    public int PledgeUpdateId { get; init; }
    public DateOnly HeldOn { get; init; }
    public required string Interviewer { get; init; }
    public required string Notes { get; init; }
    public required string RecordedByUserId { get; init; }
    public DateTime RecordedAt { get; init; }
}

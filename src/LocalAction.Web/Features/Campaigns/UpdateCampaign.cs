namespace LocalAction.Web.Features.Campaigns;

/// <summary>
/// A period in which pledgers are asked to report progress ("2025 pledge update", "pre-IMRF 2026") on the pledges in its
/// scope. Updates are accepted from <see cref="OpensOn"/> to <see cref="ClosesOn"/>, both days included.
/// </summary>
public sealed class UpdateCampaign
{
    public int Id { get; init; }

    /// <summary>Stable code used in URLs and files, e.g. "pre-imrf-2026".</summary>
    public required string Code { get; init; }
    public required string Name { get; set; }
    public DateOnly OpensOn { get; set; }
    public DateOnly ClosesOn { get; set; }
    public DateTime CreatedAt { get; init; }
    public required string CreatedByUserId { get; init; }
    public List<UpdateCampaignPledge> Pledges { get; } = [];

    public bool IsOpenOn(DateOnly day) => day >= OpensOn && day <= ClosesOn;
}

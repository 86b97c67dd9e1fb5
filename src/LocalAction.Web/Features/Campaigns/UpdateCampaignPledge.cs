namespace LocalAction.Web.Features.Campaigns;

/// <summary>A pledge in a campaign's scope, fixed when the campaign is created so the scope never shifts under reminders.</summary>
public sealed class UpdateCampaignPledge
{
    public int CampaignId { get; init; }
    public int PledgeId { get; init; }
}

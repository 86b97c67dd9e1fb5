namespace LocalAction.Web.Features.Pledges;

/// <summary>Where the action stands.</summary>
public enum PledgeStage
{
    Planning,
    InProgress,
    Fulfilled,
    Discontinued,
}

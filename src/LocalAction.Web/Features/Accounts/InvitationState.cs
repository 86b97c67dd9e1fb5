namespace LocalAction.Web.Features.Accounts;

/// <summary>Where an invitation stands.</summary>
public enum InvitationState
{
    Pending,
    Accepted,
    Expired,
    Revoked,
}

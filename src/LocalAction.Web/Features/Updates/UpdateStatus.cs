namespace LocalAction.Web.Features.Updates;

/// <summary>Where a pledge update stands: only validated updates are public.</summary>
public enum UpdateStatus
{
    Draft,
    Submitted,
    Validated,
    Rejected,
}

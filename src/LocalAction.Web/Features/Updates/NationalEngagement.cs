namespace LocalAction.Web.Features.Updates;

/// <summary>How far the local government is involved in national-level GCM/GCR processes.</summary>
public enum NationalEngagement
{
    NotInvited,
    AdHoc,
    Institutionalized,
}

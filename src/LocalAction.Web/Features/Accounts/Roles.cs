namespace LocalAction.Web.Features.Accounts;

/// <summary>The four roles. Focal points and network staff act for the organizations of their memberships.</summary>
public static class Roles
{
    public const string Administrator = "Administrator";
    public const string Secretariat = "Secretariat";
    public const string FocalPoint = "FocalPoint";
    public const string NetworkStaff = "NetworkStaff";

    public static readonly string[] All = [Administrator, Secretariat, FocalPoint, NetworkStaff];

    /// <summary>Roles bound to an organization: an invitation to them names one.</summary>
    public static bool NeedsOrganization(string role) => role is FocalPoint or NetworkStaff;
}

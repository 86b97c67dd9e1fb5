namespace LocalAction.Web.Features.Pledges;

/// <summary>The kind of partner named in a pledge.</summary>
public enum PartnerType
{
    CivilSociety,
    UnAgency,
    PrivateSector,
    NationalGovernment,
    OtherLocalGovernment,
    Academia,
    Donor,
    RefugeeOrMigrantLedOrganization,
    Other,
}

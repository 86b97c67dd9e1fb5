namespace LocalAction.Web.Features.Organizations;

/// <summary>What kind of government or organization pledges.</summary>
public enum OrganizationKind
{
    CityOrMunicipality,
    DistrictOrCounty,
    ProvinceStateOrRegion,
    LocalGovernmentNetwork,
    NationalGovernment,
    InternationalOrPartnerOrganization,
}

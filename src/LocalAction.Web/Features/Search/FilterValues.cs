using LocalAction.Web.Features.Organizations;
using LocalAction.Web.Features.Pledges;

namespace LocalAction.Web.Features.Search;

/// <summary>
/// The stable words used in URLs and the API for enum values (never the C# names, which may be renamed).
/// "not-stated" stands for an unknown value so that gaps in the data can be found and counted.
/// </summary>
public static class FilterValues
{
    public const string NotStated = "not-stated";
    public const string Yes = "yes";
    public const string No = "no";

    public static readonly IReadOnlyDictionary<Compact, string> Compacts = new Dictionary<Compact, string>
    {
        [Compact.Gcm] = "gcm", [Compact.Gcr] = "gcr", [Compact.Mirror] = "mirror", [Compact.IdpOnly] = "idp-only",
    };

    public static readonly IReadOnlyDictionary<BeneficiaryGroup, string> Beneficiaries = new Dictionary<BeneficiaryGroup, string>
    {
        [BeneficiaryGroup.Migrants] = "migrants", [BeneficiaryGroup.Refugees] = "refugees", [BeneficiaryGroup.InternallyDisplacedPersons] = "idps",
        [BeneficiaryGroup.StatelessPersons] = "stateless", [BeneficiaryGroup.HostCommunity] = "host-community",
    };

    public static readonly IReadOnlyDictionary<PledgeStage, string> Stages = new Dictionary<PledgeStage, string>
    {
        [PledgeStage.Planning] = "planning", [PledgeStage.InProgress] = "in-progress", [PledgeStage.Fulfilled] = "fulfilled", [PledgeStage.Discontinued] = "discontinued",
    };

    public static readonly IReadOnlyDictionary<OrganizationKind, string> Kinds = new Dictionary<OrganizationKind, string>
    {
        [OrganizationKind.CityOrMunicipality] = "city", [OrganizationKind.DistrictOrCounty] = "district",
        [OrganizationKind.ProvinceStateOrRegion] = "province", [OrganizationKind.LocalGovernmentNetwork] = "network",
        [OrganizationKind.NationalGovernment] = "national-government", [OrganizationKind.InternationalOrPartnerOrganization] = "partner",
    };

    public static readonly IReadOnlyDictionary<Completeness, string> Completenesses = new Dictionary<Completeness, string>
    {
        [Completeness.Documented] = "documented", [Completeness.DetailsNotDocumented] = "not-documented",
    };

    public static readonly IReadOnlyDictionary<PledgeKind, string> PledgeKinds = new Dictionary<PledgeKind, string>
    {
        [PledgeKind.Individual] = "individual", [PledgeKind.CityToCityJoint] = "city-to-city", [PledgeKind.NationalLocal] = "national-local",
        [PledgeKind.NetworkOnBehalfOfMembers] = "network",
    };

    /// <summary>An enum value as a lower-case, hyphenated word ("FinancingGaps" becomes "financing-gaps").</summary>
    public static string Kebab<T>(T value) where T : struct, Enum =>
        string.Concat(value.ToString().Select((ch, i) => char.IsUpper(ch) ? (i > 0 ? "-" : "") + char.ToLowerInvariant(ch) : ch.ToString()));

    /// <summary>The reports' regional grouping as URL words.</summary>
    public static string ReportRegionSlug(string reportRegion) => string.Join('-', TextNormalizer.Words(reportRegion));
}

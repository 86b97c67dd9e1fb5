using LocalAction.Web.Features.Organizations;
using LocalAction.Web.Features.Pledges;

namespace LocalAction.Web.Features.Exports.Iati;

/// <summary>
/// Our values as IATI 2.03 codes (https://iatistandard.org/en/iati-standard/203/codelists/). Where the codelist has no
/// honest counterpart for a value, the answer is null and the attribute or element is left out.
/// </summary>
public static class IatiCodes
{
    /// <summary>ActivityStatus: 1 Pipeline/identification, 2 Implementation, 3 Finalisation, 4 Closed, 5 Cancelled, 6 Suspended.</summary>
    public static string ActivityStatus(PledgeStage stage) => stage switch
    {
        PledgeStage.Planning => "1",
        PledgeStage.InProgress => "2",
        // Fulfilled: the pledge's work is done; whether its accounts are closed is not recorded, so "Finalisation" not "Closed".
        PledgeStage.Fulfilled => "3",
        PledgeStage.Discontinued => "5",
        _ => throw new ArgumentOutOfRangeException(nameof(stage)),
    };

    /// <summary>ActivityDateType: 1 Planned start, 2 Actual start, 3 Planned end, 4 Actual end.</summary>
    public static string StartDateType(PledgeStage stage) => stage == PledgeStage.Planning ? "1" : "2";

    public static string EndDateType(PledgeStage stage) => stage is PledgeStage.Fulfilled or PledgeStage.Discontinued ? "4" : "3";

    /// <summary>OrganisationRole.</summary>
    public const string Funding = "1";
    public const string Accountable = "2";
    public const string Implementing = "4";

    /// <summary>
    /// OrganisationType of a pledger: 10 Government, 11 Local Government. Networks of local governments and partner
    /// organizations have no single honest code (an association of cities is not an NGO, nor a multilateral): none.
    /// </summary>
    public static string? OrganisationType(OrganizationKind kind) => kind switch
    {
        OrganizationKind.CityOrMunicipality or OrganizationKind.DistrictOrCounty or OrganizationKind.ProvinceStateOrRegion => "11",
        OrganizationKind.NationalGovernment => "10",
        _ => null,
    };

    /// <summary>
    /// OrganisationType of a named partner: 40 Multilateral, 70 Private Sector, 10 Government, 11 Local Government,
    /// 80 Academic, Training and Research. Civil society could be 21-24 (international, national, regional or local NGO)
    /// and the registry does not say which; donors and the rest can be anything: none.
    /// </summary>
    public static string? OrganisationType(PartnerType? type) => type switch
    {
        PartnerType.UnAgency => "40",
        PartnerType.PrivateSector => "70",
        PartnerType.NationalGovernment => "10",
        PartnerType.OtherLocalGovernment => "11",
        PartnerType.Academia => "80",
        _ => null,
    };

    /// <summary>A partner the registry calls a donor funds the action (role 1); other partners take part in it (role 4).</summary>
    public static string PartnerRole(PartnerType? type) => type == PartnerType.Donor ? Funding : Implementing;

    public const string SectorVocabularySdgGoal = "7";
    public const string TagVocabularySdgGoal = "2";
    public const string TagVocabularySdgTarget = "3";
    public const string TagVocabularyReportingOrganisation = "99";

    /// <summary>
    /// TransactionType 12 = Outgoing Pledge, as the project's data standard (domain.md) and issue 7 specify: the pledger
    /// (provider-org) announces money it will commit to the action, non-binding. 13 (Incoming Pledge) would describe the
    /// same money from a receiving organization's books, which the registry does not keep.
    /// </summary>
    public const string Pledge = "12";

    /// <summary>BudgetType 1 = Original; BudgetStatus 1 = Indicative (a pledge is an intention, not a committed budget).</summary>
    public const string BudgetTypeOriginal = "1";
    public const string BudgetStatusIndicative = "1";

    /// <summary>ResultType 1 = Output; IndicatorMeasure 1 = Unit (a count of people).</summary>
    public const string ResultTypeOutput = "1";
    public const string IndicatorMeasureUnit = "1";
}

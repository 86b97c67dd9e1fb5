namespace LocalAction.Web.Features.Exports.Iati;

/// <summary>
/// Who publishes the IATI file: the Secretariat, as the reporting organisation (settings <c>Iati:ReportingOrgRef</c>,
/// <c>Iati:ReportingOrgName</c>, <c>Iati:ReportingOrgType</c>). The default reference is a placeholder, not a registered
/// IATI organisation identifier: a deployment that publishes to the IATI Registry sets its own.
/// </summary>
public sealed class IatiSettings
{
    public const string DefaultRef = "XX-LOCALACTION";
    public const string DefaultName = "Secretariat of the Call to Local Action for Migrants and Refugees";

    /// <summary>OrganisationType 90 = Other: the Secretariat is neither a government nor an NGO of its own.</summary>
    public const string DefaultType = "90";

    public string ReportingOrgRef { get; init; } = DefaultRef;
    public string ReportingOrgName { get; init; } = DefaultName;
    public string ReportingOrgType { get; init; } = DefaultType;

    public static IatiSettings From(IConfiguration configuration)
    {
        var section = configuration.GetSection("Iati");
        static string Or(string? value, string fallback) => string.IsNullOrWhiteSpace(value) ? fallback : value.Trim();
        return new IatiSettings
        {
            ReportingOrgRef = Or(section["ReportingOrgRef"], DefaultRef),
            ReportingOrgName = Or(section["ReportingOrgName"], DefaultName),
            ReportingOrgType = Or(section["ReportingOrgType"], DefaultType),
        };
    }
}

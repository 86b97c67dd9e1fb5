namespace LocalAction.Web.Features.Exports.Iati;

/// <summary>How many pledges the filter selected, how many became IATI activities, and how many lacked what IATI requires.</summary>
public sealed record IatiExportSummary(int Selected, int Written, int LeftOut);

namespace LocalAction.Web.Features.Handover;

/// <summary>
/// One line of the validation report: a pledge, the package field at fault and the problem. Blocking problems keep the
/// pledge out of the package; the others leave the field empty in the package.
/// </summary>
public sealed record HandoverIssue(string PublicId, string? Title, string LeadOrganization, string Field, string Problem, bool Blocking);

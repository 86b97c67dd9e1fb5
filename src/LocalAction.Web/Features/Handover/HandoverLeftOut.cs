namespace LocalAction.Web.Features.Handover;

/// <summary>A pledge of the round that no package takes by definition (IDP-only actions are not GCM or GCR pledges).</summary>
public sealed record HandoverLeftOut(string PublicId, string? Title, string LeadOrganization, string Reason);

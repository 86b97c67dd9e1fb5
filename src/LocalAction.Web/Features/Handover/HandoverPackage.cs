namespace LocalAction.Web.Features.Handover;

/// <summary>The three hand-overs of a round: to the UN Network on Migration (GCM), to UNHCR (GCR), to the GFMD Platform for Partnerships.</summary>
public enum HandoverPackage
{
    Gcm,
    Gcr,
    Gfmd,
}

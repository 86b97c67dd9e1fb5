namespace LocalAction.Web.Features.Pledges;

/// <summary>Which compact a pledge advances. IDP-only actions are kept but are not GCM or GCR pledges and are counted apart.</summary>
public enum Compact
{
    Gcm,
    Gcr,
    Mirror,
    IdpOnly,
}

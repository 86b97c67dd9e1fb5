namespace LocalAction.Web.Features.Pledges;

/// <summary>Whether a GCM objective, GCR area or SDG was derived from the pledge's priorities through the mapping table or set explicitly.</summary>
public enum MappingOrigin
{
    Derived,
    Explicit,
}

namespace LocalAction.Web.Features.Updates;

/// <summary>The hurdles named in pledge updates (seed 001, "Hurdles"), plus capacity and other.</summary>
public enum Challenge
{
    ShrinkingOperatingSpace,
    FinancingGaps,
    NationalDisinterest,
    CoordinationConstraints,
    LegalOrPolicyConstraints,
    Capacity,
    Other,
}

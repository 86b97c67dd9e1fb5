using LocalAction.Web.Features.Organizations;

namespace LocalAction.Web.Features.Forums;

/// <summary>A local or regional government or network in a forum's delegation, with the people named for it.</summary>
public sealed class DelegationMember
{
    public int Id { get; init; }
    public int ForumId { get; init; }

    /// <summary>The registry's organization when the name matches one; null keeps the name as the seed writes it.</summary>
    public int? OrganizationId { get; set; }
    public required string NameAsWritten { get; set; }
    public OrganizationKind? Kind { get; set; }
    public string? CountryCode { get; set; }

    /// <summary>Whether it was in its national government's delegation (the reports' * mark); null when not stated.</summary>
    public bool? InNationalDelegation { get; set; }
    public Accreditation? Accreditation { get; set; }

    /// <summary>
    /// Whether the report's delegation list names it. Organizations that took part without being listed (conveners, a mayor
    /// joining by video) are recorded for their roles but not counted in the delegation figures, as the reports count.
    /// </summary>
    public bool Listed { get; set; }
    public string? Source { get; set; }

    public List<DelegatePerson> People { get; } = [];
}

/// <summary>How a delegation member got into the forum.</summary>
public enum Accreditation
{
    NationalDelegation,
    CivilSocietyPartner,
    Other,
}

/// <summary>A person the seeds name for a delegation member, with the title they give.</summary>
public sealed class DelegatePerson
{
    public int Id { get; init; }
    public int DelegationMemberId { get; init; }
    public required string Name { get; set; }
    public string? Title { get; set; }
}

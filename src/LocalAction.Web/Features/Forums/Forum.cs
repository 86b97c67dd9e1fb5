using LocalAction.Web.Features.Rounds;

namespace LocalAction.Web.Features.Forums;

/// <summary>
/// One global forum the Secretariat brings local governments to (IMRF 2022, GRF 2023, IMRF 2026 ...), with its programme,
/// delegation, declaration and quotes. Dates, place and time zone stay null where the seeds do not state them.
/// </summary>
public sealed class Forum
{
    public int Id { get; init; }

    /// <summary>Stable code used in URLs, e.g. "imrf-2026"; the same code as the pledging round delivered there, if any.</summary>
    public required string Code { get; init; }
    public required ForumSeries Series { get; set; }
    public required int Year { get; set; }
    public required string Name { get; set; }
    public string? City { get; set; }
    public DateOnly? StartsOn { get; set; }
    public DateOnly? EndsOn { get; set; }

    /// <summary>IANA time zone of the programme's times (e.g. "America/New_York"); null when no time is stated.</summary>
    public string? TimeZone { get; set; }

    /// <summary>True when the time zone is inferred from the stated venue because the programme gives times without one.</summary>
    public bool TimeZoneInferred { get; set; }

    /// <summary>The pledging round delivered at this forum, when there is one.</summary>
    public int? RoundId { get; set; }
    public string? Summary { get; set; }
    public string? Source { get; set; }

    public List<ForumSession> Sessions { get; } = [];
    public List<DelegationMember> Delegation { get; } = [];
    public List<ForumQuote> Quotes { get; } = [];
}

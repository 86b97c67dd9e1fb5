namespace LocalAction.Web.Features.Forums;

/// <summary>
/// The public page and registration of a side event. Registration is open until <see cref="RegistrationClosesAt"/>; beyond
/// <see cref="Capacity"/> registrants join a waiting list; an invitation-only event needs an invitation code.
/// </summary>
public sealed class EventPage
{
    public int SessionId { get; init; }

    /// <summary>Stable name used in the page's address, e.g. "bridging-the-compacts-2026".</summary>
    public required string Slug { get; init; }

    /// <summary>IANA time zone of the event's times, e.g. "America/New_York".</summary>
    public required string TimeZone { get; set; }
    public string? Place { get; set; }
    public string? AccessNote { get; set; }
    public string? Background { get; set; }

    /// <summary>Seats; null when no limit is set (the seed states none).</summary>
    public int? Capacity { get; set; }
    public DateTimeOffset? RegistrationClosesAt { get; set; }
    public bool InvitationOnly { get; set; }

    /// <summary>The registry's user who may download the attendee list besides the Secretariat.</summary>
    public string? OrganizerUserId { get; set; }

    public List<EventPageLine> Lines { get; } = [];
    public List<EventRegistration> Registrations { get; } = [];
}

/// <summary>One line of an event page's objectives, panel or agenda, in the order given.</summary>
public sealed class EventPageLine
{
    public int Id { get; init; }
    public int SessionId { get; init; }
    public required EventPageSection Section { get; init; }
    public int Position { get; init; }

    /// <summary>The agenda's time span as written ("1:30 - 1:40"); null elsewhere.</summary>
    public string? Time { get; init; }
    public required string Text { get; init; }
}

public enum EventPageSection
{
    Objective,
    Panel,
    Agenda,
}

namespace LocalAction.Web.Features.Forums;

/// <summary>
/// A session of a forum's programme, official or a side event. A side event open for registration has an
/// <see cref="EventPage"/>. Times are local to the forum's time zone (or the page's own) and null where unstated.
/// </summary>
public sealed class ForumSession
{
    public int Id { get; init; }
    public int ForumId { get; init; }
    public required string Title { get; set; }
    /// <summary>Null when the source does not say what kind of session it was.</summary>
    public SessionType? Type { get; set; }

    /// <summary>
    /// Joins the programme slots of one session (a hearing's morning and afternoon): engagement counts sessions by group.
    /// Null when the record is a session of its own.
    /// </summary>
    public string? Group { get; set; }
    public DateOnly? Date { get; set; }
    public TimeOnly? StartsAt { get; set; }
    public TimeOnly? EndsAt { get; set; }
    public string? Room { get; set; }

    /// <summary>GCM objective numbers a roundtable or event advances, as "15; 16".</summary>
    public string? GcmObjectives { get; set; }
    public string? Hosts { get; set; }
    public string? Source { get; set; }

    public List<SpeakingRole> SpeakingRoles { get; } = [];
    public EventPage? EventPage { get; set; }
}

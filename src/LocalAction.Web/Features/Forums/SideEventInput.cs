namespace LocalAction.Web.Features.Forums;

/// <summary>What the Secretariat fills in to publish a side event with registration. Times are local to <see cref="TimeZone"/>.</summary>
public sealed class SideEventInput
{
    public string? Title { get; set; }
    public string? Type { get; set; }
    public string? Date { get; set; }
    public string? Start { get; set; }
    public string? End { get; set; }
    public string? TimeZone { get; set; }
    public string? Place { get; set; }
    public string? AccessNote { get; set; }
    public string? Hosts { get; set; }
    public string? GcmObjectives { get; set; }
    public string? Capacity { get; set; }
    public string? DeadlineDate { get; set; }
    public string? DeadlineTime { get; set; }
    public bool InvitationOnly { get; set; }
    public string? Background { get; set; }

    /// <summary>One objective per line.</summary>
    public string? Objectives { get; set; }

    /// <summary>One panelist per line ("Name, title, organization").</summary>
    public string? Panel { get; set; }
}

namespace LocalAction.Web.Features.Taxonomy;

/// <summary>A row of the priority mapping table: priority to SDG.</summary>
public sealed class PrioritySdg
{
    public int PriorityNumber { get; init; }
    public int SdgNumber { get; init; }
}

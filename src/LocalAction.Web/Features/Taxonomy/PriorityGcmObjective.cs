namespace LocalAction.Web.Features.Taxonomy;

/// <summary>A row of the priority mapping table: priority to GCM objective.</summary>
public sealed class PriorityGcmObjective
{
    public int PriorityNumber { get; init; }
    public int GcmObjectiveNumber { get; init; }
}

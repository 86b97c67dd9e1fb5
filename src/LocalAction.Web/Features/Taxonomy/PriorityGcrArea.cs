namespace LocalAction.Web.Features.Taxonomy;

/// <summary>A row of the priority mapping table: priority to GCR area of focus.</summary>
public sealed class PriorityGcrArea
{
    public int PriorityNumber { get; init; }
    public required string GcrAreaCode { get; init; }
}

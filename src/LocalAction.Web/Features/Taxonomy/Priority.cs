namespace LocalAction.Web.Features.Taxonomy;

/// <summary>One of the eight Call to Local Action priorities, mapped to GCM objectives, GCR areas and SDGs (seed 001, section 03).</summary>
public sealed class Priority : MultilingualTerm
{
    public required int Number { get; init; }
    public List<PriorityGcmObjective> GcmObjectives { get; } = [];
    public List<PriorityGcrArea> GcrAreas { get; } = [];
    public List<PrioritySdg> Sdgs { get; } = [];
}

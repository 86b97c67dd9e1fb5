using LocalAction.Web.Features.Taxonomy;

namespace LocalAction.Web.Features.Pledges;

/// <summary>
/// Fills a pledge's GCM objectives, GCR areas and SDGs from its priorities through the mapping table (seed 001, section 03).
/// Values set explicitly are kept and marked so; derived ones are marked <see cref="MappingOrigin.Derived"/>.
/// </summary>
public static class PriorityMapping
{
    public static void Derive(Pledge pledge, IEnumerable<Priority> priorities)
    {
        foreach (var priority in priorities)
        {
            foreach (var m in priority.GcmObjectives.Where(m => pledge.GcmObjectives.All(o => o.GcmObjectiveNumber != m.GcmObjectiveNumber)))
            {
                pledge.GcmObjectives.Add(new PledgeGcmObjective { GcmObjectiveNumber = m.GcmObjectiveNumber, Origin = MappingOrigin.Derived });
            }
            foreach (var m in priority.GcrAreas.Where(m => pledge.GcrAreas.All(o => o.GcrAreaCode != m.GcrAreaCode)))
            {
                pledge.GcrAreas.Add(new PledgeGcrArea { GcrAreaCode = m.GcrAreaCode, Origin = MappingOrigin.Derived });
            }
            foreach (var m in priority.Sdgs.Where(m => pledge.Sdgs.All(o => o.SdgNumber != m.SdgNumber)))
            {
                pledge.Sdgs.Add(new PledgeSdg { SdgNumber = m.SdgNumber, Origin = MappingOrigin.Derived });
            }
        }
    }
}

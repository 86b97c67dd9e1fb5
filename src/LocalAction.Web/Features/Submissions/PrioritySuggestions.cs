using LocalAction.Web.Features.Taxonomy;

namespace LocalAction.Web.Features.Submissions;

/// <summary>What the mapping table (seed 001, section 03) suggests for chosen priorities: the form pre-selects these.</summary>
public sealed record PrioritySuggestions(IReadOnlySet<int> GcmObjectives, IReadOnlySet<string> GcrAreas, IReadOnlySet<int> Sdgs)
{
    public static PrioritySuggestions For(IEnumerable<Priority> priorities)
    {
        var list = priorities.ToList();
        return new PrioritySuggestions(
            list.SelectMany(p => p.GcmObjectives).Select(m => m.GcmObjectiveNumber).ToHashSet(),
            list.SelectMany(p => p.GcrAreas).Select(m => m.GcrAreaCode).ToHashSet(),
            list.SelectMany(p => p.Sdgs).Select(m => m.SdgNumber).ToHashSet());
    }
}

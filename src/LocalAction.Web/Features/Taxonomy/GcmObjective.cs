namespace LocalAction.Web.Features.Taxonomy;

/// <summary>One of the 23 objectives of the Global Compact for Migration (A/RES/73/195).</summary>
public sealed class GcmObjective : MultilingualTerm
{
    public required int Number { get; init; }
}

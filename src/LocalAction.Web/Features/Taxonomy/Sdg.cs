namespace LocalAction.Web.Features.Taxonomy;

/// <summary>A Sustainable Development Goal with its official colour (always shown with its number, never colour alone).</summary>
public sealed class Sdg : MultilingualTerm
{
    public required int Number { get; init; }
    public required string Colour { get; set; }
}

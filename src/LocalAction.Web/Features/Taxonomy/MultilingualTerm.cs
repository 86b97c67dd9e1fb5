namespace LocalAction.Web.Features.Taxonomy;

/// <summary>A taxonomy entry named in the three languages the Coalition publishes in.</summary>
public abstract class MultilingualTerm
{
    public required string NameEn { get; set; }
    public required string NameFr { get; set; }
    public required string NameEs { get; set; }

    public string NameIn(string language) => language switch
    {
        "fr" => NameFr,
        "es" => NameEs,
        _ => NameEn,
    };
}

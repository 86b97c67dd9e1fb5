namespace LocalAction.Web.Features.Forums;

/// <summary>
/// A forum's outcome document (the IMRF Progress Declarations A/RES/76/266 and A/80/L.64), the paragraphs that recognize
/// local governments, the language local governments proposed, and the vote where there was one.
/// </summary>
public sealed class Declaration
{
    public int Id { get; init; }
    public int ForumId { get; init; }

    /// <summary>UN document symbol, e.g. "A/80/L.64".</summary>
    public required string Symbol { get; init; }
    public required string Title { get; set; }
    public int Year { get; set; }
    public DateOnly? AdoptedOn { get; set; }

    /// <summary>How it was adopted as the seed says it ("by consensus", "recorded vote on 20 May").</summary>
    public string? Adoption { get; set; }
    public int? VotesInFavour { get; set; }
    public int? VotesAgainst { get; set; }
    public int? Abstentions { get; set; }
    public string? VotedAgainst { get; set; }
    public string? Source { get; set; }

    public List<DeclarationParagraph> Paragraphs { get; } = [];
    public List<ProposedLanguage> ProposedLanguage { get; } = [];
}

/// <summary>A paragraph of a declaration that recognizes or concerns local governments.</summary>
public sealed class DeclarationParagraph
{
    public int Id { get; init; }
    public int DeclarationId { get; init; }

    /// <summary>The paragraph number as the seed gives it ("30", "59(b)"); null when the seed gives none.</summary>
    public string? Number { get; init; }
    public int Position { get; init; }
    public required string Summary { get; set; }
    public string? Source { get; set; }
}

/// <summary>Language local governments proposed for a declaration, and whether the final text took it.</summary>
public sealed class ProposedLanguage
{
    public int Id { get; init; }
    public int DeclarationId { get; init; }
    public int Position { get; init; }
    public required string Text { get; set; }
    public bool? Adopted { get; set; }
    public string? Source { get; set; }
}

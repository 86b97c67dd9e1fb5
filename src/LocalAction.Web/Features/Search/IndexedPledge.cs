namespace LocalAction.Web.Features.Search;

/// <summary>What the search needs of one published pledge: display fields, sort keys and facet value ids.</summary>
public sealed class IndexedPledge
{
    public required int Id { get; init; }
    public required string PublicId { get; init; }
    public string? Title { get; init; }

    /// <summary>The language <see cref="Title"/> is written in, where known.</summary>
    public string? TextLanguage { get; init; }

    /// <summary>The title translated, by language (only the languages with a translated title).</summary>
    public IReadOnlyDictionary<string, string>? TranslatedTitles { get; init; }
    public required string LeadOrganization { get; init; }
    public required string LeadOrganizationSlug { get; init; }
    public IReadOnlyList<string> CoPledgers { get; init; } = [];
    public string? CountryCode { get; init; }
    public string? CountryName { get; init; }
    public required string RoundCode { get; init; }
    public required string RoundName { get; init; }
    public required int RoundYear { get; init; }
    public string? Compact { get; init; }
    public string? Stage { get; init; }
    public required string Completeness { get; init; }
    public string? Kind { get; init; }
    public IReadOnlyList<int> Priorities { get; init; } = [];
    public IReadOnlyList<int> Sdgs { get; init; } = [];
    public bool HasUpdates { get; init; }
    public bool IsSynthetic { get; init; }

    /// <summary>Folded keys so sorting ignores case and accents.</summary>
    public required string TitleKey { get; init; }
    public required string OrganizationKey { get; init; }
    public required string CountryKey { get; init; }

    /// <summary>For each facet (see <see cref="Facets"/>), the ids of the values this pledge has.</summary>
    public required int[][] FacetValueIds { get; init; }
}

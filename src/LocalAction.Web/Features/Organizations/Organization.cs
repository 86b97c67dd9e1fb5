using LocalAction.Web.Features.Taxonomy;

namespace LocalAction.Web.Features.Organizations;

/// <summary>A local or regional government, a network of them, a national government or a partner organization that pledges.</summary>
public sealed class Organization
{
    public int Id { get; init; }

    /// <summary>URL-safe stable identifier, e.g. "bogota-co".</summary>
    public required string Slug { get; init; }
    public required string Name { get; set; }
    public required OrganizationKind Kind { get; set; }

    /// <summary>ISO 3166-1 alpha-2; null for global networks.</summary>
    public string? CountryCode { get; set; }
    public Country? Country { get; set; }

    /// <summary>Where the seed places it in its own words when that says more than the country ("California, US", "Somaliland", "Global", "Europe").</summary>
    public string? LocationAsWritten { get; set; }

    /// <summary>Residents, only where a source states it; null means unknown.</summary>
    public long? Population { get; set; }
    public string? PopulationSource { get; set; }
    public string? Website { get; set; }

    /// <summary>True for generated load-test organizations (the synthetic verb).</summary>
    public bool IsSynthetic { get; init; }
    public DateTime CreatedAt { get; init; }
}

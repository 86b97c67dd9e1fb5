using LocalAction.Web.Features.Taxonomy;

namespace LocalAction.Web.Features.Organizations;

/// <summary>Derives an organization's OECD city-size class from its population and the thresholds kept as data.</summary>
public static class CitySizeClassifier
{
    /// <summary>Null when the population is unknown or the organization is not a city (counties, provinces and states are not classified).</summary>
    public static CitySizeClass? Classify(Organization organization, IEnumerable<CitySizeClass> classes) =>
        organization.Kind == OrganizationKind.CityOrMunicipality && organization.Population is long population
            ? classes.FirstOrDefault(c => c.Contains(population))
            : null;
}

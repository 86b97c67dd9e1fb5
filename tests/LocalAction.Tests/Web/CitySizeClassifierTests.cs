using LocalAction.Web.Data.Seed;
using LocalAction.Web.Features.Organizations;
using LocalAction.Web.Features.Taxonomy;

namespace LocalAction.Tests.Web;

/// <summary>City-size classes follow the OECD thresholds kept as data; counties, provinces and states are not classified.</summary>
public sealed class CitySizeClassifierTests
{
    private static readonly List<CitySizeClass> Classes = SeedResource.ReadJson<List<ClassRow>>("city-size-classes.json")
        .Select(c => new CitySizeClass { Code = c.Code, MinPopulation = c.MinPopulation, MaxPopulationExclusive = c.MaxPopulationExclusive, NameEn = c.En, NameFr = c.Fr, NameEs = c.Es })
        .ToList();

    [Theory]
    [InlineData(1_500_000, "large-metropolitan")]
    [InlineData(1_499_999, "metropolitan")]
    [InlineData(500_000, "metropolitan")]
    [InlineData(499_999, "medium")]
    [InlineData(200_000, "medium")]
    [InlineData(199_999, "small")]
    [InlineData(50_000, "small")]
    [InlineData(49_999, "below-urban-threshold")]
    public void A_city_is_classed_by_its_population(long population, string expected) =>
        CitySizeClassifier.Classify(Org(OrganizationKind.CityOrMunicipality, population), Classes)!.Code.ShouldBe(expected);

    [Fact]
    public void Unknown_population_and_non_cities_get_no_class()
    {
        CitySizeClassifier.Classify(Org(OrganizationKind.CityOrMunicipality, null), Classes).ShouldBeNull();
        CitySizeClassifier.Classify(Org(OrganizationKind.DistrictOrCounty, 1_200_000), Classes).ShouldBeNull();
        CitySizeClassifier.Classify(Org(OrganizationKind.ProvinceStateOrRegion, 3_000_000), Classes).ShouldBeNull();
    }

    private static Organization Org(OrganizationKind kind, long? population) => new() { Slug = "x", Name = "X", Kind = kind, Population = population };

    private sealed record ClassRow(string Code, string En, string Fr, string Es, long MinPopulation, long? MaxPopulationExclusive);
}

using LocalAction.Web.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LocalAction.Web.Features.Taxonomy;

/// <summary>GET /api/v1/taxonomies: every reference list, in the three languages, with the priority mapping table.</summary>
public static class TaxonomiesApi
{
    public static RouteGroupBuilder MapTaxonomiesApi(this RouteGroupBuilder api)
    {
        api.MapGet("/taxonomies", Get).WithTags("Taxonomies").WithName("GetTaxonomies")
            .WithSummary("Priorities with their mapping, GCM objectives and guiding principles, GCR objectives and areas, SDGs, countries with regions, city-size classes, rounds");
        return api;
    }

    public static async Task<Ok<TaxonomiesResponse>> Get(LocalActionDbContext db, CancellationToken ct)
    {
        static TaxonomiesResponse.Names N(MultilingualTerm t) => new(t.NameEn, t.NameFr, t.NameEs);
        var priorities = await db.Priorities.AsNoTracking().Include(p => p.GcmObjectives).Include(p => p.GcrAreas).Include(p => p.Sdgs).OrderBy(p => p.Number).ToListAsync(ct);
        return TypedResults.Ok(new TaxonomiesResponse(
            priorities.Select(p => new TaxonomiesResponse.PriorityEntry(p.Number, N(p),
                p.GcmObjectives.Select(m => m.GcmObjectiveNumber).Order().ToList(), p.GcrAreas.Select(m => m.GcrAreaCode).ToList(), p.Sdgs.Select(m => m.SdgNumber).Order().ToList())).ToList(),
            (await db.GcmObjectives.AsNoTracking().OrderBy(x => x.Number).ToListAsync(ct)).Select(x => new TaxonomiesResponse.Numbered(x.Number, N(x))).ToList(),
            (await db.GuidingPrinciples.AsNoTracking().OrderBy(x => x.Code).ToListAsync(ct)).Select(x => new TaxonomiesResponse.Coded(x.Code, N(x))).ToList(),
            (await db.GcrObjectives.AsNoTracking().OrderBy(x => x.Number).ToListAsync(ct)).Select(x => new TaxonomiesResponse.Numbered(x.Number, N(x))).ToList(),
            (await db.GcrAreas.AsNoTracking().OrderBy(x => x.SortOrder).ToListAsync(ct)).Select(x => new TaxonomiesResponse.Coded(x.Code, N(x))).ToList(),
            (await db.Sdgs.AsNoTracking().OrderBy(x => x.Number).ToListAsync(ct)).Select(x => new TaxonomiesResponse.SdgEntry(x.Number, N(x), x.Colour)).ToList(),
            await db.Countries.AsNoTracking().OrderBy(c => c.Alpha2).Select(c => new TaxonomiesResponse.CountryEntry(c.Alpha2, c.Alpha3, c.Numeric, c.Name,
                c.M49RegionCode, c.M49Region, c.M49SubregionCode, c.M49Subregion, c.M49IntermediateRegionCode, c.M49IntermediateRegion, c.ReportRegion)).ToListAsync(ct),
            (await db.CitySizeClasses.AsNoTracking().OrderByDescending(c => c.MinPopulation).ToListAsync(ct)).Select(c => new TaxonomiesResponse.SizeEntry(c.Code, N(c), c.MinPopulation, c.MaxPopulationExclusive)).ToList(),
            await db.Rounds.AsNoTracking().OrderBy(r => r.Year).Select(r => new TaxonomiesResponse.RoundEntry(r.Code, r.Name, r.Year, r.Forum.ToString().ToUpper())).ToListAsync(ct)));
    }
}

using System.Text;
using System.Text.RegularExpressions;
using LocalAction.Web.Features.Search;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LocalAction.Web.Features.Pledges;

/// <summary>Read API for pledges: search with filters and facets, and one pledge as JSON or CSV.</summary>
public static partial class PledgesApi
{
    public static RouteGroupBuilder MapPledgesApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/pledges").WithTags("Pledges");
        group.MapGet("/", Search).WithName("SearchPledges")
            .WithSummary("Search published pledges")
            .WithDescription("Filters: q (text, accent- and case-insensitive), round, compact, priority, gcm, gcrObjective, gcrArea, sdg, beneficiary, region, subregion, reportRegion, country, kind, size, stage, joint, hasUpdates, completeness (repeat a parameter or separate values with commas for OR); sort = newest|title|organization|country; page >= 1; pageSize 1-200.");
        group.MapGet("/{publicId}", Get).WithName("GetPledge").WithSummary("One published pledge with every field, its updates and revision history");
        group.MapGet("/{publicId}/csv", GetCsv).WithName("GetPledgeCsv").WithSummary("One published pledge as a CSV file");
        return api;
    }

    public static async Task<Results<Ok<PledgeListResponse>, ValidationProblem>> Search(HttpRequest request, SearchIndex index, FacetLabels labels, CancellationToken ct)
    {
        var snapshot = await index.GetAsync(ct);
        var query = PledgeQuery.Parse(request.Query, snapshot.Facets, out var errors);
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors, title: "The search parameters are not valid.");
        var result = PledgeSearch.Execute(snapshot, query);
        var facets = snapshot.Facets.Select((f, i) => (f.Parameter, Counts: FacetSummary.For(f, i, query, result, labels)))
            .ToDictionary(x => x.Parameter, x => x.Counts);
        return TypedResults.Ok(new PledgeListResponse(result.Items.Select(PledgeSummary.From).ToList(), result.Total, result.Page, result.PageSize, facets));
    }

    public static async Task<Results<Ok<PledgeDetail>, ProblemHttpResult>> Get(string publicId, PledgeDetailLoader loader, CancellationToken ct)
    {
        if (Invalid(publicId) is { } bad) return bad;
        var pledge = await loader.LoadAsync(publicId, FacetLabels.Language, ct);
        return pledge is null ? NotFound(publicId) : TypedResults.Ok(pledge);
    }

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> GetCsv(string publicId, HttpRequest request, PledgeDetailLoader loader, CancellationToken ct)
    {
        if (Invalid(publicId) is { } bad) return bad;
        var pledge = await loader.LoadAsync(publicId, FacetLabels.Language, ct);
        if (pledge is null) return NotFound(publicId);
        var url = $"{request.Scheme}://{request.Host}/pledges/{publicId}";
        return TypedResults.File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(PledgeCsv.Write(pledge, url))).ToArray(),
            "text/csv; charset=utf-8", $"{publicId}.csv");
    }

    /// <summary>Public ids look like CLA-2022-0007 (real) or SYN-2023-0000042 (synthetic).</summary>
    public static bool IsWellFormed(string publicId) => PublicIdPattern().IsMatch(publicId);

    private static ProblemHttpResult? Invalid(string publicId) => IsWellFormed(publicId)
        ? null
        : TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Malformed pledge id",
            detail: $"publicId '{QueryParameters.Shorten(publicId)}' is not a pledge id; ids look like CLA-2022-0007.",
            extensions: new Dictionary<string, object?> { ["parameter"] = "publicId" });

    private static ProblemHttpResult NotFound(string publicId) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Pledge not found", detail: $"No published pledge has the id {publicId}.");

    [GeneratedRegex("^[A-Z]{3}-[0-9]{4}-[0-9]{4,7}$")]
    private static partial Regex PublicIdPattern();
}

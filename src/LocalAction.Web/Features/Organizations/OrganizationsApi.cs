using System.Text.RegularExpressions;
using LocalAction.Web.Data;
using LocalAction.Web.Features.Search;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LocalAction.Web.Features.Organizations;

/// <summary>Read API for organizations: the list (search, kind, country) and one profile.</summary>
public static partial class OrganizationsApi
{
    public static RouteGroupBuilder MapOrganizationsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/organizations").WithTags("Organizations");
        group.MapGet("/", List).WithName("ListOrganizations").WithSummary("Organizations that pledge: q, kind, country, sort = name|pledges, page, pageSize (1-200)");
        group.MapGet("/{id}", Get).WithName("GetOrganization").WithSummary("One organization's profile, its pledges by round and its partners (id is the slug, e.g. bogota)");
        return api;
    }

    public static async Task<Results<Ok<OrganizationListResponse>, ValidationProblem>> List(HttpRequest request, SearchIndex index, LocalActionDbContext db, CancellationToken ct)
    {
        var snapshot = await index.GetAsync(ct);
        var codes = await db.Countries.Select(c => c.Alpha2).ToListAsync(ct);
        var query = OrganizationQuery.Parse(request.Query, codes, out var errors);
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors, title: "The parameters are not valid.");
        var (items, total) = query.Run(snapshot);
        return TypedResults.Ok(new OrganizationListResponse(
            items.Select(o => new OrganizationListResponse.Item(o.Slug, o.Name, o.Kind, o.CountryCode, o.CountryName, o.Population, o.CitySize, o.Pledges, o.IsSynthetic, $"/organizations/{o.Slug}")).ToList(),
            total, query.Page, query.PageSize));
    }

    public static async Task<Results<Ok<OrganizationDetail>, ProblemHttpResult>> Get(string id, OrganizationDetailLoader loader, CancellationToken ct)
    {
        if (!IsWellFormed(id))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Malformed organization id",
                detail: $"id '{QueryParameters.Shorten(id)}' is not an organization id; ids are lower-case words joined by hyphens, e.g. sao-paulo.",
                extensions: new Dictionary<string, object?> { ["parameter"] = "id" });
        }
        var organization = await loader.LoadAsync(id, FacetLabels.Language, ct);
        return organization is null
            ? TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Organization not found", detail: $"No organization has the id {id}.")
            : TypedResults.Ok(organization);
    }

    public static bool IsWellFormed(string id) => SlugPattern().IsMatch(id);

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();
}

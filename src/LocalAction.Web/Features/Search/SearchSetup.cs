using LocalAction.Web.Features.Organizations;
using LocalAction.Web.Features.Pledges;

namespace LocalAction.Web.Features.Search;

/// <summary>The services the repository's pages and its API share: the search index and the pledge and organization loaders.</summary>
public static class SearchSetup
{
    public static WebApplicationBuilder AddLocalActionSearch(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<SearchIndex>();
        builder.Services.AddScoped<FacetLabels>();
        builder.Services.AddScoped<PledgeDetailLoader>();
        builder.Services.AddScoped<OrganizationDetailLoader>();
        return builder;
    }
}

using System.Text.Json.Serialization;
using LocalAction.Web.Features.Dashboard;
using LocalAction.Web.Features.Exports;
using LocalAction.Web.Features.Exports.Iati;
using LocalAction.Web.Features.Forums;
using LocalAction.Web.Features.Handover;
using LocalAction.Web.Features.Organizations;
using LocalAction.Web.Features.Pledges;
using LocalAction.Web.Features.Statistics;
using LocalAction.Web.Features.Submissions;
using LocalAction.Web.Features.Translations;
using LocalAction.Web.Features.Updates;
using LocalAction.Web.Features.Taxonomy;
using LocalAction.Web.Features.Updates.Import;

namespace LocalAction.Web.Features.Api;

/// <summary>The public read API under /api/v1: OpenAPI description, open CORS for GET, ETags, problem details.</summary>
public static class ApiSetup
{
    public const string Prefix = "/api/v1";
    public const string CorsPolicy = "public-read";

    public static WebApplicationBuilder AddLocalActionApi(this WebApplicationBuilder builder)
    {
        builder.Services.AddOpenApi("v1", options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "LocalAction API";
            document.Info.Description = "API of the Call to Local Action for Migrants and Refugees registry. Reading (pledges, organizations, taxonomies, statistics) is open to anyone. Submitting and reviewing pledges (/api/v1/submissions, /api/v1/pledges/{publicId}/edits) needs a personal API token, created on /account/tokens and sent as 'Authorization: Bearer la_...'; the sign-in cookie is not accepted there. JSON in camelCase; errors as RFC 9457 problem details; ETags on every GET; 409 with the stored version when someone saved first.";
            return Task.CompletedTask;
        }));
        builder.Services.AddCors(options => options.AddPolicy(CorsPolicy, policy =>
            policy.AllowAnyOrigin().WithMethods("GET", "HEAD").AllowAnyHeader().WithExposedHeaders("ETag")));
        builder.Services.ConfigureHttpJsonOptions(options => options.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        return builder;
    }

    public static bool IsApiRequest(HttpContext context) => context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments("/openapi");

    public static WebApplication MapLocalActionApi(this WebApplication app)
    {
        app.MapOpenApi("/openapi/{documentName}.json").RequireCors(CorsPolicy);
        var api = app.MapGroup(Prefix).RequireCors(CorsPolicy);
        api.MapPledgesApi();
        api.MapTranslationsApi();
        api.MapOrganizationsApi();
        api.MapTaxonomiesApi();
        api.MapStatisticsApi();
        api.MapStatsApi();
        api.MapSubmissionsApi();
        api.MapUpdatesApi();
        api.MapUpdateImportApi();
        api.MapIatiExportApi();
        api.MapExportsApi();
        api.MapHandoverApi();
        api.MapForumsApi();
        return app;
    }
}

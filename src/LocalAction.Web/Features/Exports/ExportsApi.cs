using LocalAction.Web.Features.Search;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LocalAction.Web.Features.Exports;

/// <summary>GET /api/v1/exports/pledges: the pledges a list shows, as a file in one of the <see cref="ExportFormat"/>s.</summary>
public static class ExportsApi
{
    public static RouteGroupBuilder MapExportsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/exports/pledges", Download).WithTags("Exports").WithName("ExportPledges")
            .WithSummary("Published pledges as CSV, Excel, JSON, HXL or IATI")
            .WithDescription("format = csv (default) | xlsx | json | hxl | iati; lang = en | fr | es (headers and names); part = pledges (default) | updates (the validated updates of the same pledges, for csv, hxl and json; the Excel file has them as its second sheet); and the filters of /api/v1/pledges (q, round, compact, ...; sort orders the rows; page and pageSize are ignored: every match is written). One row per pledge with codes and names; multi-valued cells joined with \"; \"; text a spreadsheet could run as a formula starts with an apostrophe. Streamed, without an ETag. Columns: PledgeColumns and UpdateColumns in the source, described in docs/interoperability.md.");
        return api;
    }

    public static async Task<Results<PushStreamHttpResult, ValidationProblem>> Download(HttpRequest request, SearchIndex index, PledgeExport export,
        IConfiguration configuration, TimeProvider clock, CancellationToken ct)
    {
        var snapshot = await index.GetAsync(ct);
        var (parsed, errors) = ExportRequest.Parse(request.Query, snapshot.Facets);
        if (parsed is null) return TypedResults.ValidationProblem(errors, title: "The export parameters are not valid.");
        var day = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var urlBase = UrlBase(configuration, request);
        return TypedResults.Stream(stream => export.WriteAsync(parsed, PledgeSearch.AllMatches(snapshot, parsed.Filter).Select(p => p.Id), stream, urlBase, ct), parsed.Format.ContentType, parsed.Format.FileName(parsed.Part, day));
    }

    /// <summary>The configured public address when set (every deployment should); otherwise the address the request came in on, as the one-pledge CSV does.</summary>
    public static string UrlBase(IConfiguration configuration, HttpRequest? request)
    {
        var configured = configuration["PublicBaseUrl"];
        if (!string.IsNullOrWhiteSpace(configured)) return configured.TrimEnd('/');
        return request is null ? "" : $"{request.Scheme}://{request.Host}";
    }
}

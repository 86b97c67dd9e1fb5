using LocalAction.Web.Features.Search;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LocalAction.Web.Features.Exports.Iati;

/// <summary>GET /api/v1/exports/pledges.iati.xml: the IATI 2.03 file of the pledges the /api/v1/pledges filters select.</summary>
public static class IatiExportApi
{
    public static RouteGroupBuilder MapIatiExportApi(this RouteGroupBuilder api)
    {
        api.MapGet("/exports/pledges.iati.xml", Download).WithTags("Exports").WithName("ExportPledgesIati")
            .WithSummary("Published pledges as an IATI Activity Standard 2.03 XML file")
            .WithDescription("The filters of /api/v1/pledges (q, round, compact, ...; sort orders the activities; page and pageSize are ignored: every match is written) and lang = en|fr|es for the narratives the file writes itself. Pledges lacking a title, description, stage or start year are left out with an XML comment saying so. Streamed, without an ETag.");
        return api;
    }

    public static async Task<Results<PushStreamHttpResult, ValidationProblem>> Download(HttpRequest request, SearchIndex index, IatiExport export, CancellationToken ct)
    {
        var (filter, language, errors) = await ParseAsync(request.Query, index, ct);
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors, title: "The export parameters are not valid.");
        return TypedResults.Stream(stream => export.WriteAsync(filter, language, stream, ct), IatiExport.ContentType, "localaction-pledges.iati.xml");
    }

    /// <summary>The /api/v1/pledges filters plus <c>lang</c>; every problem named by its parameter.</summary>
    public static async Task<(PledgeQuery Filter, string Language, Dictionary<string, string[]> Errors)> ParseAsync(IQueryCollection query, SearchIndex index, CancellationToken ct) =>
        Parse(query, (await index.GetAsync(ct)).Facets);

    /// <summary>The same, against given facets.</summary>
    public static (PledgeQuery Filter, string Language, Dictionary<string, string[]> Errors) Parse(IQueryCollection query, IReadOnlyList<Facet> facets)
    {
        var rest = new QueryCollection(query.Where(kv => kv.Key != "lang").ToDictionary(kv => kv.Key, kv => kv.Value));
        var filter = PledgeQuery.Parse(rest, facets, out var errors);
        var language = query["lang"].ToString();
        if (language.Length == 0) language = "en";
        else if (!IatiTexts.Languages.Contains(language)) errors["lang"] = [$"Unknown lang '{QueryParameters.Shorten(language)}'. Use one of: {string.Join(", ", IatiTexts.Languages)}."];
        return (filter, language, errors);
    }
}

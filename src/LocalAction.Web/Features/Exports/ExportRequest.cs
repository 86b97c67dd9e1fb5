using LocalAction.Web.Features.Exports.Iati;
using LocalAction.Web.Features.Search;

namespace LocalAction.Web.Features.Exports;

/// <summary>What to export: the format, the language of headers and names, the table, and the pledges (a search filter and its sort).</summary>
public sealed record ExportRequest(ExportFormat Format, string Language, ExportPart Part, PledgeQuery Filter)
{
    public static readonly string[] Parts = ["pledges", "updates"];

    /// <summary>The parameters that choose the file rather than the pledges.</summary>
    public static readonly string[] FileParameters = ["format", "part", "lang", "page", "pageSize"];

    /// <summary>
    /// True when <paramref name="query"/> selects every published pledge in the default order (no text, no filter, no other
    /// sort): the selection then needs no search snapshot.
    /// </summary>
    public static bool SelectsEverything(IQueryCollection query) =>
        query.All(kv => FileParameters.Contains(kv.Key) || (kv.Key == "sort" && kv.Value.ToString() is "" or "newest"));

    /// <summary>
    /// Reads <c>format</c>, <c>part</c>, <c>lang</c> and the /api/v1/pledges filters (q, sort and every facet; page and
    /// pageSize are ignored, as every match is exported). Every problem is named by its parameter; format defaults to csv.
    /// </summary>
    public static (ExportRequest? Request, Dictionary<string, string[]> Errors) Parse(IQueryCollection query, IReadOnlyList<Facet> facets)
    {
        string[] own = ["format", "part", "page", "pageSize"]; // lang is read with the filters
        var rest = new QueryCollection(query.Where(kv => !own.Contains(kv.Key)).ToDictionary(kv => kv.Key, kv => kv.Value));
        var (filter, language, errors) = IatiExportApi.Parse(rest, facets);

        var formatText = query["format"].ToString();
        var format = formatText.Length == 0 ? ExportFormat.Csv : ExportFormat.Find(formatText);
        if (format is null || query["format"].Count > 1)
            errors["format"] = [$"Unknown format '{QueryParameters.Shorten(formatText)}'. Use one of: {string.Join(", ", ExportFormat.All.Select(f => f.Code))}."];

        var partText = query["part"].ToString();
        var part = ExportPart.Pledges;
        if (partText == "updates") part = ExportPart.Updates;
        else if (partText.Length > 0 && partText != "pledges")
            errors["part"] = [$"Unknown part '{QueryParameters.Shorten(partText)}'. Use one of: {string.Join(", ", Parts)}."];
        if (part == ExportPart.Updates && format is { HasParts: false })
            errors["part"] = [$"format={format.Code} has no separate updates part: {(format == ExportFormat.Xlsx ? "the workbook's second sheet holds the updates" : "IATI carries the people reached as results inside each activity")}. Use part=updates with csv, hxl or json."];

        return errors.Count > 0 ? (null, errors) : (new ExportRequest(format!, language, part, filter), errors);
    }
}

using System.Text;

namespace LocalAction.Web.Features.Dashboard;

/// <summary>
/// A breakdown as a CSV file (<c>GET /dashboard/{key}.csv</c>, same filters as the page): the rows of its data table,
/// UTF-8 with a byte order mark so spreadsheets read accents, and text a spreadsheet would run as a formula neutralized.
/// </summary>
public static class DashboardCsv
{
    public const string Header = "code,label,value";

    public static IEndpointRouteBuilder MapDashboardCsv(this IEndpointRouteBuilder app)
    {
        app.MapGet("/dashboard/{key}.csv", DownloadAsync).ExcludeFromDescription();
        return app;
    }

    public static string Write(Breakdown breakdown)
    {
        var csv = new StringBuilder();
        csv.Append(Header).Append("\r\n");
        foreach (var row in breakdown.Rows)
            csv.Append(Field(row.Code)).Append(',').Append(Field(row.Label)).Append(',').Append(BarChart.Exact(row.Value)).Append("\r\n");
        return csv.ToString();
    }

    /// <summary>
    /// RFC 4180 quoting, and a leading apostrophe where a spreadsheet would start a formula (= + - @, tab, carriage return):
    /// labels come from pledgers and must not run in a reader's spreadsheet. Values are written as plain numbers.
    /// </summary>
    public static string Field(string? value) => Pledges.PledgeCsv.Field(value);

    private static async Task<IResult> DownloadAsync(string key, HttpContext http, DashboardFigures figures, CancellationToken ct)
    {
        if (!BreakdownKeys.All.Contains(key, StringComparer.Ordinal)) return Results.NotFound();
        await figures.EnsureVocabularyAsync(ct);
        var (filter, errors) = DashboardFilterParser.Parse(http.Request.Query);
        if (errors.Count > 0) return Results.ValidationProblem(errors.ToDictionary());
        var breakdown = (await figures.ComputeAsync(filter, ct))[key];
        if (breakdown is null) return Results.NotFound();
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Write(breakdown))).ToArray();
        return Results.File(bytes, "text/csv; charset=utf-8", $"localaction-{key}.csv");
    }
}

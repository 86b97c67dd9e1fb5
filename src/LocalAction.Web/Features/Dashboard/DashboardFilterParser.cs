namespace LocalAction.Web.Features.Dashboard;

/// <summary>Reads the dashboard filter from a query string: round, region, priority; unknown values are errors by parameter.</summary>
public static class DashboardFilterParser
{
    // PLACEHOLDER until the validation lands: the signature is final.
    public static (DashboardFilter Filter, IReadOnlyDictionary<string, string[]> Errors) Parse(IQueryCollection query) =>
        (new DashboardFilter(query["round"].FirstOrDefault(), query["region"].FirstOrDefault(),
            int.TryParse(query["priority"].FirstOrDefault(), out var p) ? p : null), new Dictionary<string, string[]>());
}

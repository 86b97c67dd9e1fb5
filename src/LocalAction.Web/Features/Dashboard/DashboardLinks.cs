using Microsoft.AspNetCore.WebUtilities;

namespace LocalAction.Web.Features.Dashboard;

/// <summary>Links that keep the dashboard's filter, so a CSV file or the coverage page shows what the reader was looking at.</summary>
public static class DashboardLinks
{
    public static string Query(DashboardFilter filter)
    {
        var parameters = new List<KeyValuePair<string, string?>>();
        if (filter.Round is not null) parameters.Add(new("round", filter.Round));
        if (filter.Region is not null) parameters.Add(new("region", filter.Region));
        if (filter.Priority is { } p) parameters.Add(new("priority", p.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return parameters.Count == 0 ? "" : QueryHelpers.AddQueryString("", parameters);
    }

    public static string Csv(string key, DashboardFilter filter) => $"/dashboard/{key}.csv{Query(filter)}";

    public static string Coverage(DashboardFilter filter) => "/dashboard/coverage" + Query(filter);

    public static string Dashboard(DashboardFilter filter) => "/dashboard" + Query(filter);

    public static string Report(DashboardFilter filter) => "/reports/at-a-glance" + Query(filter);
}

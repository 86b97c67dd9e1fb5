using System.Globalization;
using System.Text.RegularExpressions;
using LocalAction.Web.Features.Search;

namespace LocalAction.Web.Features.Dashboard;

/// <summary>Reads the dashboard filter from a query string: round, region, priority; unknown values are errors by parameter.</summary>
public static partial class DashboardFilterParser
{
    public const string RoundParameter = "round";
    public const string RegionParameter = "region";
    public const string PriorityParameter = "priority";

    /// <summary>Parameters of the page and API around the filter (the dashboard's language and format switches), accepted and ignored.</summary>
    private static readonly HashSet<string> Ignored = new(StringComparer.OrdinalIgnoreCase) { "culture", "ui-culture", "lang", "format", "handler" };

    /// <param name="ignoreUnknownParameters">Pages pass true so shared links with tracking parameters still open, as /pledges does;
    /// the API and downloads refuse them so a misspelt filter never silently widens the figures.</param>
    public static (DashboardFilter Filter, IReadOnlyDictionary<string, string[]> Errors) Parse(IQueryCollection query, bool ignoreUnknownParameters = false)
    {
        var errors = new Dictionary<string, string[]>();
        var round = One(query, RoundParameter, errors);
        var region = One(query, RegionParameter, errors);
        var priorityText = One(query, PriorityParameter, errors);

        if (round is not null && !(DashboardVocabulary.Rounds?.Contains(round) ?? WordPattern().IsMatch(round)))
        {
            var known = DashboardVocabulary.Rounds is { } rounds ? $" Known rounds: {string.Join(", ", rounds.Order(StringComparer.Ordinal))}." : "";
            errors[RoundParameter] = [$"'{QueryParameters.Shorten(round)}' is not a known round code.{known}"];
            round = null;
        }
        if (region is not null && !(DashboardVocabulary.Regions?.Contains(region) ?? WordPattern().IsMatch(region)))
        {
            var known = DashboardVocabulary.Regions is { } regions ? $" Known regions: {string.Join(", ", regions.Order(StringComparer.Ordinal))}." : "";
            errors[RegionParameter] = [$"'{QueryParameters.Shorten(region)}' is not a known region.{known}"];
            region = null;
        }
        int? priority = null;
        if (priorityText is not null)
        {
            if (int.TryParse(priorityText, NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p is >= 1 and <= 8) priority = p;
            else errors[PriorityParameter] = [$"'{QueryParameters.Shorten(priorityText)}' is not a valid priority. Give a priority number from 1 to 8."];
        }
        foreach (var name in query.Keys.Where(k => !ignoreUnknownParameters && k is not (RoundParameter or RegionParameter or PriorityParameter) && !Ignored.Contains(k)))
            errors[name] = [$"'{QueryParameters.Shorten(name)}' is not a dashboard parameter. Filter by round, region and priority."];

        return (new DashboardFilter(round, region, priority), errors);
    }

    /// <summary>The parameter's single value; empty means not given (an empty select in a form), several are an error.</summary>
    private static string? One(IQueryCollection query, string name, Dictionary<string, string[]> errors)
    {
        var values = query[name].Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()).Distinct().ToList();
        if (values.Count > 1) errors[name] = [$"Give at most one {name}; got {values.Count}."];
        return values.Count == 1 ? values[0] : null;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex WordPattern();
}

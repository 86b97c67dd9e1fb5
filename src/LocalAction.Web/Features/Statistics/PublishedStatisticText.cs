using System.Globalization;
using Microsoft.Extensions.Localization;

namespace LocalAction.Web.Features.Statistics;

/// <summary>A published figure as pages cite it: the value with the report's own hedge ("more than"), and its source.</summary>
public static class PublishedStatisticText
{
    public static string Value(PublishedStatistic statistic, IStringLocalizer l, CultureInfo culture)
    {
        var value = statistic.Value.ToString("N0", culture);
        return statistic.Qualifier switch
        {
            "more-than" => l["more than {0}", value],
            "at-least" => l["at least {0}", value],
            "about" => l["about {0}", value],
            "less-than" => l["less than {0}", value],
            _ => value,
        };
    }

    /// <summary>"Delivering Results (Dec 2025), section 02": the document by its short name, then the section.</summary>
    public static string Source(PublishedStatistic statistic) => $"{SourceDocuments.ShortName(statistic.SourceSeed)}, {statistic.SourceSection}";
}

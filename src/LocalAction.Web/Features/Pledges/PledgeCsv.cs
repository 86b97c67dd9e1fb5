using System.Globalization;
using System.Text;

namespace LocalAction.Web.Features.Pledges;

/// <summary>One pledge as a CSV file (header and one row), safe to open in a spreadsheet.</summary>
public static class PledgeCsv
{
    public static string Write(PledgeDetail p, string url)
    {
        var lead = p.Pledgers.FirstOrDefault(x => x.Role == "lead");
        var columns = new (string Header, string? Value)[]
        {
            ("public_id", p.PublicId), ("title", p.Title), ("description", p.Description), ("round", p.Round.Name), ("compact", p.Compact),
            ("kind", p.Kind), ("stage", p.Stage), ("completeness", p.Completeness),
            ("start_year", p.Period.StartYear?.ToString(CultureInfo.InvariantCulture)), ("end_year", p.Period.EndYear?.ToString(CultureInfo.InvariantCulture)),
            ("ongoing", p.Period.Ongoing?.ToString().ToLowerInvariant()),
            ("budget_amount", p.Budget?.Amount.ToString(CultureInfo.InvariantCulture)), ("budget_currency", p.Budget?.Currency),
            ("lead_organization", lead?.Name), ("country_code", lead?.CountryCode), ("country", lead?.CountryName),
            ("co_pledgers", Join(p.Pledgers.Where(x => x.Role != "lead").Select(x => x.Name))),
            ("beneficiaries", Join(p.Beneficiaries)),
            ("priorities", Join(p.Priorities.Select(x => x.Number.ToString(CultureInfo.InvariantCulture)))),
            ("gcm_objectives", Join(p.GcmObjectives.Select(x => x.Code))), ("gcr_objectives", Join(p.GcrObjectives.Select(x => x.Code))),
            ("gcr_areas", Join(p.GcrAreas.Select(x => x.Code))), ("sdgs", Join(p.Sdgs.Select(x => x.Number.ToString(CultureInfo.InvariantCulture)))),
            ("partners", Join(p.Partners.Select(x => x.Name))), ("validated_updates", p.Updates.Count.ToString(CultureInfo.InvariantCulture)),
            ("source", p.Source.Document), ("source_section", p.Source.Section), ("synthetic", p.IsSynthetic ? "true" : "false"), ("url", url),
        };
        var csv = new StringBuilder();
        csv.AppendLine(string.Join(',', columns.Select(c => Field(c.Header))));
        csv.AppendLine(string.Join(',', columns.Select(c => Field(c.Value))));
        return csv.ToString();
    }

    /// <summary>RFC 4180 quoting; a value a spreadsheet would run as a formula gets a leading apostrophe.</summary>
    public static string Field(string? value)
    {
        if (string.IsNullOrEmpty(value)) return "";
        if (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r') value = "'" + value;
        return value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    private static string Join(IEnumerable<string> values) => string.Join("; ", values);
}

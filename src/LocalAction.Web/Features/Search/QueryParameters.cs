using System.Globalization;

namespace LocalAction.Web.Features.Search;

/// <summary>Reading and quoting query parameters the same way in every list and API.</summary>
public static class QueryParameters
{
    /// <summary>Echoes a reader's input in an error message, cut short so a huge value never floods the answer.</summary>
    public static string Shorten(string value) => InputValues.Shorten(value);

    /// <summary>An optional whole number within bounds; a bad one is recorded under its parameter name and the fallback used.</summary>
    public static int Int(IQueryCollection query, string name, int fallback, int min, int max, Dictionary<string, string[]> errors, string rule)
    {
        var raw = query[name].ToString();
        if (raw.Length == 0) return fallback;
        if (int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max) return value;
        errors[name] = [$"'{Shorten(raw)}' is not a valid {name}. {rule}"];
        return fallback;
    }
}

using System.Globalization;

namespace LocalAction.Web.Features;

/// <summary>Reading typed values the same way in every form, API and import, and echoing bad ones back safely.</summary>
public static class InputValues
{
    /// <summary>Echo at most 40 characters of a bad value: enough to recognize it, never a 100 000-character message.</summary>
    public static string Shorten(string value) => value.Length <= 40 ? value : value[..40] + "…";

    /// <summary>An enum value from its name or URL word ("in-progress"), case-insensitive; never from a number.</summary>
    public static T? ParseEnum<T>(string value) where T : struct, Enum =>
        !int.TryParse(value, out _) && Enum.TryParse<T>(value.Replace("-", ""), true, out var parsed) && Enum.IsDefined(parsed) ? parsed : null;

    /// <summary>A day written as YYYY-MM-DD (what date inputs send), nothing else.</summary>
    public static bool TryParseDay(string value, out DateOnly day) =>
        DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);
}

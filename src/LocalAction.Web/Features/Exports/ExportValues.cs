using System.Globalization;

namespace LocalAction.Web.Features.Exports;

/// <summary>Stored values as the invariant text every export format writes and an importer parses back.</summary>
public static class ExportValues
{
    public static string? IntegerText(long? value) => value?.ToString(CultureInfo.InvariantCulture);

    /// <summary>No trailing zeros, so 1000.00 and 1000 are written alike and a re-imported amount is written the same again.</summary>
    public static string? DecimalText(decimal? value) => value?.ToString(DecimalFormat, CultureInfo.InvariantCulture);

    public const string DecimalFormat = "0.############################";
    public const string DayFormat = "yyyy-MM-dd";

    public static string? BooleanText(bool? value) => value switch { true => "true", false => "false", null => null };

    public static string? DayText(DateOnly? value) => value?.ToString(DayFormat, CultureInfo.InvariantCulture);

    public static IReadOnlyList<string> Codes(IReadOnlyList<ExportTerm> terms) => terms.Select(t => t.Code).ToList();

    public static IReadOnlyList<string> ExplicitCodes(IReadOnlyList<ExportTerm> terms) => terms.Where(t => t.Explicit).Select(t => t.Code).ToList();

    public static IReadOnlyList<string> Names(IReadOnlyList<ExportTerm> terms) => terms.Select(t => t.Name).ToList();
}

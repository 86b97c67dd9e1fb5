using System.Globalization;

namespace LocalAction.Web.Features.Taxonomy;

/// <summary>The ISO 4217 currency codes in use, as the runtime's culture data (ICU) knows them.</summary>
public static class Currencies
{
    public static readonly IReadOnlySet<string> Codes = CultureInfo.GetCultures(CultureTypes.SpecificCultures)
        .Select(c => { try { return new RegionInfo(c.Name).ISOCurrencySymbol; } catch (ArgumentException) { return null; } })
        .OfType<string>().Where(c => c.Length == 3 && c.All(char.IsAsciiLetterUpper)).ToHashSet(StringComparer.Ordinal);

    public static bool Exists(string code) => Codes.Contains(code);
}

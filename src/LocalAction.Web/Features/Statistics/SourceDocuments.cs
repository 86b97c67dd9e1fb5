namespace LocalAction.Web.Features.Statistics;

/// <summary>The source documents of the seeded data, with the short names pages cite them by.</summary>
public static class SourceDocuments
{
    private static readonly Dictionary<string, string> ShortNames = new()
    {
        ["001_45f8febba912c4ab.txt"] = "Delivering Results (Dec 2025)",
        ["002_0b12c110cfdb9dab.txt"] = "IMRF 2026 Summary Report (June 2026)",
        ["004_61d36827247ab1a6.txt"] = "IMRF 2022 Summary Report",
        ["000_28e95f4fba43184e.txt"] = "Side-event invitation",
    };

    /// <summary>The month each source document states as its date (seed 001: "Copyright © ... December 2025").</summary>
    private static readonly Dictionary<string, DateOnly> PublishedMonths = new()
    {
        ["001_45f8febba912c4ab.txt"] = new DateOnly(2025, 12, 1),
    };

    /// <summary>The first day of the month the document states it was published in; null when it states none we rely on.</summary>
    public static DateOnly? PublishedIn(string seedFile) => PublishedMonths.TryGetValue(seedFile, out var month) ? month : null;

    /// <summary>
    /// The language the text taken from a seed document is written in: all four are English documents, so a pledge's title and
    /// description copied from them are English text, even where the language the pledge was first written in is unknown.
    /// </summary>
    public static string? LanguageOf(string seedFile) => ShortNames.ContainsKey(seedFile) ? "en" : null;

    /// <summary>A short citation for a seed file; the file name itself when it is not one of the known documents.</summary>
    public static string ShortName(string seedFile) => ShortNames.GetValueOrDefault(seedFile, seedFile);
}

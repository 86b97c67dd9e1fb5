using LocalAction.Web.Features.Pledges;

namespace LocalAction.Web.Features.Translations;

/// <summary>One text as shown: the words, the language they are in (null when unknown) and whether they are a translation.</summary>
public sealed record ShownField(string? Text, string? Language, bool IsTranslation);

/// <summary>
/// Which version of a pledge's title and description a reader sees: their own language when the pledge was written in it or
/// translated into it, otherwise the original, field by field (a translation may cover the title only).
/// </summary>
public sealed record ShownText(ShownField Title, ShownField Description, PledgeDetail.TranslationRef? Translation, bool FallsBackToOriginal)
{
    /// <param name="readerLanguage">The interface language.</param>
    /// <param name="requested">"original" to see the original whatever the interface language, or a language with a translation.</param>
    public static ShownText For(PledgeDetail pledge, string readerLanguage, string? requested = null)
    {
        var original = pledge.TextLanguage;
        var wanted = requested == "original" ? original : requested is not null && pledge.Translations?.Any(t => t.Language == requested) == true ? requested : readerLanguage;
        var translation = wanted is null || wanted == original ? null : pledge.Translations?.FirstOrDefault(t => t.Language == wanted);
        var title = translation?.Title is { } t ? new ShownField(t, translation.Language, true) : new ShownField(pledge.Title, original, false);
        var description = translation?.Description is { } d ? new ShownField(d, translation.Language, true) : new ShownField(pledge.Description, original, false);
        // Only text that exists can be missing in a language: an untitled pledge is not "untranslated".
        var fallsBack = requested is null && (
            (title.Text is not null && title.Language != readerLanguage) || (description.Text is not null && description.Language != readerLanguage));
        return new ShownText(title, description, translation, fallsBack);
    }

    /// <summary>The title in the reader's language where translated, otherwise the original (for lists).</summary>
    public static string? TitleIn(string? originalTitle, IReadOnlyDictionary<string, string>? translatedTitles, string language) =>
        translatedTitles is not null && translatedTitles.TryGetValue(language, out var translated) ? translated : originalTitle;
}

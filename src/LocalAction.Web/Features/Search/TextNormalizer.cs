using System.Globalization;
using System.Text;

namespace LocalAction.Web.Features.Search;

/// <summary>
/// Folds text for search: lower case, accents removed ("Bogotá" and "bogota" match, "Zürich" and "zurich"),
/// split into words of letters and digits in any script (Arabic, Chinese ... are kept, not dropped).
/// </summary>
public static class TextNormalizer
{
    public static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormKD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var ch in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(ch);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark) continue;
            builder.Append(char.ToLowerInvariant(ch));
        }
        return builder.ToString().Replace("ß", "ss", StringComparison.Ordinal).Replace("ı", "i", StringComparison.Ordinal);
    }

    /// <summary>The folded words of a text, in order, duplicates kept.</summary>
    public static IEnumerable<string> Words(string? text)
    {
        if (string.IsNullOrEmpty(text)) yield break;
        var folded = Fold(text);
        var start = -1;
        for (var i = 0; i <= folded.Length; i++)
        {
            var isWordChar = i < folded.Length && char.IsLetterOrDigit(folded[i]);
            if (isWordChar && start < 0) start = i;
            else if (!isWordChar && start >= 0)
            {
                yield return folded[start..i];
                start = -1;
            }
        }
    }
}

using Microsoft.Extensions.Localization;

namespace LocalAction.Web.Features.Translations;

/// <summary>Names of text languages in the reader's language ("French", "français"); a code outside the site's languages is shown as is.</summary>
public static class LanguageNames
{
    public static string Of(string code, IStringLocalizer localizer) =>
        WebSetup.Languages.Contains(code) ? localizer["Language." + code] : code;
}

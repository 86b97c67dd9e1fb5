namespace LocalAction.Web.Features.Translations;

/// <summary>Who provided a translation of a pledge's text.</summary>
public enum TranslationSource
{
    /// <summary>Translated by (or for) the Secretariat, which publishes in English, French and Spanish.</summary>
    Secretariat,

    /// <summary>Provided by the pledging organization with its pledge.</summary>
    Pledger,
}

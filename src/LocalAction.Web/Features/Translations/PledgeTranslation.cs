using LocalAction.Web.Features.Pledges;

namespace LocalAction.Web.Features.Translations;

/// <summary>
/// A pledge's title and description in a language other than its original one. The original text on <see cref="Pledge"/>
/// stays the reference: a translation never replaces it, and one that is older than the original says so.
/// </summary>
public sealed class PledgeTranslation
{
    public int Id { get; init; }
    public int PledgeId { get; init; }
    public Pledge? Pledge { get; init; }

    /// <summary>One of the interface languages (en, fr, es), never the pledge's original language.</summary>
    public required string Language { get; init; }
    public string? Title { get; set; }
    public string? Description { get; set; }

    /// <summary>Who wrote it, as readers should know: the Secretariat, or the pledging organization itself.</summary>
    public TranslationSource Source { get; set; }

    /// <summary>
    /// A fingerprint of the original title and description the translation was made from: when the original text changes
    /// afterwards (a published revision), the page says the translation may no longer match it.
    /// </summary>
    public required string SourceTextHash { get; set; }

    /// <summary>Display name of who saved it last (kept with the translation, like revision entries).</summary>
    public required string UpdatedBy { get; set; }
    public DateTime CreatedAt { get; init; }
    public DateTime UpdatedAt { get; set; }

    /// <summary>Optimistic concurrency: incremented on every change.</summary>
    public int Version { get; set; }
}

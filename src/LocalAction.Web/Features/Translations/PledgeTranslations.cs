using System.Security.Claims;
using LocalAction.Web.Data;
using LocalAction.Web.Features.Accounts;
using LocalAction.Web.Features.Audit;
using LocalAction.Web.Features.Pledges;
using LocalAction.Web.Features.Search;
using LocalAction.Web.Features.Submissions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace LocalAction.Web.Features.Translations;

/// <summary>
/// Adds, corrects and removes translations of published pledges' texts, for the Secretariat only: a translation is public at
/// once, so it is held to the same hands as publication. Same rules and messages for the page and the API.
/// </summary>
public sealed class PledgeTranslations(LocalActionDbContext db, SearchIndex search, TimeProvider clock, IStringLocalizer<SharedResource> l)
{
    public const int MaxTitleLength = 500;
    public const int MaxDescriptionLength = 20_000;

    public sealed record Result(WorkflowOutcome Outcome, PledgeTranslation? Translation = null, string? Message = null,
        IReadOnlyDictionary<string, string[]>? Errors = null)
    {
        public bool Succeeded => Outcome == WorkflowOutcome.Ok;
    }

    /// <summary>The published pledge with its translations, or null.</summary>
    public Task<Pledge?> FindAsync(string publicId, CancellationToken ct) =>
        db.Pledges.Include(p => p.Translations)
            .SingleOrDefaultAsync(p => p.PublicId == publicId && p.ReviewState == ReviewState.Published, ct);

    /// <summary>
    /// Creates the translation into <paramref name="language"/> or replaces it. <paramref name="version"/> is the version the
    /// editor started from (null or 0 when there was none): a translation saved in between is not overwritten (409).
    /// </summary>
    public async Task<Result> SaveAsync(ClaimsPrincipal user, string publicId, string language, string? title, string? description,
        TranslationSource source, int? version, CancellationToken ct)
    {
        if (!ActingOrganizations.IsSecretariat(user)) return new(WorkflowOutcome.Forbidden, Message: l["Only the Secretariat adds or corrects translations."]);
        var pledge = await FindAsync(publicId, ct);
        if (pledge is null) return new(WorkflowOutcome.NotFound, Message: string.Format(l["No published pledge has the id {0}."].Value, publicId));

        title = Clean(title);
        description = Clean(description);
        var errors = new Dictionary<string, string[]>();
        if (LanguageError(pledge, language) is { } languageError) errors["language"] = [languageError];
        if (title is null && description is null) errors["title"] = [l["Give the title, the description or both in this language."]];
        if (title is not null && pledge.Title is null) errors["title"] = [l["The pledge has no title to translate."]];
        if (description is not null && pledge.Description is null) errors["description"] = [l["The pledge has no description to translate."]];
        if (title is { Length: > MaxTitleLength }) errors["title"] = [string.Format(l["The title is too long: at most {0} characters."].Value, MaxTitleLength)];
        if (description is { Length: > MaxDescriptionLength }) errors["description"] = [string.Format(l["The description is too long: at most {0} characters."].Value, MaxDescriptionLength)];
        if (!Enum.IsDefined(source)) errors["source"] = [l["Say who provided the translation: the Secretariat or the pledging organization."]];
        if (errors.Count > 0) return new(WorkflowOutcome.Invalid, Message: l["The translation is not valid."], Errors: errors);

        var now = clock.GetUtcNow().UtcDateTime;
        var existing = pledge.Translations.SingleOrDefault(t => t.Language == language);
        if (existing is not null && existing.Version != (version ?? 0))
        {
            return new(WorkflowOutcome.Conflict, existing, string.Format(
                l["This translation was changed by {0} since you opened it. Your text is kept below: compare it with the saved one and save again."].Value, existing.UpdatedBy));
        }
        if (existing is null && version is > 0)
        {
            return new(WorkflowOutcome.Conflict, Message: l["This translation was removed since you opened it. Save again to add it."]);
        }

        var translation = existing ?? new PledgeTranslation { PledgeId = pledge.Id, Language = language, UpdatedBy = "", SourceTextHash = "", CreatedAt = now };
        translation.Title = title;
        translation.Description = description;
        translation.Source = source;
        translation.SourceTextHash = SourceTextHash(pledge.Title, pledge.Description);
        translation.UpdatedBy = user.FindFirstValue(DisplayNameClaimsFactory.DisplayNameClaim) ?? Actor(user);
        translation.UpdatedAt = now;
        translation.Version++;
        if (existing is null) db.PledgeTranslations.Add(translation);
        db.Record(now, Actor(user), existing is null ? "translation.added" : "translation.corrected", $"pledge:{pledge.PublicId}", language);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another editor added the same language first (unique index) or changed it (version): nothing of this one is kept.
            db.ChangeTracker.Clear();
            return new(WorkflowOutcome.Conflict, Message: l["Someone saved a translation into this language at the same moment. Open it again to see theirs."]);
        }
        search.Invalidate([pledge.Id]);
        return new(WorkflowOutcome.Ok, translation);
    }

    /// <summary>Removes the translation the editor saw (its version); the original text is untouched.</summary>
    public async Task<Result> DeleteAsync(ClaimsPrincipal user, string publicId, string language, int version, CancellationToken ct)
    {
        if (!ActingOrganizations.IsSecretariat(user)) return new(WorkflowOutcome.Forbidden, Message: l["Only the Secretariat adds or corrects translations."]);
        var pledge = await FindAsync(publicId, ct);
        if (pledge is null) return new(WorkflowOutcome.NotFound, Message: string.Format(l["No published pledge has the id {0}."].Value, publicId));
        var existing = pledge.Translations.SingleOrDefault(t => t.Language == language);
        if (existing is null) return new(WorkflowOutcome.NotFound, Message: string.Format(l["This pledge has no translation into {0}."].Value, LanguageName(language)));
        if (existing.Version != version)
        {
            return new(WorkflowOutcome.Conflict, existing, string.Format(l["This translation was changed by {0} since you opened it. Look at it again before removing it."].Value, existing.UpdatedBy));
        }
        db.PledgeTranslations.Remove(existing);
        var now = clock.GetUtcNow().UtcDateTime;
        db.Record(now, Actor(user), "translation.removed", $"pledge:{pledge.PublicId}", language);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return new(WorkflowOutcome.Conflict, Message: l["This translation was changed or removed at the same moment. Open it again."]);
        }
        search.Invalidate([pledge.Id]);
        return new(WorkflowOutcome.Ok);
    }

    private string? LanguageError(Pledge pledge, string language)
    {
        if (!WebSetup.Languages.Contains(language))
        {
            return string.Format(l["'{0}' is not a language of this site: use one of {1}."].Value, InputValues.Shorten(language), string.Join(", ", WebSetup.Languages));
        }
        return language == TextLanguage(pledge)
            ? string.Format(l["{0} is this pledge's original language: its text is changed by proposing an edit of the pledge, not by translating it."].Value, LanguageName(language))
            : null;
    }

    /// <summary>
    /// The language the stored title and description are written in: the original language where recorded, otherwise the
    /// language of the document they were taken from.
    /// </summary>
    public static string? TextLanguage(Pledge pledge) => pledge.OriginalLanguage ?? Statistics.SourceDocuments.LanguageOf(pledge.SourceDocument);

    /// <summary>The language's name in the reader's language ("French", "français").</summary>
    public string LanguageName(string code) => LanguageNames.Of(code, l);

    /// <summary>Trimmed, with Windows line ends made plain; empty means not given.</summary>
    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Replace("\r\n", "\n").Trim();

    /// <summary>SHA-256 (hex) of the original title and description, to tell later whether they changed.</summary>
    public static string SourceTextHash(string? title, string? description) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes((title ?? "") + "\u0000" + (description ?? ""))));

    private static string Actor(ClaimsPrincipal user) => AuditLog.Actor(user);
}

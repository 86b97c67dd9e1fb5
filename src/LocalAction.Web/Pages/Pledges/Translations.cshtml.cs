using LocalAction.Web.Features.Accounts;
using LocalAction.Web.Features.Pledges;
using LocalAction.Web.Features.Submissions;
using LocalAction.Web.Features.Translations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace LocalAction.Web.Pages.Pledges;

/// <summary>/pledges/{publicId}/translations: the Secretariat adds, corrects and removes the title and description in other languages.</summary>
[Authorize(Policy = AccountsSetup.SecretariatPolicy)]
public sealed class TranslationsModel(PledgeTranslations translations, IStringLocalizer<SharedResource> l) : FormPageModel
{
    public sealed class InputModel
    {
        public string Language { get; set; } = "";
        public string? Title { get; set; }
        public string? Description { get; set; }
        public string Source { get; set; } = "secretariat";
        public int Version { get; set; }
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    /// <summary>The language whose removal waits for confirmation (?remove=fr).</summary>
    [BindProperty(SupportsGet = true, Name = "remove")]
    public string? ToRemove { get; set; }

    [TempData]
    public string? Message { get; set; }

    /// <summary>Set when saving collided with someone else's change: their saved text, shown beside the typed one.</summary>
    public string? ConflictMessage { get; private set; }

    public Pledge Pledge { get; private set; } = null!;

    /// <summary>The language of the original text, where known; it cannot be translated into.</summary>
    public string? TextLanguage => PledgeTranslations.TextLanguage(Pledge);

    public IEnumerable<string> TargetLanguages => WebSetup.Languages.Where(code => code != TextLanguage);

    public PledgeTranslation? Stored(string language) => Pledge.Translations.SingleOrDefault(t => t.Language == language);

    public async Task<IActionResult> OnGetAsync(string publicId, CancellationToken ct) =>
        await LoadAsync(publicId, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string publicId, CancellationToken ct)
    {
        var source = Input.Source == "pledger" ? TranslationSource.Pledger : Input.Source == "secretariat" ? TranslationSource.Secretariat : (TranslationSource)(-1);
        var result = await translations.SaveAsync(User, publicId, Input.Language, Input.Title, Input.Description, source, Input.Version, ct);
        if (result.Succeeded)
        {
            Message = string.Format(l["Translation into {0} saved and published."].Value, translations.LanguageName(Input.Language));
            return RedirectToPage(new { publicId });
        }
        return await RefusedAsync(publicId, result, ct);
    }

    public async Task<IActionResult> OnPostRemoveAsync(string publicId, CancellationToken ct)
    {
        var result = await translations.DeleteAsync(User, publicId, Input.Language, Input.Version, ct);
        if (result.Succeeded)
        {
            Message = string.Format(l["Translation into {0} removed: readers see the original text again."].Value, translations.LanguageName(Input.Language));
            return RedirectToPage(new { publicId });
        }
        ToRemove = null;
        return await RefusedAsync(publicId, result, ct);
    }

    private async Task<IActionResult> RefusedAsync(string publicId, PledgeTranslations.Result result, CancellationToken ct)
    {
        if (result.Outcome == WorkflowOutcome.Forbidden) return Forbid();
        if (!await LoadAsync(publicId, ct)) return NotFound();
        if (result.Outcome == WorkflowOutcome.Invalid)
        {
            foreach (var (field, messages) in result.Errors!)
            {
                var key = field switch { "description" => "Input.Description", "source" => "Input.Source", "language" => "Input.Language", _ => "Input.Title" };
                foreach (var message in messages) ModelState.AddModelError(key, message);
            }
            return FormWithErrors();
        }
        ConflictMessage = result.Message;
        Response.StatusCode = result.Outcome == WorkflowOutcome.NotFound ? StatusCodes.Status404NotFound : StatusCodes.Status409Conflict;
        return Page();
    }

    private async Task<bool> LoadAsync(string publicId, CancellationToken ct)
    {
        if (!PledgesApi.IsWellFormed(publicId)) return false;
        var pledge = await translations.FindAsync(publicId, ct);
        if (pledge is null) return false;
        Pledge = pledge;
        return true;
    }
}

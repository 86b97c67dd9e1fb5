using LocalAction.Web.Data;
using LocalAction.Web.Features.Accounts;
using LocalAction.Web.Features.Audit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace LocalAction.Web.Pages.Account;

/// <summary>
/// /account/tokens: personal API tokens. A new token is shown once, on the page that creates it; the database keeps its
/// hash and a short prefix. Revoking asks for confirmation first.
/// </summary>
[Authorize]
public sealed class TokensModel(LocalActionDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> l) : FormPageModel
{
    public const int MaxDays = 365;
    public const int DefaultDays = 90;

    public sealed class InputModel
    {
        public string? Name { get; set; }
        public int? Days { get; set; } = DefaultDays;
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    /// <summary>The token just created: in this response only.</summary>
    public string? NewToken { get; private set; }

    public IReadOnlyList<ApiToken> Tokens { get; private set; } = [];

    /// <summary>The token whose revocation is being confirmed (?revoke=id).</summary>
    public ApiToken? ToRevoke { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public DateTime Now { get; } = clock.GetUtcNow().UtcDateTime;

    public async Task OnGetAsync(int? revoke)
    {
        await LoadAsync();
        if (revoke is not null) ToRevoke = Tokens.FirstOrDefault(t => t.Id == revoke && t.RevokedAt is null);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var name = Input.Name?.Trim();
        if (string.IsNullOrEmpty(name)) ModelState.AddModelError("Input.Name", l["Give the token a name, e.g. the script that uses it."]);
        else if (name.Length > 100) ModelState.AddModelError("Input.Name", l["The name can have at most 100 characters."]);
        if (ModelState.TryGetValue("Input.Days", out var daysState) && daysState.Errors.Count > 0)
        {
            daysState.Errors.Clear();
            ModelState.AddModelError("Input.Days", string.Format(l["Enter a number of days from 1 to {0}."].Value, MaxDays));
        }
        else if (Input.Days is not (>= 1 and <= MaxDays))
        {
            ModelState.AddModelError("Input.Days", string.Format(l["Enter a number of days from 1 to {0}."].Value, MaxDays));
        }
        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return FormWithErrors();
        }

        var token = ApiTokens.Generate();
        var userId = ActingOrganizations.UserId(User)!;
        var stored = new ApiToken
        {
            UserId = userId, Name = name!, Prefix = token[..8], TokenHash = ApiTokens.Hash(token),
            CreatedAt = Now, ExpiresAt = Now.AddDays(Input.Days!.Value),
        };
        db.ApiTokens.Add(stored);
        await db.SaveChangesAsync();
        db.Record(Now, User.Identity!.Name!, "token.created", $"token:{stored.Id}", $"{stored.Prefix}… \"{stored.Name}\", expires {stored.ExpiresAt:yyyy-MM-dd}");
        await db.SaveChangesAsync();
        NewToken = token;
        Input = new InputModel();
        ModelState.Clear();
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(int id)
    {
        var userId = ActingOrganizations.UserId(User);
        var token = await db.ApiTokens.SingleOrDefaultAsync(t => t.Id == id && t.UserId == userId);
        if (token is null) return NotFound();
        if (token.RevokedAt is null)
        {
            token.RevokedAt = Now;
            db.Record(Now, User.Identity!.Name!, "token.revoked", $"token:{token.Id}", $"{token.Prefix}… \"{token.Name}\"");
            await db.SaveChangesAsync();
        }
        Message = string.Format(l["The token {0} is revoked: programs using it are refused from now on."].Value, token.Name);
        return RedirectToPage();
    }

    public string State(ApiToken token) =>
        token.RevokedAt is not null ? l["revoked"] : token.ExpiresAt <= Now ? l["expired"] : l["active"];

    private async Task LoadAsync()
    {
        var userId = ActingOrganizations.UserId(User);
        Tokens = await db.ApiTokens.AsNoTracking().Where(t => t.UserId == userId).OrderByDescending(t => t.CreatedAt).ThenByDescending(t => t.Id).ToListAsync();
    }
}

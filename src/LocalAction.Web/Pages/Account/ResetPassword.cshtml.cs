using LocalAction.Web.Data;
using LocalAction.Web.Features.Accounts;
using LocalAction.Web.Features.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace LocalAction.Web.Pages.Account;

/// <summary>/account/reset-password?userId=&amp;code=: the link of the reset message; a new password, twice.</summary>
public sealed class ResetPasswordModel(
    UserManager<LocalActionUser> users, LocalActionDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> l) : FormPageModel
{
    [BindProperty(SupportsGet = true)]
    public string? UserId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    [BindProperty]
    public PasswordInput Input { get; set; } = new();

    public bool Done { get; private set; }
    public bool LinkInvalid { get; private set; }

    public void OnGet()
    {
        if (string.IsNullOrEmpty(UserId) || AccountLinks.DecodeCode(Code) is null) LinkInvalid = true;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var code = AccountLinks.DecodeCode(Code);
        var user = string.IsNullOrEmpty(UserId) ? null : await users.FindByIdAsync(UserId);
        if (user is null || code is null)
        {
            LinkInvalid = true;
            return FormWithErrors();
        }
        if (!await PasswordInput.ValidateAsync(Input, "Input", ModelState, users, user, l)) return FormWithErrors();
        var result = await users.ResetPasswordAsync(user, code, Input.Password!);
        if (!result.Succeeded)
        {
            if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.InvalidToken)))
            {
                LinkInvalid = true;
                return FormWithErrors();
            }
            foreach (var error in result.Errors) ModelState.AddModelError("Input.Password", PasswordInput.Describe(error, l));
            return FormWithErrors();
        }
        // A person who can read the account's mail is its owner: the lock from wrong guesses ends with the reset.
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        // Whoever had the old password may have made tokens with it: a reset ends them too.
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var token in await db.ApiTokens.Where(t => t.UserId == user.Id && t.RevokedAt == null).ToListAsync()) token.RevokedAt = now;
        db.Record(now, user.Email!, "password.reset", $"user:{user.Email}", "API tokens revoked");
        await db.SaveChangesAsync();
        Done = true;
        return Page();
    }
}

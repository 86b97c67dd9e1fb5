using LocalAction.Web.Data;
using LocalAction.Web.Features.Accounts;
using LocalAction.Web.Features.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace LocalAction.Web.Pages.Account;

/// <summary>/account/sign-in: e-mail and password. One answer for a wrong e-mail or a wrong password.</summary>
[EnableRateLimiting(AccountRateLimits.Policy)]
public sealed class SignInModel(
    SignInManager<LocalActionUser> signIn, UserManager<LocalActionUser> users, LocalActionDbContext db, TimeProvider clock,
    IStringLocalizer<SharedResource> l) : FormPageModel
{
    public sealed class InputModel
    {
        public string? Email { get; set; }
        public string? Password { get; set; }
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>Set when the account exists, the password is right, but the e-mail address is not confirmed yet.</summary>
    public bool NotConfirmed { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var email = Input.Email?.Trim();
        if (string.IsNullOrEmpty(email)) ModelState.AddModelError("Input.Email", l["Enter your e-mail address."]);
        if (string.IsNullOrEmpty(Input.Password)) ModelState.AddModelError("Input.Password", l["Enter your password."]);
        if (!ModelState.IsValid) return FormWithErrors();

        var user = await users.FindByEmailAsync(email!);
        var wasLockedOut = user is not null && await users.IsLockedOutAsync(user);
        var result = await signIn.PasswordSignInAsync(user?.UserName ?? email!, Input.Password!, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            // The interface follows the person to a new browser; a language already chosen in this one stays.
            if (!Request.Cookies.ContainsKey(CookieRequestCultureProvider.DefaultCookieName) && user is not null
                && UserLanguages.IsSupported(user.PreferredLanguage))
            {
                WebSetup.RememberLanguage(Response, user.PreferredLanguage);
            }
            return LocalRedirect(AccountLinks.IsLocal(ReturnUrl) ? ReturnUrl! : "/account");
        }
        if (result.IsLockedOut && user is not null)
        {
            if (!wasLockedOut)
            {
                db.Record(clock.GetUtcNow().UtcDateTime, user.Email!, "account.locked-out", $"user:{user.Email}", "too many wrong passwords");
                await db.SaveChangesAsync();
            }
            var until = (await users.GetLockoutEndDateAsync(user))?.UtcDateTime ?? clock.GetUtcNow().UtcDateTime;
            ModelState.AddModelError("", string.Format(l["Too many wrong passwords: this account is locked until {0} UTC. Try again then, or reset your password."].Value, until.ToString("g")));
            return FormWithErrors();
        }
        if (result.IsNotAllowed && user is not null)
        {
            // Identity refuses unconfirmed accounts before it checks the password: check it here, so that only someone who
            // knows the password learns that the account exists; lockout applies here too, or guessing would be unlimited.
            if (!await users.IsLockedOutAsync(user) && await users.CheckPasswordAsync(user, Input.Password!))
            {
                NotConfirmed = true;
                ModelState.AddModelError("", l["Your e-mail address is not confirmed yet. Follow the link in the message we sent you."]);
                return FormWithErrors();
            }
            if (!await users.IsLockedOutAsync(user)) await users.AccessFailedAsync(user);
        }
        ModelState.AddModelError("", l["The e-mail address or the password is wrong."]);
        return FormWithErrors();
    }
}

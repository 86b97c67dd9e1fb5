using System.ComponentModel.DataAnnotations;
using LocalAction.Web.Data;
using LocalAction.Web.Features.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace LocalAction.Web.Pages.Account;

/// <summary>/account/resend-confirmation: the same answer whether or not the address has an account.</summary>
[EnableRateLimiting(AccountRateLimits.Policy)]
public sealed class ResendConfirmationModel(UserManager<LocalActionUser> users, AccountMail mail, LocalActionDbContext db, IStringLocalizer<SharedResource> l) : FormPageModel
{
    [BindProperty]
    public string? Email { get; set; }

    public bool Sent { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var email = Email?.Trim();
        if (string.IsNullOrEmpty(email) || !new EmailAddressAttribute().IsValid(email))
        {
            ModelState.AddModelError(nameof(Email), l["Enter a valid e-mail address, like name@example.org."]);
            return FormWithErrors();
        }
        var user = await users.FindByEmailAsync(email);
        if (user is { EmailConfirmed: false })
        {
            await mail.QueueConfirmationAsync(Request, user);
            await db.SaveChangesAsync();
        }
        Sent = true;
        return Page();
    }
}

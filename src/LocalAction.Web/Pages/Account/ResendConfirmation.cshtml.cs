using LocalAction.Web.Data;
using LocalAction.Web.Features.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace LocalAction.Web.Pages.Account;

/// <summary>/account/resend-confirmation: a new confirmation link for an unconfirmed account; the same answer for any address.</summary>
[EnableRateLimiting(AccountRateLimits.Policy)]
public sealed class ResendConfirmationModel(UserManager<LocalActionUser> users, AccountMail mail, LocalActionDbContext db, IStringLocalizer<SharedResource> l)
    : EmailRequestPageModel(users, db, l)
{
    protected override async Task<bool> QueueAsync(LocalActionUser user)
    {
        if (user.EmailConfirmed) return false;
        await mail.QueueConfirmationAsync(Request, user);
        return true;
    }
}

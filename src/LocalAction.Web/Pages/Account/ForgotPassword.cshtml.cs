using LocalAction.Web.Data;
using LocalAction.Web.Features.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace LocalAction.Web.Pages.Account;

/// <summary>/account/forgot-password: queues a reset link; the same answer whether or not the address has an account.</summary>
[EnableRateLimiting(AccountRateLimits.Policy)]
public sealed class ForgotPasswordModel(UserManager<LocalActionUser> users, AccountMail mail, LocalActionDbContext db, IStringLocalizer<SharedResource> l)
    : EmailRequestPageModel(users, db, l)
{
    protected override async Task<bool> QueueAsync(LocalActionUser user)
    {
        await mail.QueuePasswordResetAsync(Request, user);
        return true;
    }
}

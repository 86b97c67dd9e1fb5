using LocalAction.Web.Features.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LocalAction.Web.Pages.Account;

/// <summary>/account/confirm-email?userId=&amp;code=: the link of the confirmation message.</summary>
public sealed class ConfirmEmailModel(UserManager<LocalActionUser> users) : PageModel
{
    public bool Confirmed { get; private set; }

    public async Task OnGetAsync(string? userId, string? code)
    {
        var decoded = AccountLinks.DecodeCode(code);
        var user = string.IsNullOrEmpty(userId) ? null : await users.FindByIdAsync(userId);
        if (user is not null && decoded is not null)
        {
            Confirmed = user.EmailConfirmed || (await users.ConfirmEmailAsync(user, decoded)).Succeeded;
        }
        if (!Confirmed) Response.StatusCode = StatusCodes.Status400BadRequest;
    }
}

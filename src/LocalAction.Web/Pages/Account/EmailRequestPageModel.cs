using System.ComponentModel.DataAnnotations;
using LocalAction.Web.Data;
using LocalAction.Web.Features.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace LocalAction.Web.Pages.Account;

/// <summary>
/// A form asking for a link by e-mail (password reset, confirmation). The answer is the same whether or not the address
/// has an account, so the form cannot be used to find out who has one.
/// </summary>
public abstract class EmailRequestPageModel(UserManager<LocalActionUser> users, LocalActionDbContext db, IStringLocalizer<SharedResource> l) : FormPageModel
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
        if (string.IsNullOrEmpty(email) || !EmailAddresses.IsPlain(email))
        {
            ModelState.AddModelError(nameof(Email), l["Enter a valid e-mail address, like name@example.org."]);
            return FormWithErrors();
        }
        if (await users.FindByEmailAsync(email) is { } user && await QueueAsync(user))
        {
            await db.SaveChangesAsync();
        }
        Sent = true;
        return Page();
    }

    /// <summary>Queues the message if the account should get one; says whether it did.</summary>
    protected abstract Task<bool> QueueAsync(LocalActionUser user);
}

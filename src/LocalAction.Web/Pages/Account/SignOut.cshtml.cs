using LocalAction.Web.Features.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LocalAction.Web.Pages.Account;

/// <summary>/account/sign-out: signs out on POST only (a link or an image elsewhere cannot sign anyone out).</summary>
public sealed class SignOutModel(SignInManager<LocalActionUser> signIn) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return LocalRedirect("/");
    }
}

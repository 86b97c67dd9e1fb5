using LocalAction.Web.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LocalAction.Web.Pages.Admin;

/// <summary>/admin: the administration pages this person may use.</summary>
[Authorize(Policy = AccountsSetup.SecretariatPolicy)]
public sealed class IndexModel : PageModel
{
    public bool IsAdministrator => User.IsInRole(Roles.Administrator);

    public void OnGet()
    {
    }
}

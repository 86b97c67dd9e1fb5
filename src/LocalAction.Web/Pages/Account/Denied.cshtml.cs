using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LocalAction.Web.Pages.Account;

/// <summary>/account/denied: where a signed-in person lands on a page their role does not open (403).</summary>
public sealed class DeniedModel : PageModel
{
    public void OnGet() => Response.StatusCode = StatusCodes.Status403Forbidden;
}

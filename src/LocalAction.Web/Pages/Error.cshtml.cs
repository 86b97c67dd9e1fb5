using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace LocalAction.Web.Pages;

/// <summary>One page for every error status (re-executed by the status-code and exception middleware).</summary>
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ErrorModel(IStringLocalizer<SharedResource> l) : PageModel
{
    public string Heading { get; private set; } = "";
    public string Explanation { get; private set; } = "";

    public void OnGet(int? code) => Describe(code ?? StatusCodes.Status500InternalServerError);

    public void OnPost(int? code) => Describe(code ?? StatusCodes.Status500InternalServerError);

    private void Describe(int code)
    {
        Response.StatusCode = code is >= 400 and <= 599 ? code : StatusCodes.Status500InternalServerError;
        (Heading, Explanation) = code switch
        {
            404 => (l["Page not found"].Value, l["There is no page at this address. Check the address, or start again from the home page."].Value),
            400 => (l["Bad request"].Value, l["The request could not be understood."].Value),
            403 => (l["Access denied"].Value, l["You do not have permission to see this page."].Value),
            429 => (l["Too many attempts"].Value, l["Too many attempts from your connection in a short time. Wait a minute, then try again."].Value),
            _ => (l["Something went wrong"].Value, l["The problem has been logged. Please try again later."].Value),
        };
    }
}

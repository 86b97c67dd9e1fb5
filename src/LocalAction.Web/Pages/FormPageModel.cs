using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LocalAction.Web.Pages;

/// <summary>Pages with forms: field-level error classes and the status code of a form sent back with errors.</summary>
public abstract class FormPageModel : PageModel
{
    /// <summary>Bootstrap's class for a field with an error.</summary>
    public string Invalid(string key) => ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0 ? "is-invalid" : "";

    /// <summary>The id of a field's error message, for aria-describedby.</summary>
    public static string ErrorId(string key) => key.Replace('.', '_') + "-error";

    /// <summary>The form again with every error at once (400, so scripts and tests see the refusal).</summary>
    protected PageResult FormWithErrors()
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}

using LocalAction.Web.Features.Updates.Import;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LocalAction.Web.Pages.Updates;

/// <summary>The import template: the header row only. Public, as it holds no data and partners share it before signing in.</summary>
public sealed class ImportTemplateModel : PageModel
{
    public IActionResult OnGet() => File(ImportColumns.TemplateCsv(), "text/csv; charset=utf-8", "pledge-updates-template.csv");
}

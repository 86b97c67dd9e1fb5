using LocalAction.Web.Features.Organizations;
using LocalAction.Web.Features.Search;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LocalAction.Web.Pages.Organizations;

/// <summary>/organizations/{id}: an organization's profile, its pledges by round and its partners.</summary>
public sealed class DetailModel(OrganizationDetailLoader loader) : PageModel
{
    public OrganizationDetail Organization { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        if (!OrganizationsApi.IsWellFormed(id)) return NotFound();
        var organization = await loader.LoadAsync(id, FacetLabels.Language, cancellationToken);
        if (organization is null) return NotFound();
        Organization = organization;
        return Page();
    }
}

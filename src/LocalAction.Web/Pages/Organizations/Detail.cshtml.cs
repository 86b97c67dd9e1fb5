using LocalAction.Web.Data;
using LocalAction.Web.Features.Forums;
using LocalAction.Web.Features.Organizations;
using LocalAction.Web.Features.Search;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LocalAction.Web.Pages.Organizations;

/// <summary>/organizations/{id}: an organization's profile, its pledges by round and its partners.</summary>
public sealed class DetailModel(OrganizationDetailLoader loader, ForumDetailLoader forums, LocalActionDbContext db) : PageModel
{
    public OrganizationDetail Organization { get; private set; } = null!;

    /// <summary>The forums whose delegation it was in, with its speaking roles there.</summary>
    public IReadOnlyList<(string ForumCode, string ForumName, int Year, bool? InNationalDelegation, IReadOnlyList<(string Session, SpeakingRoleKind? Role)> Roles)> Forums { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        if (!OrganizationsApi.IsWellFormed(id)) return NotFound();
        var organization = await loader.LoadAsync(id, FacetLabels.Language, cancellationToken);
        if (organization is null) return NotFound();
        Organization = organization;
        var organizationId = await db.Organizations.Where(o => o.Slug == id).Select(o => o.Id).SingleAsync(cancellationToken);
        Forums = await forums.ParticipationAsync(organizationId, cancellationToken);
        return Page();
    }
}

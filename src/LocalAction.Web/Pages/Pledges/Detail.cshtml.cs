using LocalAction.Web.Data;
using LocalAction.Web.Features.Accounts;
using LocalAction.Web.Features.Campaigns;
using LocalAction.Web.Features.Pledges;
using LocalAction.Web.Features.Search;
using LocalAction.Web.Features.Translations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LocalAction.Web.Pages.Pledges;

/// <summary>/pledges/{publicId}: every field of one pledge, how it advances the Compacts, its updates, source and history.</summary>
public sealed class DetailModel(PledgeDetailLoader loader, LocalActionDbContext db, ActingOrganizations acting, Campaigns campaigns) : PageModel
{
    public PledgeDetail Pledge { get; private set; } = null!;

    /// <summary>The reader acts for one of the pledging organizations (or is the Secretariat): offer to propose an edit.</summary>
    public bool CanProposeEdit { get; private set; }

    /// <summary>The Secretariat may add and correct translations of the title and description.</summary>
    public bool CanTranslate { get; private set; }

    /// <summary>"original" or a language: the version of the text the reader asked for instead of their own language's.</summary>
    [BindProperty(SupportsGet = true, Name = "text")]
    public string? TextVersion { get; set; }

    /// <summary>The title and description in the language shown, with where each comes from.</summary>
    public ShownText Shown { get; private set; } = null!;

    /// <summary>The open campaign asking for an update on this pledge, if any; the report link is shown to everyone then.</summary>
    public UpdateCampaign? OpenCampaign { get; private set; }

    public async Task<IActionResult> OnGetAsync(string publicId, CancellationToken cancellationToken)
    {
        if (!PledgesApi.IsWellFormed(publicId)) return NotFound();
        var pledge = await loader.LoadAsync(publicId, FacetLabels.Language, cancellationToken);
        if (pledge is null) return NotFound();
        Pledge = pledge;
        // An unknown version asked for is not an error worth a page of its own: the reader's language is shown instead.
        Shown = ShownText.For(pledge, FacetLabels.Language, TextVersion is "original" or "en" or "fr" or "es" ? TextVersion : null);
        var pledgeId = await db.Pledges.Where(p => p.PublicId == publicId).Select(p => p.Id).SingleAsync(cancellationToken);
        OpenCampaign = await campaigns.OpenForAsync(pledgeId, cancellationToken);
        if (User.Identity?.IsAuthenticated == true)
        {
            var mine = await acting.ForAsync(User, cancellationToken);
            CanTranslate = ActingOrganizations.IsSecretariat(User);
            CanProposeEdit = ActingOrganizations.IsSecretariat(User) || await db.Pledges.Where(p => p.PublicId == publicId)
                .SelectMany(p => p.Organizations).AnyAsync(o => mine.Contains(o.OrganizationId), cancellationToken);
        }
        return Page();
    }

    public string CanonicalUrl => $"{Request.Scheme}://{Request.Host}/pledges/{Pledge.PublicId}";

    /// <summary>"Zürich (2023). Title. Call to Local Action for Migrants and Refugees, GRF 2023. LocalAction, CLA-2023-0012. URL (accessed 22 November 2026)."</summary>
    public string Citation(string untitled, string accessed)
    {
        var lead = Pledge.Pledgers.FirstOrDefault(p => p.Role == "lead")?.Name ?? "";
        var co = Pledge.Pledgers.Where(p => p.Role != "lead").Select(p => p.Name).ToList();
        var who = co.Count == 0 ? lead : $"{lead}, {string.Join(", ", co)}";
        return $"{who} ({Pledge.Round.Year}). {Pledge.Title ?? untitled}. Call to Local Action for Migrants and Refugees, {Pledge.Round.Name}. LocalAction, {Pledge.PublicId}. {CanonicalUrl} ({accessed}).";
    }
}

using System.Text.Encodings.Web;
using LocalAction.Web.Data;
using LocalAction.Web.Features.Map;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace LocalAction.Web.Pages;

/// <summary>The map page: published pledges per country of the lead organization, as a shaded map and as a table.</summary>
public sealed class MapModel(
    LocalActionDbContext db, IWebHostEnvironment environment, IStringLocalizer<SharedResource> l, HtmlEncoder encoder,
    ILogger<MapModel> logger) : PageModel
{
    public PledgesByCountry Totals { get; private set; } = null!;

    /// <summary>The SVG, or null when the shapes are missing from the web root; the table still carries every figure.</summary>
    public IHtmlContent? Map { get; private set; }

    /// <summary>Countries with pledges that the 1:110m shapes do not include (e.g. small island states).</summary>
    public List<CountryPledges> NotDrawn { get; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Totals = await PledgesByCountry.ComputeAsync(db, cancellationToken);
        // WebRootFileProvider also resolves the build's static web assets, so this works under `dotnet run`, the
        // built executable and the integration tests alike; a published app carries the file in its own wwwroot.
        var geometry = WorldMapGeometry.Load(environment.WebRootFileProvider);
        if (geometry is null)
        {
            logger.LogError("The map shapes {Path} are missing from the web root; the build copies them from npm (world-atlas).", WorldMapGeometry.WebRootPath);
            return;
        }
        Map = new WorldMapRenderer(l, encoder).Render(geometry, Totals.Countries);
        NotDrawn.AddRange(Totals.WithPledges.Where(c => !geometry.Draws(c.Numeric)));
    }
}

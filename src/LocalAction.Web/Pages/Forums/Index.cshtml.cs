using LocalAction.Web.Data;
using LocalAction.Web.Features.Forums;
using LocalAction.Web.Features.Statistics;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LocalAction.Web.Pages.ForumPages;

/// <summary>/forums: every forum with its engagement figures side by side, computed beside published.</summary>
public sealed class IndexModel(LocalActionDbContext db, EngagementFigures figures) : PageModel
{
    public IReadOnlyList<Forum> Forums { get; private set; } = [];
    public IReadOnlyList<Engagement> Engagement { get; private set; } = [];
    public IReadOnlyDictionary<string, PublishedStatistic> Published { get; private set; } = new Dictionary<string, PublishedStatistic>();

    public async Task OnGetAsync(CancellationToken ct)
    {
        Forums = await db.Forums.AsNoTracking().OrderBy(f => f.Year).ThenBy(f => f.Code).ToListAsync(ct);
        Engagement = await figures.ForAllAsync(ct);
        Published = await db.PublishedStatistics.AsNoTracking()
            .Where(s => s.Key.StartsWith("forum.") || s.Key.StartsWith("delegation.")).ToDictionaryAsync(s => s.Key, ct);
    }
}

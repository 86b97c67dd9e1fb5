using LocalAction.Web.Data;
using LocalAction.Web.Features.Forums;
using LocalAction.Web.Features.Statistics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LocalAction.Web.Pages.ForumPages;

/// <summary>/forums/{code}: a forum's programme by day, delegation, speaking roles, side events, pledges, declaration, quotes.</summary>
public sealed class DetailModel(ForumDetailLoader loader, LocalActionDbContext db) : PageModel
{
    public ForumDetail Detail { get; private set; } = null!;
    public IReadOnlyDictionary<string, PublishedStatistic> Published { get; private set; } = new Dictionary<string, PublishedStatistic>();

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        if (!ForumsApi.IsWellFormed(code)) return NotFound();
        var detail = await loader.LoadAsync(code, ct);
        if (detail is null) return NotFound();
        Detail = detail;
        var suffix = "." + code;
        Published = await db.PublishedStatistics.AsNoTracking().Where(s => s.Key.EndsWith(suffix)).ToDictionaryAsync(s => s.Key, ct);
        return Page();
    }
}

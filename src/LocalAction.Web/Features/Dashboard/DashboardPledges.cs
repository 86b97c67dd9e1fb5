using LocalAction.Web.Data;
using LocalAction.Web.Features.Pledges;
using LocalAction.Web.Features.Search;
using Microsoft.EntityFrameworkCore;

namespace LocalAction.Web.Features.Dashboard;

/// <summary>The published pledges a dashboard filter selects; a pledge's region is the reports' region of its lead's country.</summary>
public static class DashboardPledges
{
    public static async Task<IQueryable<Pledge>> SelectAsync(LocalActionDbContext db, DashboardFilter filter, CancellationToken ct)
    {
        var pledges = db.Pledges.AsNoTracking().Where(p => p.ReviewState == ReviewState.Published);
        if (filter.Round is { } round) pledges = pledges.Where(p => p.Round!.Code == round);
        if (filter.Priority is { } priority) pledges = pledges.Where(p => p.Priorities.Any(x => x.PriorityNumber == priority));
        if (filter.Region is { } region)
        {
            // The URL word is made in C# (FilterValues.ReportRegionSlug), so the region names it stands for are found first.
            var names = (await db.Countries.AsNoTracking().Where(c => c.ReportRegion != null).Select(c => c.ReportRegion!).Distinct().ToListAsync(ct))
                .Where(r => FilterValues.ReportRegionSlug(r) == region).ToList();
            pledges = pledges.Where(p => p.Organizations.Any(o => o.Role == PledgeRole.Lead && names.Contains(o.Organization!.Country!.ReportRegion!)));
        }
        return pledges;
    }
}

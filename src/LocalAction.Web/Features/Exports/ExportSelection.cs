using LocalAction.Web.Data;
using LocalAction.Web.Features.Pledges;
using Microsoft.EntityFrameworkCore;

namespace LocalAction.Web.Features.Exports;

/// <summary>
/// Every published pledge in the list's default order (newest round first, then public id, descending), read straight from
/// the database: what an export without text or filters selects, without building a search snapshot (which at 100 000
/// pledges costs seconds and a few hundred megabytes a one-off command does not need). It must agree with
/// <see cref="Search.SearchSnapshotBuilder"/>, which orders its pledges the same way and leaves out a pledge without any
/// pledging organization; a test holds them together.
/// </summary>
public static class ExportSelection
{
    public static async Task<List<int>> AllNewestFirstAsync(LocalActionDbContext db, CancellationToken ct)
    {
        var pledges = await db.Pledges.AsNoTracking()
            .Where(p => p.ReviewState == ReviewState.Published && p.Organizations.Any())
            .Select(p => new { p.Id, p.Round!.Year, p.PublicId })
            .ToListAsync(ct);
        return pledges.OrderByDescending(p => p.Year).ThenByDescending(p => p.PublicId, StringComparer.Ordinal).Select(p => p.Id).ToList();
    }
}

using LocalAction.Web.Data;
using LocalAction.Web.Features.Search;
using Microsoft.EntityFrameworkCore;

namespace LocalAction.Web.Pages.Dashboard;

/// <summary>The choices of the dashboard's filter form: rounds, the reports' regions (as URL words) and the eight priorities.</summary>
public sealed record DashboardOptions(
    IReadOnlyList<(string Value, string Label)> Rounds,
    IReadOnlyList<(string Value, string Label)> Regions,
    IReadOnlyList<(int Value, string Label)> Priorities)
{
    public static async Task<DashboardOptions> LoadAsync(LocalActionDbContext db, string language, CancellationToken ct)
    {
        var rounds = await db.Rounds.AsNoTracking().OrderBy(r => r.Year).ThenBy(r => r.Code).Select(r => new { r.Code, r.Name }).ToListAsync(ct);
        var regions = await db.Countries.AsNoTracking().Where(c => c.ReportRegion != null).Select(c => c.ReportRegion!).Distinct().ToListAsync(ct);
        var priorities = await db.Priorities.AsNoTracking().OrderBy(p => p.Number).ToListAsync(ct);
        return new DashboardOptions(
            [.. rounds.Select(r => (r.Code, r.Name))],
            [.. regions.Order(StringComparer.Ordinal).Select(r => (FilterValues.ReportRegionSlug(r), r))],
            [.. priorities.Select(p => (p.Number, $"{p.Number}. {p.NameIn(language)}"))]);
    }
}

/// <summary>What the shared filter form needs: the choices, the current filter and the page it submits to.</summary>
public sealed record DashboardFilterForm(DashboardOptions Options, LocalAction.Web.Features.Dashboard.DashboardFilter Filter, string Action);

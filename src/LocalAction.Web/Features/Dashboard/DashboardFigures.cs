using LocalAction.Web.Data;

namespace LocalAction.Web.Features.Dashboard;

/// <summary>Computes the dashboard for a filter from published pledges and validated updates.</summary>
public sealed class DashboardFigures(LocalActionDbContext db)
{
    // PLACEHOLDER until the computation lands: the shape is final, the numbers are not.
    public Task<DashboardSummary> ComputeAsync(DashboardFilter filter, CancellationToken ct = default)
    {
        _ = db;
        var rows = new List<FigureRow> { new("example", "Example", 1) };
        return Task.FromResult(new DashboardSummary(filter, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
            [.. BreakdownKeys.All.Select(k => new Breakdown(k, k, BreakdownUnits.Pledges, rows))]));
    }
}

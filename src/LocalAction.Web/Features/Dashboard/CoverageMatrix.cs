using System.Globalization;
using LocalAction.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace LocalAction.Web.Features.Dashboard;

/// <summary>
/// How many of the filtered published pledges advance each GCM objective, guiding principle, GCR area and SDG, by
/// priority and by round. Counted from the pledge's own links, derived from its priorities and set explicitly alike.
/// A pledge under several priorities counts in each of their columns, so the totals count pledges once and are no sums.
/// </summary>
public sealed record CoverageMatrix(int Pledges, IReadOnlyList<CoverageColumn> Columns, IReadOnlyList<CoverageTable> Tables)
{
    public const string Gcm = "gcm-objectives";
    public const string GuidingPrinciples = "guiding-principles";
    public const string GcrAreas = "gcr-areas";
    public const string Sdgs = "sdgs";

    /// <summary>How many shades the heat map has above zero; each cell prints its number, the shade only helps the eye.</summary>
    public const int Steps = 4;

    public static int Step(int count, int max) => count <= 0 || max <= 0 ? 0 : Math.Max(1, (int)Math.Ceiling(count * (double)Steps / max));

    public static async Task<CoverageMatrix> ComputeAsync(LocalActionDbContext db, DashboardFilter filter, string language, CancellationToken ct = default)
    {
        var pledges = await DashboardPledges.SelectAsync(db, filter, ct);
        var facts = await pledges.Select(p => new { p.Id, Round = p.Round!.Code, Priorities = p.Priorities.Select(x => x.PriorityNumber).ToList() })
            .ToListAsync(ct);
        var columnsOf = facts.ToDictionary(p => p.Id,
            p => p.Priorities.Select(n => "priority-" + n.ToString(CultureInfo.InvariantCulture)).Append("round-" + p.Round).ToList());

        var rounds = await db.Rounds.AsNoTracking().OrderBy(r => r.Year).ThenBy(r => r.Code).Select(r => new { r.Code, r.Name }).ToListAsync(ct);
        var priorities = await db.Priorities.AsNoTracking().OrderBy(p => p.Number).ToListAsync(ct);
        var columns = priorities.Select(p => new CoverageColumn("priority-" + p.Number.ToString(CultureInfo.InvariantCulture), CoverageColumn.Priority,
                p.Number.ToString(CultureInfo.InvariantCulture), p.NameIn(language)))
            .Concat(rounds.Select(r => new CoverageColumn("round-" + r.Code, CoverageColumn.Round, r.Name, r.Name)))
            .ToList();

        // Joined through the link's own pledge id (no correlated subquery: SQLite has no APPLY).
        var gcm = (await pledges.SelectMany(p => p.GcmObjectives).Select(g => new { g.PledgeId, g.GcmObjectiveNumber }).ToListAsync(ct))
            .Select(g => new Link(g.PledgeId, g.GcmObjectiveNumber.ToString(CultureInfo.InvariantCulture))).ToList();
        var principles = await pledges.SelectMany(p => p.GuidingPrinciples).Select(g => new Link(g.PledgeId, g.GuidingPrincipleCode)).ToListAsync(ct);
        var areas = await pledges.SelectMany(p => p.GcrAreas).Select(g => new Link(g.PledgeId, g.GcrAreaCode)).ToListAsync(ct);
        var sdgs = (await pledges.SelectMany(p => p.Sdgs).Select(g => new { g.PledgeId, g.SdgNumber }).ToListAsync(ct))
            .Select(g => new Link(g.PledgeId, g.SdgNumber.ToString(CultureInfo.InvariantCulture))).ToList();

        var gcmItems = (await db.GcmObjectives.AsNoTracking().OrderBy(x => x.Number).ToListAsync(ct))
            .Select(x => (Code: x.Number.ToString(CultureInfo.InvariantCulture), Name: x.NameIn(language)));
        var principleItems = (await db.GuidingPrinciples.AsNoTracking().OrderBy(x => x.Code).ToListAsync(ct)).Select(x => (x.Code, Name: x.NameIn(language)));
        var areaItems = (await db.GcrAreas.AsNoTracking().OrderBy(x => x.SortOrder).ThenBy(x => x.Code).ToListAsync(ct)).Select(x => (x.Code, Name: x.NameIn(language)));
        var sdgItems = (await db.Sdgs.AsNoTracking().OrderBy(x => x.Number).ToListAsync(ct))
            .Select(x => (Code: x.Number.ToString(CultureInfo.InvariantCulture), Name: x.NameIn(language)));

        return new CoverageMatrix(facts.Count, columns,
        [
            Table(Gcm, gcmItems, gcm, columns, columnsOf),
            Table(GuidingPrinciples, principleItems, principles, columns, columnsOf),
            Table(GcrAreas, areaItems, areas, columns, columnsOf),
            Table(Sdgs, sdgItems, sdgs, columns, columnsOf),
        ]);
    }

    private sealed record Link(int PledgeId, string Code);

    private static CoverageTable Table(string key, IEnumerable<(string Code, string Name)> items, List<Link> links,
        List<CoverageColumn> columns, Dictionary<int, List<string>> columnsOf)
    {
        // Distinct pairs: a link stored twice (derived and explicit) still counts the pledge once.
        var pledgesOf = links.GroupBy(l => l.Code, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(l => l.PledgeId).Distinct().ToList(), StringComparer.Ordinal);
        var rows = items.Select(item =>
        {
            var ids = pledgesOf.GetValueOrDefault(item.Code) ?? [];
            var counts = columns.Select(c => ids.Count(id => columnsOf[id].Contains(c.Key))).ToList();
            return new CoverageRow(item.Code, item.Name, counts, ids.Count);
        }).ToList();
        var linked = links.Select(l => l.PledgeId).Distinct().ToList();
        var columnTotals = columns.Select(c => linked.Count(id => columnsOf[id].Contains(c.Key))).ToList();
        var max = rows.SelectMany(r => r.Counts).DefaultIfEmpty(0).Max();
        return new CoverageTable(key, rows, columnTotals, linked.Count, max);
    }
}

/// <summary>A column of the matrix: a priority or a round.</summary>
public sealed record CoverageColumn(string Key, string Kind, string Heading, string Name)
{
    public const string Priority = "priority";
    public const string Round = "round";
}

/// <summary>One taxonomy item: pledges per column, and the pledges linked to it at all.</summary>
public sealed record CoverageRow(string Code, string Name, IReadOnlyList<int> Counts, int Total);

/// <summary>One taxonomy against the columns; <see cref="Max"/> sets the shading steps.</summary>
public sealed record CoverageTable(string Key, IReadOnlyList<CoverageRow> Rows, IReadOnlyList<int> ColumnTotals, int Total, int Max);

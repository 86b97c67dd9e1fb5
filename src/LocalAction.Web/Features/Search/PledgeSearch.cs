namespace LocalAction.Web.Features.Search;

/// <summary>
/// Runs a <see cref="PledgeQuery"/> against a <see cref="SearchSnapshot"/>: values within a facet are alternatives (OR),
/// facets combine (AND). Each facet's counts apply every other facet's filter but not its own, so a reader sees what
/// choosing another value would give.
/// </summary>
public static class PledgeSearch
{
    public static PledgeSearchResult Execute(SearchSnapshot snapshot, PledgeQuery query)
    {
        var facets = snapshot.Facets;
        var textMatch = snapshot.Text.Match(query.Text);

        // Per facet, which value ids are selected; null where the facet does not filter.
        var selected = new bool[Facets.Count][];
        var active = new List<int>();
        for (var f = 0; f < Facets.Count; f++)
        {
            if (query.Selected[f].Count == 0) continue;
            selected[f] = new bool[facets[f].Values.Count];
            foreach (var slug in query.Selected[f]) selected[f][facets[f].IdOf[slug]] = true;
            active.Add(f);
        }

        var counts = new int[Facets.Count][];
        for (var f = 0; f < Facets.Count; f++) counts[f] = new int[facets[f].Values.Count];

        var pledges = snapshot.Pledges;
        var isMatch = new bool[pledges.Count];
        var total = 0;
        for (var i = 0; i < pledges.Count; i++)
        {
            if (textMatch is not null && !textMatch[i]) continue;
            var entry = pledges[i];
            var failed = -1;
            var failures = 0;
            foreach (var f in active)
            {
                if (Passes(entry.FacetValueIds[f], selected[f])) continue;
                failed = f;
                if (++failures > 1) break;
            }
            if (failures == 0)
            {
                isMatch[i] = true;
                total++;
                for (var f = 0; f < Facets.Count; f++)
                {
                    foreach (var id in entry.FacetValueIds[f]) counts[f][id]++;
                }
            }
            else if (failures == 1)
            {
                foreach (var id in entry.FacetValueIds[failed]) counts[failed][id]++;
            }
        }

        // Sort orders are precomputed in the snapshot: a page is a walk, never a sort.
        var order = snapshot.OrderFor(query.Sort);
        var skip = (long)(query.Page - 1) * query.PageSize;
        var page = new List<IndexedPledge>(query.PageSize);
        for (var k = 0; k < order.Length && page.Count < query.PageSize; k++)
        {
            var i = order[k];
            if (!isMatch[i]) continue;
            if (skip > 0) { skip--; continue; }
            page.Add(pledges[i]);
        }
        return new PledgeSearchResult(page, total, query.Page, query.PageSize, counts);
    }

    private static bool Passes(int[] valueIds, bool[] selected)
    {
        foreach (var id in valueIds)
        {
            if (selected[id]) return true;
        }
        return false;
    }
}

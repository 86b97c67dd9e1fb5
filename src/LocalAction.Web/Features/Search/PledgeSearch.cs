namespace LocalAction.Web.Features.Search;

/// <summary>
/// Runs a <see cref="PledgeQuery"/> against a <see cref="SearchSnapshot"/>: values within a facet are alternatives (OR),
/// facets combine (AND). Each facet's counts apply every other facet's filter but not its own, so a reader sees what
/// choosing another value would give.
/// </summary>
public static class PledgeSearch
{
    /// <param name="reuse">False computes the matches even when the same filters were computed before (benchmarks).</param>
    public static PledgeSearchResult Execute(SearchSnapshot snapshot, PledgeQuery query, bool reuse = true)
    {
        // The same filters asked again (other pages, other sorts, other languages, other readers) reuse the matches and
        // counts: they cannot change within a snapshot.
        var filtered = reuse
            ? snapshot.Filtered.GetOrAdd(query.FilterKey(), static (_, state) => Filter(state.snapshot, state.query), (snapshot, query))
            : Filter(snapshot, query);

        // Sort orders are precomputed in the snapshot: a page is a walk, never a sort.
        var order = snapshot.OrderFor(query.Sort);
        var skip = (long)(query.Page - 1) * query.PageSize;
        var page = new List<IndexedPledge>(query.PageSize);
        var bits = filtered.Matches;
        for (var k = 0; k < order.Length && page.Count < query.PageSize; k++)
        {
            var i = order[k];
            if ((bits[i >> 6] & (1UL << i)) == 0) continue;
            if (skip > 0) { skip--; continue; }
            page.Add(snapshot.Pledges[i]);
        }
        return new PledgeSearchResult(page, filtered.Total, query.Page, query.PageSize, filtered.FacetCounts);
    }

    /// <summary>
    /// Every match of the query's text and filters in its sort order (page and page size ignored), walked lazily: exports
    /// read them in batches without a list of the whole selection.
    /// </summary>
    public static IEnumerable<IndexedPledge> AllMatches(SearchSnapshot snapshot, PledgeQuery query)
    {
        var bits = snapshot.Filtered.GetOrAdd(query.FilterKey(), static (_, state) => Filter(state.snapshot, state.query), (snapshot, query)).Matches;
        foreach (var i in snapshot.OrderFor(query.Sort))
        {
            if ((bits[i >> 6] & (1UL << i)) != 0) yield return snapshot.Pledges[i];
        }
    }

    private static FilterResult Filter(SearchSnapshot snapshot, PledgeQuery query)
    {
        var facets = snapshot.Facets;
        var textMatch = snapshot.Text.Match(query.Text);
        var first = snapshot.FirstValueOfFacet;
        var facetOf = snapshot.FacetOfValue;
        var values = snapshot.ValueIds;
        var offsets = snapshot.Offsets;

        // Selected global value ids, and the facets that filter (as a bit mask: there are fewer than 32 facets).
        var selected = new bool[facetOf.Length];
        var activeMask = 0;
        for (var f = 0; f < Facets.Count; f++)
        {
            foreach (var slug in query.Selected[f])
            {
                selected[first[f] + facets[f].IdOf[slug]] = true;
                activeMask |= 1 << f;
            }
        }

        var counts = new int[facetOf.Length];
        var pledges = snapshot.Pledges;
        var isMatch = new ulong[(pledges.Count + 63) / 64];
        var total = 0;
        for (var i = 0; i < pledges.Count; i++)
        {
            if (textMatch is not null && !textMatch[i]) continue;
            int start = offsets[i], end = offsets[i + 1];
            var passedMask = 0;
            if (activeMask != 0)
            {
                for (var k = start; k < end; k++)
                {
                    var v = values[k];
                    if (selected[v]) passedMask |= 1 << facetOf[v];
                }
            }
            var failedMask = activeMask & ~passedMask;
            if (failedMask == 0)
            {
                isMatch[i >> 6] |= 1UL << i;
                total++;
                for (var k = start; k < end; k++) counts[values[k]]++;
            }
            else if ((failedMask & (failedMask - 1)) == 0)
            {
                // Fails exactly one facet: it still counts for that facet's values (what choosing them would add).
                var failed = System.Numerics.BitOperations.TrailingZeroCount(failedMask);
                for (var k = start; k < end; k++)
                {
                    var v = values[k];
                    if (facetOf[v] == failed) counts[v]++;
                }
            }
        }

        var perFacet = new int[Facets.Count][];
        for (var f = 0; f < Facets.Count; f++) perFacet[f] = counts[first[f]..first[f + 1]];

        return new FilterResult(isMatch, total, perFacet);
    }
}

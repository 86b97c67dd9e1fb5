namespace LocalAction.Web.Features.Search;

/// <summary>
/// An inverted index of folded words: each word with the sorted positions of the documents containing it.
/// A query word matches every word it begins ("bogo" finds "bogota"); all query words must match.
/// </summary>
public sealed class TokenIndex
{
    private readonly string[] _words;
    private readonly int[][] _postings;
    private readonly int _documentCount;

    public TokenIndex(IReadOnlyList<IEnumerable<string>> documents)
    {
        _documentCount = documents.Count;
        var map = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var doc = 0; doc < documents.Count; doc++)
        {
            foreach (var word in documents[doc])
            {
                if (!map.TryGetValue(word, out var list)) map[word] = list = [];
                if (list.Count == 0 || list[^1] != doc) list.Add(doc);
            }
        }
        _words = map.Keys.Order(StringComparer.Ordinal).ToArray();
        _postings = _words.Select(w => map[w].ToArray()).ToArray();
    }

    /// <summary>Which documents contain every word of the query (as a word or the start of one); null for an empty query.</summary>
    public bool[]? Match(string? query)
    {
        var terms = TextNormalizer.Words(query).Distinct().ToList();
        if (terms.Count == 0) return null;
        bool[]? result = null;
        foreach (var term in terms)
        {
            var hits = new bool[_documentCount];
            var i = LowerBound(term);
            for (; i < _words.Length && _words[i].StartsWith(term, StringComparison.Ordinal); i++)
            {
                foreach (var doc in _postings[i]) hits[doc] = true;
            }
            if (result is null) result = hits;
            else for (var d = 0; d < _documentCount; d++) result[d] &= hits[d];
        }
        return result;
    }

    private int LowerBound(string prefix)
    {
        int lo = 0, hi = _words.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (string.CompareOrdinal(_words[mid], prefix) < 0) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}

namespace LocalAction.Web.Features.Exports;

/// <summary>
/// The terms one link table can point to, numbered in the order a pledge lists them (by number, by letter, GCR areas in
/// their published order, beneficiary groups by code), each made once per export in its plain and explicit variant. A link
/// is then kept as <c>index * 2 + explicit</c>: sorting a pledge's links as numbers sorts them in that order.
/// </summary>
public sealed class TermTable
{
    private readonly ExportTerm[] _terms;
    private readonly ExportTerm[] _explicitTerms;
    private readonly Dictionary<string, ushort> _byCode = new(StringComparer.Ordinal);
    private readonly int[] _byNumber;

    /// <param name="terms">Each term as (stored code or number's text, number or 0, exported term), already in display order.</param>
    public TermTable(IEnumerable<(string Stored, int Number, ExportTerm Term)> terms)
    {
        var list = terms.ToList();
        _terms = list.Select(t => t.Term with { Explicit = false }).ToArray();
        _explicitTerms = list.Select(t => t.Term with { Explicit = true }).ToArray();
        _byNumber = new int[list.Count == 0 ? 1 : list.Max(t => t.Number) + 1];
        Array.Fill(_byNumber, -1);
        for (var i = 0; i < list.Count; i++)
        {
            _byCode[list[i].Stored] = (ushort)(i * 2);
            if (list[i].Number > 0) _byNumber[list[i].Number] = i * 2;
        }
    }

    /// <summary>The link of a stored code (a letter, an area code, a group's stored name); a code the vocabulary lacks is a broken foreign key.</summary>
    public ushort Link(string code, bool isExplicit) =>
        (ushort)((_byCode.TryGetValue(code, out var link) ? link : throw new KeyNotFoundException($"No term '{code}' in the export vocabulary.")) | (isExplicit ? 1 : 0));

    public ushort Link(int number, bool isExplicit) =>
        (ushort)((uint)number < (uint)_byNumber.Length && _byNumber[number] >= 0
            ? _byNumber[number] | (isExplicit ? 1 : 0)
            : throw new KeyNotFoundException($"No term number {number} in the export vocabulary."));

    public ExportTerm Term(ushort link) => (link & 1) == 1 ? _explicitTerms[link >> 1] : _terms[link >> 1];

    /// <summary>A pledge's links as terms, in display order (sorts the links in place).</summary>
    public ExportTerm[] Terms(Span<ushort> links)
    {
        if (links.Length == 0) return [];
        links.Sort();
        var terms = new ExportTerm[links.Length];
        for (var i = 0; i < links.Length; i++) terms[i] = Term(links[i]);
        return terms;
    }
}

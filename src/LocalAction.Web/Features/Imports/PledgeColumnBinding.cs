using LocalAction.Web.Features.Exports;
using LocalAction.Web.Features.Search;
using Microsoft.Extensions.Localization;
using static LocalAction.Web.Features.InputValues;

namespace LocalAction.Web.Features.Imports;

/// <summary>
/// Which cell of a row holds which <see cref="PledgeColumns"/> column. A header names a column by its key or by its English,
/// French or Spanish header, in any case, with or without accents, spaces and punctuation ("Identifiant public",
/// "identifiant_public", "PUBLIC ID"). The file's vocabulary is the one most of its headers come from: in English "Round" is
/// the round's name beside "Round (code)", while as a key "round" is the code, so each header is first read in that vocabulary.
/// </summary>
public sealed class PledgeColumnBinding
{
    /// <summary>Keys of the columns every file needs (besides <c>public_id</c> or <c>external_id</c>, and the lead organization's id or name).</summary>
    public static readonly string[] RequiredKeys = ["title", "round"];

    private static readonly ExportColumn<PledgeExportRow>[] Columns = [.. PledgeColumns.All];

    private static readonly Dictionary<string, ExportColumn<PledgeExportRow>>[] Vocabularies =
    [
        Vocabulary(c => c.Key), Vocabulary(c => c.HeaderEn), Vocabulary(c => c.HeaderFr), Vocabulary(c => c.HeaderEs),
    ];

    private readonly int[] _cellOf;
    private readonly string[] _headers;

    private PledgeColumnBinding(int[] cellOf, string[] headers)
    {
        _cellOf = cellOf;
        _headers = headers;
    }

    /// <summary>Folded, without anything but letters and digits: how headers are compared.</summary>
    public static string Normalize(string header) => string.Concat(TextNormalizer.Fold(header).Where(char.IsLetterOrDigit));

    public bool Has(string key) => _cellOf[IndexOf(key)] >= 0;

    /// <summary>The header the file gives the column (for messages), or its key when the file has none.</summary>
    public string Header(string key) => _cellOf[IndexOf(key)] is var cell and >= 0 ? _headers[cell] : key;

    /// <summary>The cell's text as written (null when the column is absent or the cell empty); lists need their spaces.</summary>
    public string? Raw(IReadOnlyList<string?> cells, string key)
    {
        var cell = _cellOf[IndexOf(key)];
        return cell >= 0 && cell < cells.Count && !string.IsNullOrEmpty(cells[cell]) ? cells[cell] : null;
    }

    /// <summary>The cell's text trimmed, or null when absent or blank.</summary>
    public string? Text(IReadOnlyList<string?> cells, string key) => Raw(cells, key)?.Trim() is { Length: > 0 } text ? text : null;

    /// <summary>The header of a cell by position, for problems the reader found in it.</summary>
    public string HeaderAt(int cell) => cell < _headers.Length ? _headers[cell] : "";

    /// <summary>
    /// Binds a header row. Errors name row 1 and the header at fault: unknown and repeated columns, missing required ones.
    /// Columns an importer does not read (<see cref="ColumnUse.Derived"/>) are accepted and ignored.
    /// </summary>
    public static (PledgeColumnBinding? Binding, List<PledgeImportError> Errors) Bind(IReadOnlyList<string?> headerCells, IStringLocalizer<SharedResource> l)
    {
        var headers = headerCells.Select(h => h?.Trim() ?? "").ToArray();
        var normalized = headers.Select(Normalize).ToArray();
        var vocabulary = Vocabularies.MaxBy(v => normalized.Count(v.ContainsKey))!;
        var cellOf = Enumerable.Repeat(-1, Columns.Length).ToArray();
        var errors = new List<PledgeImportError>();
        var unknown = new List<string>();
        for (var i = 0; i < headers.Length; i++)
        {
            if (normalized[i].Length == 0) continue;
            var column = vocabulary.GetValueOrDefault(normalized[i])
                ?? Vocabularies.Select(v => v.GetValueOrDefault(normalized[i])).FirstOrDefault(c => c is not null && cellOf[IndexOf(c.Key)] < 0);
            if (column is null)
            {
                unknown.Add(headers[i]);
                continue;
            }
            var index = IndexOf(column.Key);
            if (cellOf[index] >= 0)
            {
                errors.Add(new(1, headers[i], l["The column '{0}' appears twice in the header row.", $"{Shorten(headers[cellOf[index]])}' / '{Shorten(headers[i])}"]));
                continue;
            }
            cellOf[index] = i;
        }
        foreach (var header in unknown)
            errors.Add(new(1, header, l["Unknown column '{0}': rename it to one of the export's columns, or delete it.", Shorten(header)]));

        var binding = new PledgeColumnBinding(cellOf, headers);
        void Require(bool present, string key, string what)
        {
            if (!present) errors.Add(new(1, key, l["The file has no column for {0}: add a column named {1}.", what, Names(key)]));
        }
        Require(binding.Has("public_id") || binding.Has("external_id"), "public_id", l["the pledge's id (public_id to update a pledge of the registry, or external_id, your own id for it)"]);
        Require(binding.Has("title"), "title", l["the title"]);
        Require(binding.Has("round"), "round", l["the round (its code, e.g. imrf-2026)"]);
        Require(binding.Has("lead_organization_id") || binding.Has("lead_organization"), "lead_organization_id", l["the lead organization (its id, e.g. bogota-co, or its name)"]);
        return (errors.Count == 0 ? binding : null, errors);
    }

    /// <summary>How a column may be named, for a message: "'title', 'Title', 'Titre' or 'Título'".</summary>
    public static string Names(string key)
    {
        var c = Columns[IndexOf(key)];
        var names = new[] { c.Key, c.HeaderEn, c.HeaderFr, c.HeaderEs }.Distinct(StringComparer.OrdinalIgnoreCase).Select(n => $"'{n}'").ToList();
        return string.Join(", ", names);
    }

    private static readonly Dictionary<string, int> Positions = Columns.Select((c, i) => (c.Key, i)).ToDictionary(x => x.Key, x => x.i, StringComparer.Ordinal);

    // Called for every cell of every row: a dictionary, not a scan of the 60-odd columns.
    private static int IndexOf(string key) =>
        Positions.TryGetValue(key, out var index) ? index : throw new ArgumentException($"'{key}' is not a pledge column.", nameof(key));

    private static Dictionary<string, ExportColumn<PledgeExportRow>> Vocabulary(Func<ExportColumn<PledgeExportRow>, string> name)
    {
        var vocabulary = new Dictionary<string, ExportColumn<PledgeExportRow>>(StringComparer.Ordinal);
        foreach (var c in Columns)
        {
            // Two columns alike once folded would make a header ambiguous; the contract's test keeps them apart.
            if (!vocabulary.TryAdd(Normalize(name(c)), c)) throw new InvalidOperationException($"Two pledge columns are named alike: '{name(c)}'.");
        }
        return vocabulary;
    }
}

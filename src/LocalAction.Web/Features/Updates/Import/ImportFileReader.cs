using LocalAction.Web.Features.Imports.Files;
using Microsoft.Extensions.Localization;
using static LocalAction.Web.Features.InputValues;

namespace LocalAction.Web.Features.Updates.Import;

/// <summary>
/// Turns an uploaded CSV or .xlsx file of updates into rows: <see cref="TabularFileReader"/> settles the type from the bytes
/// (strict UTF-8 for CSV), and the header row must name update fields (<see cref="ImportColumns"/>).
/// </summary>
public sealed class ImportFileReader(TabularFileReader files, IStringLocalizer<SharedResource> l)
{
    public const int MaxBytes = 5 * 1024 * 1024;
    public const int MaxRows = 2_000;

    private static readonly TabularReadOptions Options = new(MaxBytes, AcceptWindows1252: false, StrictCells: false);

    public ImportTable Read(string? fileName, byte[] content)
    {
        using var stream = new MemoryStream(content, writable: false);
        var (file, refusal) = files.Open(fileName, stream, Options, NoRows());
        return refusal is not null ? ImportTable.Refused(refusal.Problem, refusal.Message) : ToRows([.. file!.ReadRows()]);
    }

    public static string DisplayName(string? fileName) => TabularFileReader.DisplayName(fileName);

    private string NoRows() => l["The file has no update rows: under the header row, give one row per pledge."];

    private ImportTable ToRows(List<TabularRow> grid)
    {
        if (grid.All(r => r.IsBlank)) return ImportTable.Refused(ImportFileProblem.Empty, NoRows());
        var header = grid[0].Cells.Select(h => h?.Trim() ?? "").ToArray();
        var columns = new string?[header.Length];
        var unknown = new List<string>();
        for (var i = 0; i < header.Length; i++)
        {
            if (header[i].Length == 0) continue;
            columns[i] = ImportColumns.Canonical(header[i]);
            if (columns[i] is null) unknown.Add($"'{Shorten(header[i])}'");
        }
        if (unknown.Count > 0)
            return ImportTable.Refused(ImportFileProblem.Malformed,
                l["Unknown columns: {0}. The first row must name the columns, from: {1}.", string.Join(", ", unknown), string.Join(", ", ImportColumns.All)]);
        if (columns.GroupBy(c => c).FirstOrDefault(g => g.Key is not null && g.Count() > 1) is { } twice)
            return ImportTable.Refused(ImportFileProblem.Malformed, l["The column '{0}' appears twice in the header row.", twice.Key!]);
        if (!columns.Contains(ImportColumns.Pledge))
            return ImportTable.Refused(ImportFileProblem.Malformed,
                l["The file has no 'pledge' column: the first row must name the columns, starting with 'pledge' (download the template)."]);

        var rows = new List<ImportRow>();
        foreach (var line in grid.Skip(1))
        {
            if (line.IsBlank && line.Problems.Count == 0) continue;
            if (rows.Count == MaxRows)
                return ImportTable.Refused(ImportFileProblem.Malformed, l["The file has more than {0:N0} update rows: split it into several files.", MaxRows]);
            var input = new UpdateInput();
            string? pledge = null;
            var errors = line.Problems.Select(p => new ImportRowError(line.Number, "", p.Message)).ToList();
            for (var c = 0; c < line.Cells.Length; c++)
            {
                var value = string.IsNullOrWhiteSpace(line.Cells[c]) ? null : line.Cells[c]!.Trim();
                var column = c < columns.Length ? columns[c] : null;
                if (column is null)
                {
                    if (value is not null) errors.Add(new(line.Number, "", l["Cell {0} has a value but its column has no name in the header row.", c + 1]));
                    continue;
                }
                if (column == ImportColumns.Pledge) pledge = value;
                else ImportColumns.Set(input, column, value);
            }
            rows.Add(new ImportRow(line.Number, pledge, input, errors));
        }
        return rows.Count == 0 ? ImportTable.Refused(ImportFileProblem.Empty, NoRows()) : new ImportTable(rows, null);
    }
}

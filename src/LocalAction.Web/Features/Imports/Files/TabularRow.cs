namespace LocalAction.Web.Features.Imports.Files;

/// <summary>
/// A problem the reader found in one row: in a cell (its index), or in the row as a whole (null). A row whose cells do not line
/// up with the header (<see cref="Misaligned"/>) cannot be read further: its values stand under the wrong columns.
/// </summary>
public sealed record CellProblem(int? Cell, string Message, bool Misaligned = false);

/// <summary>
/// One row of a CSV file or worksheet, numbered as a spreadsheet shows it (the header is row 1, blank rows count), with the
/// problems found while reading it (a stray quote, a delimiter mix, a formula, bytes in another encoding).
/// </summary>
public sealed record TabularRow(int Number, string?[] Cells, IReadOnlyList<CellProblem> Problems)
{
    public bool IsBlank => Cells.All(string.IsNullOrWhiteSpace);
}

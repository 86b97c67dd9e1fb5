namespace LocalAction.Web.Features.Imports;

/// <summary>
/// One problem of an import file: the row as the spreadsheet numbers it (the header is row 1), the column's header as the
/// file writes it ("" for the row as a whole), and what to do about it.
/// </summary>
public sealed record PledgeImportError(int Row, string Column, string Message);

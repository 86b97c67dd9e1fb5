namespace LocalAction.Web.Features.Imports.Files;

/// <param name="MaxBytes">Larger files are refused before they are read.</param>
/// <param name="AcceptWindows1252">Read text that is not UTF-8 as Windows-1252 (what Excel's "CSV" saves in Western European
/// locales, a superset of Latin-1) instead of refusing it.</param>
/// <param name="StrictCells">Refuse formulas, delimiter mixes and rows whose cell count differs from the header's, each with its
/// row and column; strip the apostrophe our exports put before a formula character.</param>
public sealed record TabularReadOptions(long MaxBytes, bool AcceptWindows1252, bool StrictCells);

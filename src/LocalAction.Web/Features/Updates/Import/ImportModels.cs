using LocalAction.Web.Features.Imports.Files;

namespace LocalAction.Web.Features.Updates.Import;

/// <summary>One row of the file, numbered as the spreadsheet shows it (the header is row 1).</summary>
public sealed record ImportRow(int Row, string? PledgeId, UpdateInput Input, IReadOnlyList<ImportRowError> ReadErrors);

/// <summary>One problem of one row; <see cref="Field"/> is the column name ("pledge" or an update field), or "" for the row itself.</summary>
public sealed record ImportRowError(int Row, string Field, string Message);

/// <summary>The rows of a file that could be read, or why it could not.</summary>
public sealed record ImportTable(IReadOnlyList<ImportRow> Rows, ImportFileRefusal? Error)
{
    public static ImportTable Refused(ImportFileProblem problem, string message) => new([], new ImportFileRefusal(problem, message));
}

/// <summary>
/// What a dry run or a commit found: every row's errors, or the file's one problem. <see cref="Imported"/> is the number of
/// updates saved (0 for a dry run and for any refusal, since the commit is all or nothing).
/// </summary>
public sealed record ImportReport(bool DryRun, int Rows, IReadOnlyList<ImportRowError> Errors, ImportFileRefusal? FileError, int Imported)
{
    public int Ready => FileError is null ? Rows - Errors.Select(e => e.Row).Distinct().Count() : 0;
    public bool IsClean => FileError is null && Errors.Count == 0;
}

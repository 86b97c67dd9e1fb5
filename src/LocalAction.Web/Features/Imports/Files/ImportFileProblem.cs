namespace LocalAction.Web.Features.Imports.Files;

/// <summary>Why a whole file was refused; the APIs map each kind to its status code.</summary>
public enum ImportFileProblem
{
    /// <summary>413: over the size limit.</summary>
    TooLarge,

    /// <summary>415: not a CSV or .xlsx file whatever its name says, or text in an encoding that cannot be read.</summary>
    WrongType,

    /// <summary>400: no rows to import.</summary>
    Empty,

    /// <summary>400: the right type but unusable as a whole (headers, too many rows, a damaged or truncated workbook).</summary>
    Malformed,

    /// <summary>409: something the file's rows depend on changed during the import; nothing was imported.</summary>
    Conflict,
}

/// <summary>A whole file refused, with the message to show.</summary>
public sealed record ImportFileRefusal(ImportFileProblem Problem, string Message);

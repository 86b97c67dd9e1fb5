using LocalAction.Web.Features.Imports.Files;

namespace LocalAction.Web.Features.Imports;

/// <summary>
/// What a dry run or a commit found. <see cref="Errors"/> lists at most <see cref="PledgeImport.MaxErrorsListed"/> problems,
/// <see cref="ErrorCount"/> counts them all. The counts say what the import does (dry run) or did (commit): pledges created,
/// changed, left as they were, and organizations created. A commit that finds any problem saves nothing.
/// </summary>
public sealed record PledgeImportReport(bool DryRun, string FileName, int Rows, int Created, int Updated, int Unchanged, int OrganizationsCreated,
    IReadOnlyList<PledgeImportError> Errors, int ErrorCount, ImportFileRefusal? FileError, bool Committed)
{
    public bool IsClean => FileError is null && ErrorCount == 0;

    public static PledgeImportReport Refused(bool dryRun, string fileName, ImportFileRefusal refusal) =>
        new(dryRun, fileName, 0, 0, 0, 0, 0, [], 0, refusal, false);
}

/// <summary>How far an import has got: which pass, the share of the file read, the rows so far.</summary>
public sealed record ImportProgress(ImportPhase Phase, double Fraction, int Rows);

public enum ImportPhase
{
    Checking,
    Importing,
    Done,
}

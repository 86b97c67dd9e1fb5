namespace LocalAction.Web.Features.Imports;

public enum ImportJobState
{
    Checking,
    Checked,
    Importing,
    Imported,
    Failed,
}

/// <summary>
/// An uploaded file on its way through the page: checked in the background (a dry run), then, once its uploader confirms,
/// imported from the same kept file. The page polls <see cref="Progress"/> while either runs.
/// </summary>
public sealed class ImportJob
{
    private readonly Lock _lock = new();

    internal ImportJob(string ownerId, string actor, string fileName, string path, DateTime now)
    {
        OwnerId = ownerId;
        Actor = actor;
        FileName = fileName;
        Path = path;
        CreatedAt = now;
    }

    public Guid Id { get; } = Guid.NewGuid();
    public string OwnerId { get; }
    public string Actor { get; }
    public string FileName { get; }
    internal string Path { get; }
    public DateTime CreatedAt { get; }

    public ImportJobState State { get; private set; } = ImportJobState.Checking;
    public ImportProgress Progress { get; internal set; } = new(ImportPhase.Checking, 0, 0);

    /// <summary>The dry run's findings, then the commit's.</summary>
    public PledgeImportReport? Report { get; private set; }

    /// <summary>What went wrong outside the file (the database, the server), for the page; details are in the log.</summary>
    public string? Failure { get; private set; }

    public bool IsRunning => State is ImportJobState.Checking or ImportJobState.Importing;

    internal void Finish(PledgeImportReport report)
    {
        lock (_lock)
        {
            Report = report;
            State = State == ImportJobState.Checking ? ImportJobState.Checked : report.Committed ? ImportJobState.Imported : ImportJobState.Checked;
        }
    }

    internal void Fail(string failure)
    {
        lock (_lock)
        {
            Failure = failure;
            State = ImportJobState.Failed;
        }
    }

    /// <summary>Moves a clean, checked job on to importing; false when it is not (already importing, or with errors).</summary>
    internal bool TryStartImport()
    {
        lock (_lock)
        {
            if (State != ImportJobState.Checked || Report is not { IsClean: true, Committed: false }) return false;
            State = ImportJobState.Importing;
            Progress = new ImportProgress(ImportPhase.Checking, 0, 0);
            return true;
        }
    }
}

namespace LocalAction.Web.Features.Submissions;

/// <summary>What a workflow operation came to. The API maps each outcome to a status code; pages to a message.</summary>
public enum WorkflowOutcome
{
    Ok,
    NotFound,
    Forbidden,
    Invalid,
    Conflict,
}

/// <summary>An operation's outcome with what the caller needs to explain it.</summary>
public sealed record WorkflowResult(WorkflowOutcome Outcome, Submission? Submission = null, string? Message = null,
    IReadOnlyDictionary<string, string[]>? Errors = null)
{
    public bool Succeeded => Outcome == WorkflowOutcome.Ok;
    public static WorkflowResult Ok(Submission s) => new(WorkflowOutcome.Ok, s);
    public static readonly WorkflowResult NotFound = new(WorkflowOutcome.NotFound, Message: "There is no submission with this id.");
    public static WorkflowResult Forbidden(string message) => new(WorkflowOutcome.Forbidden, Message: message);
    public static WorkflowResult Invalid(IReadOnlyDictionary<string, string[]> errors, string message) => new(WorkflowOutcome.Invalid, Message: message, Errors: errors);

    /// <summary>Someone else saved first: <paramref name="current"/> is what is stored now.</summary>
    public static WorkflowResult Conflict(Submission current, string message) => new(WorkflowOutcome.Conflict, current, message);
}

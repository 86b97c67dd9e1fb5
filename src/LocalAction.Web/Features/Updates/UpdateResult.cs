using LocalAction.Web.Features.Submissions;

namespace LocalAction.Web.Features.Updates;

/// <summary>What an update operation came to; the API maps each outcome to a status code, pages to a message.</summary>
public sealed record UpdateResult(WorkflowOutcome Outcome, PledgeUpdate? Update = null, string? Message = null,
    IReadOnlyDictionary<string, string[]>? Errors = null)
{
    public bool Succeeded => Outcome == WorkflowOutcome.Ok;
    public static UpdateResult Ok(PledgeUpdate u) => new(WorkflowOutcome.Ok, u);
    public static UpdateResult NotFound(string message) => new(WorkflowOutcome.NotFound, Message: message);
    public static UpdateResult Forbidden(string message) => new(WorkflowOutcome.Forbidden, Message: message);
    public static UpdateResult Conflict(string message, PledgeUpdate? current = null) => new(WorkflowOutcome.Conflict, current, message);
    public static UpdateResult Invalid(IReadOnlyDictionary<string, string[]> errors, string message) => new(WorkflowOutcome.Invalid, Message: message, Errors: errors);
}

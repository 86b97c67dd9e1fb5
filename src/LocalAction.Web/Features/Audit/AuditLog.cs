using LocalAction.Web.Data;

namespace LocalAction.Web.Features.Audit;

/// <summary>Adds audit events to the current unit of work, so they are saved with the change they describe or not at all.</summary>
public static class AuditLog
{
    public static void Record(this LocalActionDbContext db, DateTime at, string actor, string action, string target, string? detail = null) =>
        db.AuditEvents.Add(new AuditEvent { At = at, Actor = actor, Action = action, Target = target, Detail = detail is { Length: > 1000 } ? detail[..1000] : detail });
}

using System.Security.Claims;
using LocalAction.Web.Data;

namespace LocalAction.Web.Features.Audit;

/// <summary>Adds audit events to the current unit of work, so they are saved with the change they describe or not at all.</summary>
public static class AuditLog
{
    /// <summary>Who the audit log names for a signed-in person or a token: their e-mail address, else their user name.</summary>
    public static string Actor(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.Email) ?? user.Identity?.Name ?? "?";

    public static void Record(this LocalActionDbContext db, DateTime at, string actor, string action, string target, string? detail = null) =>
        db.AuditEvents.Add(new AuditEvent { At = at, Actor = actor, Action = action, Target = target, Detail = detail is { Length: > 1000 } ? detail[..1000] : detail });
}

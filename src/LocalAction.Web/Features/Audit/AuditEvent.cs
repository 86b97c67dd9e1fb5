namespace LocalAction.Web.Features.Audit;

/// <summary>
/// One security-relevant event (invitation sent or accepted, role granted, token created or revoked, sign-in locked
/// out, review decision). Append-only. Never holds a password, a token or an e-mail body.
/// </summary>
public sealed class AuditEvent
{
    public long Id { get; init; }
    public DateTime At { get; init; }

    /// <summary>The acting user's e-mail, or "system" / "cli".</summary>
    public required string Actor { get; init; }
    public required string Action { get; init; }

    /// <summary>What was acted on, e.g. "invitation:12", "submission:4", "user:ana@example.org".</summary>
    public required string Target { get; init; }
    public string? Detail { get; init; }
}

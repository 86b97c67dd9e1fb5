namespace LocalAction.Web.Features.Forums;

/// <summary>Someone registered for a side event: confirmed while seats last, then on the waiting list in arrival order.</summary>
public sealed class EventRegistration
{
    public int Id { get; init; }
    public int SessionId { get; init; }
    public required string Name { get; set; }
    public required string Email { get; set; }

    /// <summary>Upper-cased e-mail: one registration per address and event, enforced by a unique index.</summary>
    public required string NormalizedEmail { get; set; }
    public string? Organization { get; set; }
    public required RegistrationStatus Status { get; set; }
    public DateTime RegisteredAt { get; init; }
    public int? InvitationId { get; set; }
}

public enum RegistrationStatus
{
    Confirmed,
    WaitingList,
}

/// <summary>An invitation to an invitation-only event: a code sent to one address, used once.</summary>
public sealed class EventInvitation
{
    public int Id { get; init; }
    public int SessionId { get; init; }
    public required string Email { get; set; }
    public required string NormalizedEmail { get; set; }

    /// <summary>SHA-256 of the code, so the database never holds a usable code.</summary>
    public required string CodeHash { get; init; }
    public DateTime CreatedAt { get; init; }
    public DateTime? UsedAt { get; set; }
}

namespace LocalAction.Web.Features.Mail;

/// <summary>
/// An e-mail waiting to go or gone. Written in the same transaction as the change that causes it, then sent by the
/// dispatcher: by SMTP when configured, otherwise into the pickup folder.
/// </summary>
public sealed class OutboxMessage
{
    public long Id { get; init; }
    public required string To { get; init; }
    public required string Subject { get; init; }
    public required string Body { get; set; }

    /// <summary>What the message is for ("invitation", "confirm-email", "password-reset", "review") so administrators can filter.</summary>
    public required string Purpose { get; init; }
    public DateTime CreatedAt { get; init; }
    public DateTime? SentAt { get; set; }

    /// <summary>"smtp" or "pickup", once sent.</summary>
    public string? Transport { get; set; }
    public int Attempts { get; set; }
    public string? LastError { get; set; }
}

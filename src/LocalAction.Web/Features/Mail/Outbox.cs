using LocalAction.Web.Data;

namespace LocalAction.Web.Features.Mail;

/// <summary>Queues e-mails in the current unit of work; <see cref="OutboxDispatcher"/> sends them after the change is saved.</summary>
public static class Outbox
{
    public static void Enqueue(this LocalActionDbContext db, DateTime at, string to, string subject, string body, string purpose) =>
        db.OutboxMessages.Add(new OutboxMessage { To = to, Subject = subject, Body = body, Purpose = purpose, CreatedAt = at });
}

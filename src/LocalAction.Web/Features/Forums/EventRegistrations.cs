using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using LocalAction.Web.Data;
using LocalAction.Web.Features.Accounts;
using LocalAction.Web.Features.Audit;
using LocalAction.Web.Features.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using static LocalAction.Web.Features.InputValues;

namespace LocalAction.Web.Features.Forums;

/// <summary>The form someone sends to register for a side event.</summary>
public sealed record RegistrationInput(string? Name, string? Email, string? Organization, string? InvitationCode, bool JoinWaitingList);

/// <summary>
/// Registration for side events: the deadline and the capacity are enforced, a full event takes registrants on its waiting
/// list only when they ask for it, an address registers once, an invitation-only event needs the code sent to that
/// address. A refused registration changes nothing; an accepted one is confirmed by e-mail through the outbox.
/// </summary>
public sealed class EventRegistrations(LocalActionDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> l)
{
    public const int MaxNameLength = 200;

    public DateTimeOffset Now => clock.GetUtcNow();

    public async Task<(EventRegistration? Registration, IReadOnlyDictionary<string, string[]> Errors)> RegisterAsync(
        string slug, RegistrationInput input, string confirmationUrl, CancellationToken ct = default)
    {
        var page = await db.EventPages.SingleOrDefaultAsync(p => p.Slug == slug, ct)
            ?? throw new KeyNotFoundException(slug);
        var session = await db.ForumSessions.AsNoTracking().SingleAsync(s => s.Id == page.SessionId, ct);
        var now = clock.GetUtcNow();
        var errors = new Dictionary<string, string[]>();

        if (ClosesAt(session, page) is { } closes && now >= closes)
            return (null, Error("form", l["Registration for this event closed on {0}.", FormatInZone(closes, page.TimeZone)]));

        var name = input.Name?.Trim();
        var email = input.Email?.Trim();
        var organization = input.Organization?.Trim();
        if (string.IsNullOrEmpty(name)) errors["name"] = [l["This field is required."]];
        else if (name.Length > MaxNameLength) errors["name"] = [l["This text has {0:N0} characters; the limit is {1:N0}.", name.Length, MaxNameLength]];
        if (string.IsNullOrEmpty(email)) errors["email"] = [l["This field is required."]];
        else if (!EmailAddresses.IsPlain(email)) errors["email"] = [l["'{0}' is not an e-mail address.", Shorten(email)]];
        if (organization is { Length: > MaxNameLength }) errors["organization"] = [l["This text has {0:N0} characters; the limit is {1:N0}.", organization.Length, MaxNameLength]];
        if (errors.Count > 0) return (null, errors);

        var normalized = email!.ToUpperInvariant();
        if (await db.EventRegistrations.AnyAsync(r => r.SessionId == page.SessionId && r.NormalizedEmail == normalized, ct))
            return (null, Error("email", l["{0} is already registered for this event.", email]));

        EventInvitation? invitation = null;
        if (page.InvitationOnly)
        {
            var code = input.InvitationCode?.Trim();
            if (string.IsNullOrEmpty(code))
                return (null, Error("invitationCode", l["This event is by invitation only: enter the code from your invitation e-mail."]));
            var hash = Hash(code);
            invitation = await db.EventInvitations.SingleOrDefaultAsync(i => i.SessionId == page.SessionId && i.CodeHash == hash, ct);
            if (invitation is null) return (null, Error("invitationCode", l["This invitation code is not valid for this event."]));
            if (invitation.NormalizedEmail != normalized)
                return (null, Error("email", l["The invitation was sent to another e-mail address: register with the address it was sent to."]));
            if (invitation.UsedAt is not null) return (null, Error("invitationCode", l["This invitation code has already been used."]));
        }

        var confirmed = await db.EventRegistrations.CountAsync(r => r.SessionId == page.SessionId && r.Status == RegistrationStatus.Confirmed, ct);
        var full = page.Capacity is { } capacity && confirmed >= capacity;
        if (full && !input.JoinWaitingList)
            return (null, Error("form", l["The event is full: all {0:N0} seats are taken. Tick “Put me on the waiting list” to be told if a seat frees up.", page.Capacity!.Value]));

        var registration = new EventRegistration
        {
            SessionId = page.SessionId, Name = name!, Email = email, NormalizedEmail = normalized, Organization = NullIfEmpty(organization),
            Status = full ? RegistrationStatus.WaitingList : RegistrationStatus.Confirmed, RegisteredAt = now.UtcDateTime, InvitationId = invitation?.Id,
        };
        if (invitation is not null) invitation.UsedAt = now.UtcDateTime;
        db.EventRegistrations.Add(registration);
        // The registrant is the one sending this form, so the page's language is already theirs.
        var (subject, body) = ConfirmationMail(session, page, registration, confirmationUrl);
        db.Enqueue(now.UtcDateTime, email, subject, body, "event-registration");
        db.Record(now.UtcDateTime, email, full ? "event.waiting-list" : "event.registered", $"event:{page.Slug}");
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // The unique index on (event, address) settles two registrations sent at the same moment.
            db.ChangeTracker.Clear();
            return (null, Error("email", l["{0} is already registered for this event.", email]));
        }
        return (registration, errors);
    }

    /// <summary>Creates an invitation for one address and e-mails its code; the code is shown once and stored hashed.</summary>
    public async Task<(string? Code, IReadOnlyDictionary<string, string[]> Errors)> InviteAsync(string slug, string? email, string actor, string pageUrl, CancellationToken ct = default)
    {
        var page = await db.EventPages.SingleOrDefaultAsync(p => p.Slug == slug, ct) ?? throw new KeyNotFoundException(slug);
        var session = await db.ForumSessions.AsNoTracking().SingleAsync(s => s.Id == page.SessionId, ct);
        email = email?.Trim();
        if (string.IsNullOrEmpty(email)) return (null, Error("email", l["This field is required."]));
        if (!EmailAddresses.IsPlain(email)) return (null, Error("email", l["'{0}' is not an e-mail address.", Shorten(email)]));
        var normalized = email.ToUpperInvariant();
        if (await db.EventInvitations.AnyAsync(i => i.SessionId == page.SessionId && i.NormalizedEmail == normalized, ct))
            return (null, Error("email", l["{0} has already been invited to this event.", email]));

        var code = Convert.ToHexString(RandomNumberGenerator.GetBytes(6));
        var now = clock.GetUtcNow().UtcDateTime;
        db.EventInvitations.Add(new EventInvitation { SessionId = page.SessionId, Email = email, NormalizedEmail = normalized, CodeHash = Hash(code), CreatedAt = now });
        // A person with an account reads it in their language; a plain address in the organizer's, the only one known.
        var language = await db.OfAddressAsync(email, ct) ?? UserLanguages.Current;
        MailCulture.In(language, () => db.Enqueue(now, email, l["Invitation: {0}", session.Title],
            l["You are invited to {0}. Register at {1} with this address and the invitation code {2}.", session.Title, pageUrl, code], "event-invitation"));
        db.Record(now, actor, "event.invited", $"event:{page.Slug}", email);
        await db.SaveChangesAsync(ct);
        return (code, new Dictionary<string, string[]>());
    }

    /// <summary>
    /// When registration closes: the deadline, and at the latest when the event starts (its date and start time in its own
    /// time zone); null when neither is known.
    /// </summary>
    public static DateTimeOffset? ClosesAt(ForumSession session, EventPage page)
    {
        DateTimeOffset? start = null;
        if (session.Date is { } date)
        {
            start = LocalInstant(date, session.StartsAt ?? TimeOnly.MinValue, TimeZoneInfo.FindSystemTimeZoneById(page.TimeZone));
        }
        return (page.RegistrationClosesAt, start) switch
        {
            ({ } deadline, { } begins) => deadline < begins ? deadline : begins,
            ({ } deadline, null) => deadline,
            (null, var begins) => begins,
        };
    }

    /// <summary>The instant a wall-clock day and time of a time zone stand for.</summary>
    public static DateTimeOffset LocalInstant(DateOnly day, TimeOnly time, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(time);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    /// <summary>The event's date and time as written for its own time zone, e.g. "7 May 2026, 13:00–15:00 (America/New_York)".</summary>
    public static string When(ForumSession session, EventPage page, CultureInfo culture)
    {
        if (session.Date is not { } date) return "";
        var day = date.ToString("D", culture);
        if (session.StartsAt is not { } start) return day;
        var end = session.EndsAt is { } e ? "–" + e.ToString("HH:mm", culture) : "";
        return $"{day}, {start.ToString("HH:mm", culture)}{end} ({page.TimeZone})";
    }

    public static string FormatInZone(DateTimeOffset at, string timeZone)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(timeZone);
        var local = TimeZoneInfo.ConvertTime(at, zone);
        return $"{local.ToString("d MMMM yyyy, HH:mm", CultureInfo.CurrentCulture)} ({timeZone})";
    }

    private (string Subject, string Body) ConfirmationMail(ForumSession session, EventPage page, EventRegistration registration, string url)
    {
        var when = When(session, page, CultureInfo.CurrentCulture);
        var body = new StringBuilder();
        body.AppendLine(registration.Status == RegistrationStatus.Confirmed
            ? l["Dear {0}, your registration for {1} is confirmed.", registration.Name, session.Title]
            : l["Dear {0}, {1} is full: you are on its waiting list, and we will write to you if a seat frees up.", registration.Name, session.Title]);
        if (when.Length > 0) body.AppendLine(l["When: {0}", when]);
        if (page.Place is not null) body.AppendLine(l["Where: {0}", page.Place]);
        if (page.AccessNote is not null) body.AppendLine(page.AccessNote);
        body.AppendLine(url);
        var subject = registration.Status == RegistrationStatus.Confirmed
            ? l["Registration confirmed: {0}", session.Title] : l["Waiting list: {0}", session.Title];
        return (subject, body.ToString());
    }

    private static Dictionary<string, string[]> Error(string field, string message) => new() { [field] = [message] };

    private static string Hash(string code) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(code.ToUpperInvariant())));

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

}

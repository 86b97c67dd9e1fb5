using System.Globalization;
using System.Security.Claims;
using System.Text;
using System.Text.RegularExpressions;
using LocalAction.Web.Data;
using LocalAction.Web.Features.Accounts;
using LocalAction.Web.Features.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using static LocalAction.Web.Features.InputValues;

namespace LocalAction.Web.Features.Forums;

/// <summary>
/// Publishing a side event of a forum with its registration page. Every field is checked and every problem returned at
/// once by field; nothing is saved unless all are right. The creator becomes the event's organizer.
/// </summary>
public sealed partial class SideEvents(LocalActionDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> l)
{
    public static readonly SessionType[] Types =
        [SessionType.OfficialSideEvent, SessionType.UnofficialSideEvent, SessionType.Reception, SessionType.ClosedDoorMeeting];

    public const int MaxCapacity = 100_000;
    public const int MaxLines = 30;

    public async Task<(EventPage? Page, IReadOnlyDictionary<string, string[]> Errors)> CreateAsync(
        string forumCode, SideEventInput input, ClaimsPrincipal user, CancellationToken ct = default)
    {
        var forum = await db.Forums.SingleOrDefaultAsync(f => f.Code == forumCode, ct) ?? throw new KeyNotFoundException(forumCode);
        var errors = new Dictionary<string, string[]>();
        void Fail(string field, string message) => errors[field] = [message];
        string? Text(string field, string? value, int max, bool required)
        {
            value = value?.Trim();
            if (string.IsNullOrEmpty(value)) { if (required) Fail(field, l["This field is required."]); return null; }
            if (value.Length > max) { Fail(field, l["This text has {0:N0} characters; the limit is {1:N0}.", value.Length, max]); return null; }
            return value;
        }

        var title = Text("title", input.Title, 400, true);
        SessionType? type = null;
        if (string.IsNullOrWhiteSpace(input.Type)) Fail("type", l["This field is required."]);
        else if (ParseEnum<SessionType>(input.Type) is { } t && Types.Contains(t)) type = t;
        else Fail("type", l["'{0}' is not a kind of side event.", Shorten(input.Type)]);

        DateOnly? date = null;
        if (string.IsNullOrWhiteSpace(input.Date)) Fail("date", l["This field is required."]);
        else if (TryParseDay(input.Date, out var d)) date = d;
        else Fail("date", l["'{0}' is not a date (YYYY-MM-DD).", Shorten(input.Date)]);
        var start = Time("start", input.Start, true, errors);
        var end = Time("end", input.End, false, errors);
        if (start is not null && end is not null && end <= start) Fail("end", l["The event ends before it starts."]);

        var zoneId = string.IsNullOrWhiteSpace(input.TimeZone) ? forum.TimeZone : input.TimeZone.Trim();
        TimeZoneInfo? zone = null;
        if (zoneId is null) Fail("timeZone", l["This field is required."]);
        else if (!TimeZoneInfo.TryFindSystemTimeZoneById(zoneId, out zone) || !zoneId.Contains('/'))
        {
            zone = null;
            Fail("timeZone", l["'{0}' is not a time zone: use a name such as America/New_York or Europe/Zurich.", Shorten(zoneId)]);
        }

        var place = Text("place", input.Place, 300, true);
        var accessNote = Text("accessNote", input.AccessNote, 300, false);
        var hosts = Text("hosts", input.Hosts, 1000, true);
        var background = Text("background", input.Background, 8000, false);

        string? objectives = null;
        if (!string.IsNullOrWhiteSpace(input.GcmObjectives))
        {
            var numbers = input.GcmObjectives.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var bad = numbers.Where(n => !int.TryParse(n, NumberStyles.None, CultureInfo.InvariantCulture, out var v) || v is < 1 or > 23).ToList();
            if (bad.Count > 0) Fail("gcmObjectives", l["GCM objectives are numbered 1 to 23; '{0}' is not one.", Shorten(string.Join(", ", bad))]);
            else objectives = string.Join("; ", numbers.Select(n => int.Parse(n, CultureInfo.InvariantCulture)).Distinct().Order());
        }

        int? capacity = null;
        if (!string.IsNullOrWhiteSpace(input.Capacity))
        {
            if (int.TryParse(input.Capacity.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var c) && c is >= 1 and <= MaxCapacity) capacity = c;
            else Fail("capacity", l["The number of seats is a whole number from 1 to {0:N0}; leave it empty for no limit.", MaxCapacity]);
        }

        DateTimeOffset? deadline = null;
        if (!string.IsNullOrWhiteSpace(input.DeadlineDate))
        {
            var deadlineTime = Time("deadlineTime", input.DeadlineTime, false, errors) ?? new TimeOnly(23, 59);
            if (!TryParseDay(input.DeadlineDate, out var deadlineDay)) Fail("deadlineDate", l["'{0}' is not a date (YYYY-MM-DD).", Shorten(input.DeadlineDate)]);
            else if (zone is not null)
            {
                // Stored in UTC: PostgreSQL keeps instants, not offsets.
                deadline = EventRegistrations.LocalInstant(deadlineDay, deadlineTime, zone).ToUniversalTime();
                if (deadline <= clock.GetUtcNow()) Fail("deadlineDate", l["The registration deadline is in the past."]);
                else if (date is not null && start is not null && deadline > EventRegistrations.LocalInstant(date.Value, start.Value, zone))
                    Fail("deadlineDate", l["Registration must close before the event starts."]);
            }
        }
        foreach (var (field, text) in new[] { ("objectives", input.Objectives), ("panel", input.Panel) })
        {
            var lines = (text ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (lines.Length > MaxLines) Fail(field, l["Write at most {0} lines here; there are {1}.", MaxLines, lines.Length]);
            else if (lines.FirstOrDefault(x => x.Length > 1000) is { } longLine)
                Fail(field, l["A line has {0:N0} characters; the limit is {1:N0}.", longLine.Length, 1000]);
        }
        if (date is not null && zone is not null && start is not null)
        {
            if (EventRegistrations.LocalInstant(date.Value, start.Value, zone) <= clock.GetUtcNow()) Fail("date", l["The event would start in the past."]);
        }
        if (errors.Count > 0) return (null, errors);

        var slug = await FreeSlugAsync(Slugify(title!) + "-" + date!.Value.Year.ToString(CultureInfo.InvariantCulture), ct);
        var page = new EventPage
        {
            Slug = slug, TimeZone = zoneId!, Place = place, AccessNote = accessNote, Background = background, Capacity = capacity,
            RegistrationClosesAt = deadline, InvitationOnly = input.InvitationOnly, OrganizerUserId = ActingOrganizations.UserId(user),
        };
        page.Lines.AddRange(Lines(EventPageSection.Objective, input.Objectives));
        page.Lines.AddRange(Lines(EventPageSection.Panel, input.Panel));
        var session = new ForumSession
        {
            ForumId = forum.Id, Title = title!, Type = type, Date = date, StartsAt = start, EndsAt = end, Hosts = hosts, GcmObjectives = objectives,
            EventPage = page,
        };
        db.ForumSessions.Add(session);
        var now = clock.GetUtcNow().UtcDateTime;
        db.Record(now, user.FindFirstValue(ClaimTypes.Email) ?? "?", "event.created", $"event:{slug}", $"{forum.Code}, {date:yyyy-MM-dd}, capacity {capacity?.ToString(CultureInfo.InvariantCulture) ?? "none"}");
        await db.SaveChangesAsync(ct);
        return (page, errors);
    }

    private TimeOnly? Time(string field, string? value, bool required, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required) errors[field] = [l["This field is required."]];
            return null;
        }
        if (TimeOnly.TryParseExact(value.Trim(), ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)) return time;
        errors[field] = [l["'{0}' is not a time (HH:MM, 24-hour).", Shorten(value)]];
        return null;
    }

    private async Task<string> FreeSlugAsync(string wanted, CancellationToken ct)
    {
        var slug = wanted;
        for (var n = 2; await db.EventPages.AnyAsync(p => p.Slug == slug, ct); n++) slug = $"{wanted}-{n}";
        return slug;
    }

    private static string Slugify(string title)
    {
        var folded = new StringBuilder();
        foreach (var c in title.Normalize(NormalizationForm.FormD))
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) folded.Append(char.ToLowerInvariant(c));
        var slug = NonWord().Replace(folded.ToString(), "-").Trim('-');
        if (slug.Length > 60) slug = slug[..60].TrimEnd('-');
        return slug.Length == 0 ? "event" : slug;
    }

    private static IEnumerable<EventPageLine> Lines(EventPageSection section, string? text) =>
        (text ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select((line, i) => new EventPageLine { Section = section, Position = i + 1, Text = line });

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NonWord();
}

using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using LocalAction.Web.Data;
using LocalAction.Web.Features.Accounts;
using LocalAction.Web.Features.Forums;
using LocalAction.Web.Features.Pledges;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace LocalAction.Web.Pages.EventPages;

/// <summary>
/// /events/{slug}: a side event's public page and its registration form; for the Secretariat and the event's organizer,
/// the registrations, invitations and the attendee list as CSV for building access.
/// </summary>
[EnableRateLimiting(AccountRateLimits.Policy)]
public sealed partial class DetailModel(
    LocalActionDbContext db, EventRegistrations registrations, IAuthorizationService authorization, IStringLocalizer<SharedResource> l) : FormPageModel
{
    public sealed class InputModel
    {
        public string? Name { get; set; }
        public string? Email { get; set; }
        public string? Organization { get; set; }
        public string? InvitationCode { get; set; }
        public bool JoinWaitingList { get; set; }
    }

    [BindProperty] public InputModel Input { get; set; } = new();
    [BindProperty] public string? InviteEmail { get; set; }
    [TempData] public string? Message { get; set; }

    /// <summary>Shown once after an invitation is created, so the organizer can pass the code on another way too.</summary>
    [TempData] public string? InvitationCode { get; set; }

    public ForumSession Session { get; private set; } = null!;
    public EventPage EventPage { get; private set; } = null!;
    public Forum Forum { get; private set; } = null!;
    public int Confirmed { get; private set; }
    public int WaitingList { get; private set; }
    public bool CanManage { get; private set; }
    public bool RegistrationClosed { get; private set; }
    public IReadOnlyList<EventRegistration> Registrations { get; private set; } = [];
    public IReadOnlyList<EventInvitation> Invitations { get; private set; } = [];

    public bool IsFull => EventPage.Capacity is { } capacity && Confirmed >= capacity;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct) =>
        await LoadAsync(slug, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string slug, CancellationToken ct)
    {
        if (!await LoadAsync(slug, ct)) return NotFound();
        var url = $"{Request.Scheme}://{Request.Host}/events/{slug}";
        var (registration, errors) = await registrations.RegisterAsync(slug,
            new RegistrationInput(Input.Name, Input.Email, Input.Organization, Input.InvitationCode, Input.JoinWaitingList), url, ct);
        if (registration is null)
        {
            foreach (var (key, messages) in errors)
                foreach (var message in messages) ModelState.AddModelError(key == "form" ? "" : key, message);
            return FormWithErrors();
        }
        Message = registration.Status == RegistrationStatus.Confirmed
            ? string.Format(l["You are registered. A confirmation was sent to {0}."].Value, registration.Email)
            : string.Format(l["The event is full: you are on the waiting list. We wrote to {0}."].Value, registration.Email);
        return RedirectToPage(new { slug });
    }

    public async Task<IActionResult> OnPostInviteAsync(string slug, CancellationToken ct)
    {
        if (!await LoadAsync(slug, ct)) return NotFound();
        if (!CanManage) return Forbid();
        var url = $"{Request.Scheme}://{Request.Host}/events/{slug}";
        var (code, errors) = await registrations.InviteAsync(slug, InviteEmail, User.Identity?.Name ?? "?", url, ct);
        if (code is null)
        {
            foreach (var message in errors.Values.SelectMany(m => m)) ModelState.AddModelError("inviteEmail", message);
            return FormWithErrors();
        }
        Message = string.Format(l["An invitation was e-mailed to {0}."].Value, InviteEmail!.Trim());
        InvitationCode = code;
        return RedirectToPage(new { slug });
    }

    /// <summary>The attendee list for building access: confirmed first, then the waiting list, each in arrival order.</summary>
    public async Task<IActionResult> OnGetAttendeesAsync(string slug, CancellationToken ct)
    {
        if (!await LoadAsync(slug, ct)) return NotFound();
        if (!CanManage) return User.Identity?.IsAuthenticated == true ? Forbid() : Challenge();
        var csv = new StringBuilder();
        // RFC 4180 line ends and a byte-order mark, so spreadsheets open it as UTF-8 on every system.
        csv.Append('\uFEFF').Append("name,email,organization,status,registered_at_utc\r\n");
        foreach (var r in Registrations)
            csv.Append(string.Join(',', PledgeCsv.Field(r.Name), PledgeCsv.Field(r.Email), PledgeCsv.Field(r.Organization),
                r.Status == RegistrationStatus.Confirmed ? "confirmed" : "waiting-list", r.RegisteredAt.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture))).Append("\r\n");
        return File(Encoding.UTF8.GetBytes(csv.ToString()), "text/csv; charset=utf-8", $"attendees-{slug}.csv");
    }

    private async Task<bool> LoadAsync(string slug, CancellationToken ct)
    {
        if (!SlugPattern().IsMatch(slug)) return false;
        var page = await db.EventPages.AsNoTracking().Include(p => p.Lines).SingleOrDefaultAsync(p => p.Slug == slug, ct);
        if (page is null) return false;
        EventPage = page;
        Session = await db.ForumSessions.AsNoTracking().SingleAsync(s => s.Id == page.SessionId, ct);
        Forum = await db.Forums.AsNoTracking().SingleAsync(f => f.Id == Session.ForumId, ct);
        var counts = await db.EventRegistrations.Where(r => r.SessionId == page.SessionId)
            .GroupBy(r => r.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        Confirmed = counts.Where(c => c.Key == RegistrationStatus.Confirmed).Sum(c => c.Count);
        WaitingList = counts.Where(c => c.Key == RegistrationStatus.WaitingList).Sum(c => c.Count);
        RegistrationClosed = EventRegistrations.ClosesAt(Session, page) is { } closes && registrations.Now >= closes;
        CanManage = (await authorization.AuthorizeAsync(User, AccountsSetup.SecretariatPolicy)).Succeeded
            || (page.OrganizerUserId is not null && ActingOrganizations.UserId(User) == page.OrganizerUserId);
        if (CanManage)
        {
            Registrations = await db.EventRegistrations.AsNoTracking().Where(r => r.SessionId == page.SessionId)
                .OrderBy(r => r.Status).ThenBy(r => r.RegisteredAt).ThenBy(r => r.Id).ToListAsync(ct);
            Invitations = await db.EventInvitations.AsNoTracking().Where(i => i.SessionId == page.SessionId).OrderBy(i => i.CreatedAt).ToListAsync(ct);
        }
        return true;
    }

    [GeneratedRegex("^[a-z0-9-]{3,100}$")]
    private static partial Regex SlugPattern();
}

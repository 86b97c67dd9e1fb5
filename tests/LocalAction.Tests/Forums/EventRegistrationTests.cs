using System.Net;
using System.Text;
using AngleSharp.Html.Parser;
using LocalAction.Tests.Infrastructure;
using LocalAction.Web.Features.Accounts;
using LocalAction.Web.Features.Forums;
using Microsoft.EntityFrameworkCore;

namespace LocalAction.Tests.Forums;

/// <summary>
/// Registration for side events on the app's controllable clock: deadline, capacity and waiting list, one registration per
/// address, invitation-only events, confirmation through the outbox, and the attendee list for organizers only.
/// </summary>
public abstract class EventRegistrationTests<TApp>(TApp app) where TApp : SeededApp
{
    private LocalActionFactory F => app.Factory;

    [Fact]
    public async Task Seats_are_confirmed_in_order_then_the_waiting_list_only_when_asked_and_each_gets_an_email()
    {
        var slug = await PublishEventAsync(capacity: 2);
        (await RegisterAsync(slug, "Ana", "ana@example.org")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await RegisterAsync(slug, "Bo", "bo@example.org")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var before = await CountsAsync(slug);
        var full = await RegisterAsync(slug, "Cy", "cy@example.org");
        full.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ErrorsAsync(full)).ShouldContain(e => e.StartsWith("The event is full: all 2 seats are taken."));
        (await CountsAsync(slug)).ShouldBe(before);

        (await RegisterAsync(slug, "Cy", "cy@example.org", waitingList: true)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await using var scope = F.CreateDbScope();
        var registrations = await scope.Db.EventRegistrations.Where(r => scope.Db.EventPages.Any(p => p.Slug == slug && p.SessionId == r.SessionId)).OrderBy(r => r.Id).ToListAsync();
        registrations.Select(r => (r.Email, r.Status)).ShouldBe([
            ("ana@example.org", RegistrationStatus.Confirmed), ("bo@example.org", RegistrationStatus.Confirmed), ("cy@example.org", RegistrationStatus.WaitingList)]);
        var mails = await scope.Db.OutboxMessages.Where(m => m.Purpose == "event-registration" && m.To.EndsWith("@example.org"))
            .Select(m => new { m.To, m.Subject, m.Body }).ToListAsync();
        mails.ShouldContain(m => m.To == "ana@example.org" && m.Subject.StartsWith("Registration confirmed:") && m.Body.Contains($"/events/{slug}"));
        mails.ShouldContain(m => m.To == "cy@example.org" && m.Subject.StartsWith("Waiting list:"));
    }

    [Fact]
    public async Task A_second_registration_with_the_same_address_in_any_case_is_refused_and_changes_nothing()
    {
        var slug = await PublishEventAsync(capacity: null);
        (await RegisterAsync(slug, "Ana", "dup@example.org")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var before = await CountsAsync(slug);
        var again = await RegisterAsync(slug, "Ana again", "DUP@example.org");
        again.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ErrorsAsync(again)).ShouldContain("DUP@example.org is already registered for this event.");
        (await CountsAsync(slug)).ShouldBe(before);
    }

    [Theory]
    [InlineData("not-an-email", "'not-an-email' is not an e-mail address.")]
    [InlineData("Ana <ana@example.org>", "'Ana <ana@example.org>' is not an e-mail address.")]
    [InlineData("", "This field is required.")]
    public async Task A_malformed_email_is_refused_by_name_and_changes_nothing(string email, string message)
    {
        var slug = await PublishEventAsync(capacity: null);
        var response = await RegisterAsync(slug, "Ana", email);
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ErrorsAsync(response)).ShouldContain(message);
        (await CountsAsync(slug)).ShouldBe((0, 0));
    }

    [Fact]
    public async Task After_the_deadline_registration_is_refused_with_the_deadline_and_the_form_is_gone()
    {
        var slug = await PublishEventAsync(capacity: null);
        F.Clock.Advance(TimeSpan.FromDays(11)); // the deadline is ten days ahead
        try
        {
            var late = await RegisterAsync(slug, "Late", "late@example.org");
            late.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
            (await ErrorsAsync(late)).ShouldContain(e => e.StartsWith("Registration for this event closed on"));
            (await CountsAsync(slug)).ShouldBe((0, 0));
            var page = await F.CreateClient().GetStringAsync($"/events/{slug}");
            page.ShouldContain("Registration is closed.");
        }
        finally
        {
            F.Clock.Advance(TimeSpan.FromDays(-11));
        }
    }

    [Fact]
    public async Task The_seeded_event_of_May_2026_no_longer_takes_registrations()
    {
        var response = await RegisterAsync("bridging-the-compacts-2026", "Ana", "may@example.org");
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ErrorsAsync(response)).ShouldContain(e => e.StartsWith("Registration for this event closed on 4 May 2026, 17:00 (America/New_York)"));
    }

    [Fact]
    public async Task An_invitation_only_event_needs_the_code_sent_to_that_address_once()
    {
        var slug = await PublishEventAsync(capacity: null, invitationOnly: true);
        var noCode = await RegisterAsync(slug, "Ana", "guest@example.org");
        noCode.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ErrorsAsync(noCode)).ShouldContain("This event is by invitation only: enter the code from your invitation e-mail.");
        var wrongCode = await RegisterAsync(slug, "Ana", "guest@example.org", code: "000000000000");
        (await ErrorsAsync(wrongCode)).ShouldContain("This invitation code is not valid for this event.");

        var (secretariat, _) = await TestAccounts.SignedInClientAsync(F, Roles.Secretariat);
        (await TestAccounts.SubmitFormAsync(secretariat, $"/events/{slug}", new Dictionary<string, string> { ["InviteEmail"] = "guest@example.org" },
            $"/events/{slug}?handler=invite")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        string code;
        await using (var scope = F.CreateDbScope())
        {
            var body = await scope.Db.OutboxMessages.Where(m => m.To == "guest@example.org" && m.Purpose == "event-invitation").Select(m => m.Body).SingleAsync();
            code = System.Text.RegularExpressions.Regex.Match(body, "invitation code ([0-9A-F]{12})").Groups[1].Value;
            code.Length.ShouldBe(12);
            (await scope.Db.EventInvitations.AnyAsync(i => i.CodeHash == code)).ShouldBeFalse(); // stored hashed
        }

        var otherAddress = await RegisterAsync(slug, "Eve", "eve@example.org", code: code);
        (await ErrorsAsync(otherAddress)).ShouldContain("The invitation was sent to another e-mail address: register with the address it was sent to.");
        (await CountsAsync(slug)).ShouldBe((0, 0));
        (await RegisterAsync(slug, "Ana", "guest@example.org", code: code.ToLowerInvariant())).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await CountsAsync(slug)).ShouldBe((1, 0));
    }

    [Fact]
    public async Task Only_the_Secretariat_and_the_organizer_download_the_attendee_list()
    {
        var slug = await PublishEventAsync(capacity: 1);
        await RegisterAsync(slug, "=HYPERLINK(\"x\")", "first@example.org");
        await RegisterAsync(slug, "Second", "second@example.org", waitingList: true);

        var anonymous = await TestAccounts.BrowserClient(F).GetAsync($"/events/{slug}?handler=attendees");
        anonymous.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        anonymous.Headers.Location!.ToString().ShouldContain("/account/sign-in");
        var (focalPoint, _) = await TestAccounts.SignedInClientAsync(F, Roles.FocalPoint, await FirstOrganizationAsync());
        var refused = await focalPoint.GetAsync($"/events/{slug}?handler=attendees");
        refused.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        refused.Headers.Location!.ToString().ShouldContain("/account/denied");
        (await focalPoint.GetStringAsync($"/events/{slug}")).ShouldNotContain("second@example.org"); // addresses are not public

        var (secretariat, _) = await TestAccounts.SignedInClientAsync(F, Roles.Secretariat);
        var csv = await secretariat.GetAsync($"/events/{slug}?handler=attendees");
        csv.StatusCode.ShouldBe(HttpStatusCode.OK);
        csv.Content.Headers.ContentDisposition!.FileName!.Trim('"').ShouldBe($"attendees-{slug}.csv");
        var lines = Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries)
            .Select(l => l.TrimEnd('\n')).ToList();
        lines[0].ShouldBe("name,email,organization,status,registered_at_utc");
        lines[1].ShouldStartWith("\"'=HYPERLINK(\"\"x\"\")\",first@example.org,,confirmed,"); // a formula never runs in a spreadsheet
        lines[2].ShouldStartWith("Second,second@example.org,,waiting-list,");
    }

    [Fact]
    public async Task A_side_event_with_bad_fields_is_refused_field_by_field_and_nothing_is_published()
    {
        var (secretariat, _) = await TestAccounts.SignedInClientAsync(F, Roles.Secretariat);
        await using var scope = F.CreateDbScope();
        var before = await scope.Db.EventPages.CountAsync();
        var response = await TestAccounts.SubmitFormAsync(secretariat, "/forums/grf-2027/events/new", new Dictionary<string, string>
        {
            ["Input.Title"] = "", ["Input.Type"] = "Plenary", ["Input.Date"] = "2020-01-01", ["Input.Start"] = "25:00", ["Input.TimeZone"] = "Mars/Olympus",
            ["Input.Place"] = "Geneva", ["Input.Hosts"] = "UCLG", ["Input.GcmObjectives"] = "15, 24", ["Input.Capacity"] = "-3",
        });
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = await ErrorsAsync(response);
        errors.ShouldContain("This field is required."); // title
        errors.ShouldContain("'Plenary' is not a kind of side event.");
        errors.ShouldContain("'25:00' is not a time (HH:MM, 24-hour).");
        errors.ShouldContain("'Mars/Olympus' is not a time zone: use a name such as America/New_York or Europe/Zurich.");
        errors.ShouldContain("GCM objectives are numbered 1 to 23; '24' is not one.");
        errors.ShouldContain("The number of seats is a whole number from 1 to 100,000; leave it empty for no limit.");
        (await scope.Db.EventPages.CountAsync()).ShouldBe(before);

        var focal = (await TestAccounts.SignedInClientAsync(F, Roles.FocalPoint, await FirstOrganizationAsync())).Client;
        var denied = await focal.GetAsync("/forums/grf-2027/events/new");
        denied.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        denied.Headers.Location!.ToString().ShouldContain("/account/denied");
    }

    /// <summary>Publishes a side event of GRF 2027 through the Secretariat's form: in 20 days, registration closing in 10.</summary>
    private async Task<string> PublishEventAsync(int? capacity, bool invitationOnly = false)
    {
        var (secretariat, _) = await TestAccounts.SignedInClientAsync(F, Roles.Secretariat);
        var day = F.Clock.Today.AddDays(20);
        var fields = new Dictionary<string, string>
        {
            ["Input.Title"] = "Cities and the compacts " + Guid.NewGuid().ToString("N")[..6], ["Input.Type"] = "OfficialSideEvent",
            ["Input.Date"] = day.ToString("yyyy-MM-dd"), ["Input.Start"] = "13:00", ["Input.End"] = "15:00", ["Input.TimeZone"] = "Europe/Zurich",
            ["Input.Place"] = "Palais des Nations, Room XXIV", ["Input.Hosts"] = "UCLG; MMC", ["Input.GcmObjectives"] = "16, 15",
            ["Input.Capacity"] = capacity?.ToString() ?? "", ["Input.DeadlineDate"] = F.Clock.Today.AddDays(10).ToString("yyyy-MM-dd"),
            ["Input.DeadlineTime"] = "17:00",
        };
        if (invitationOnly) fields["Input.InvitationOnly"] = "true";
        var response = await TestAccounts.SubmitFormAsync(secretariat, "/forums/grf-2027/events/new", fields);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        var slug = response.Headers.Location!.ToString()["/events/".Length..];
        await using var scope = F.CreateDbScope();
        var session = await scope.Db.ForumSessions.SingleAsync(s => s.EventPage!.Slug == slug);
        session.GcmObjectives.ShouldBe("15; 16");
        return slug;
    }

    private async Task<HttpResponseMessage> RegisterAsync(string slug, string name, string email, bool waitingList = false, string? code = null)
    {
        var fields = new Dictionary<string, string> { ["Input.Name"] = name, ["Input.Email"] = email };
        if (waitingList) fields["Input.JoinWaitingList"] = "true";
        if (code is not null) fields["Input.InvitationCode"] = code;
        // Once registration has closed the page has no form; someone who loaded it before still posts it.
        var client = TestAccounts.BrowserClient(F);
        var page = await client.GetStringAsync($"/events/{slug}");
        var tokenPage = page.Contains("__RequestVerificationToken") ? $"/events/{slug}" : "/account/sign-in";
        return await TestAccounts.SubmitFormAsync(client, tokenPage, fields, $"/events/{slug}");
    }

    private static async Task<List<string>> ErrorsAsync(HttpResponseMessage response)
    {
        var document = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        return document.QuerySelectorAll("#error-summary li").Select(li => li.TextContent.Trim()).ToList();
    }

    private async Task<(int Confirmed, int WaitingList)> CountsAsync(string slug)
    {
        await using var scope = F.CreateDbScope();
        var statuses = await scope.Db.EventRegistrations.Where(r => scope.Db.EventPages.Any(p => p.Slug == slug && p.SessionId == r.SessionId))
            .Select(r => r.Status).ToListAsync();
        return (statuses.Count(s => s == RegistrationStatus.Confirmed), statuses.Count(s => s == RegistrationStatus.WaitingList));
    }

    private async Task<int> FirstOrganizationAsync()
    {
        await using var scope = F.CreateDbScope();
        return await scope.Db.Organizations.OrderBy(o => o.Id).Select(o => o.Id).FirstAsync();
    }
}

public sealed class EventRegistrationTestsOnSqlite(SqliteApp app) : EventRegistrationTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class EventRegistrationTestsOnPostgres(PostgresApp app) : EventRegistrationTests<PostgresApp>(app), IClassFixture<PostgresApp>;

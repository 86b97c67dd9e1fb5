using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace LocalAction.BrowserTests;

/// <summary>
/// A side event in Chromium: the Secretariat publishes it with a seat limit, someone registers on its public page and gets
/// the confirmation in the outbox, the next registrant is told it is full and joins the waiting list, and the organizer
/// downloads the attendee list.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SideEventBrowserTests(WorkflowApp app, Browser browser) : IClassFixture<WorkflowApp>
{
    private readonly AccountSteps _accounts = new(app.BaseUrl, () => browser.NewPageAsync());

    [Fact]
    public async Task Register_for_a_side_event_get_the_confirmation_and_the_organizer_downloads_the_attendee_list()
    {
        var admin = await _accounts.SignInAdminAsync();
        await admin.GotoAsync($"{app.BaseUrl}/forums/grf-2027");
        await admin.GetByRole(AriaRole.Link, new() { Name = "Add a side event with registration" }).ClickAsync();
        var title = "Cities bridging the compacts " + Guid.NewGuid().ToString("N")[..6];
        var day = DateTime.UtcNow.AddDays(40);
        await admin.GetByLabel("Title").FillAsync(title);
        await admin.GetByLabel("Kind").SelectOptionAsync(new SelectOptionValue { Value = "OfficialSideEvent" });
        await admin.GetByLabel("Date", new() { Exact = true }).FillAsync(day.ToString("yyyy-MM-dd"));
        await admin.GetByLabel("Starts").FillAsync("13:00");
        await admin.GetByLabel("Ends").FillAsync("15:00");
        await admin.GetByLabel("Time zone").FillAsync("Europe/Zurich");
        await admin.GetByLabel("Place", new() { Exact = true }).FillAsync("Palais des Nations, Room XXIV");
        await admin.GetByLabel("Hosts").FillAsync("UCLG; MMC");
        await admin.GetByLabel("Seats (optional)").FillAsync("1");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Publish the side event" }).ClickAsync();
        await Expect(admin.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(title);
        var eventUrl = admin.Url;

        var guest = await browser.NewPageAsync();
        await guest.GotoAsync(eventUrl);
        await Expect(guest.Locator("[data-field='seats']")).ToContainTextAsync("0 of 1 taken");
        await guest.GetByLabel("Name").FillAsync("Ana Guest");
        await guest.GetByLabel("E-mail").FillAsync("ana.guest@example.org");
        await guest.GetByRole(AriaRole.Button, new() { Name = "Register" }).ClickAsync();
        await Expect(guest.GetByRole(AriaRole.Status)).ToContainTextAsync("You are registered. A confirmation was sent to ana.guest@example.org.");
        await Expect(guest.Locator("[data-field='seats']")).ToContainTextAsync("1 of 1 taken");
        var confirmation = await _accounts.LinkFromOutboxAsync(admin, "ana.guest@example.org", new Uri(eventUrl).AbsolutePath);
        confirmation.ShouldBe(eventUrl);

        var late = await browser.NewPageAsync();
        await late.GotoAsync(eventUrl);
        await late.GetByLabel("Name").FillAsync("Bo Late");
        await late.GetByLabel("E-mail").FillAsync("bo.late@example.org");
        await late.GetByRole(AriaRole.Button, new() { Name = "Register" }).ClickAsync();
        await Expect(late.Locator("#error-summary")).ToContainTextAsync("The event is full: all 1 seats are taken.");
        await late.GetByLabel("Put me on the waiting list if the event is full").CheckAsync();
        await late.GetByRole(AriaRole.Button, new() { Name = "Register" }).ClickAsync();
        await Expect(late.GetByRole(AriaRole.Status)).ToContainTextAsync("you are on the waiting list");

        await admin.GotoAsync(eventUrl);
        var download = await admin.RunAndWaitForDownloadAsync(() => admin.GetByRole(AriaRole.Link, new() { Name = "Download the attendee list (CSV)" }).ClickAsync());
        var path = await download.PathAsync();
        var lines = (await File.ReadAllTextAsync(path!, Encoding.UTF8)).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldBe("name,email,organization,status,registered_at_utc");
        lines.Skip(1).Select(l => Regex.Replace(l, ",[^,]+$", "")).ShouldBe(["Ana Guest,ana.guest@example.org,,confirmed", "Bo Late,bo.late@example.org,,waiting-list"]);
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}

using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace LocalAction.BrowserTests;

/// <summary>
/// The update process in Chromium: the Secretariat opens a campaign, a focal point reports progress with a document, the
/// Secretariat records a follow-up interview, corrects a figure and validates, and the public pledge page shows the new
/// entry of its timeline with the corrected figure.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class UpdatePathBrowserTests(WorkflowApp app, Browser browser) : IClassFixture<WorkflowApp>
{
    private readonly AccountSteps _accounts = new(app.BaseUrl, () => browser.NewPageAsync());

    [Fact]
    public async Task Focal_point_reports_with_a_document_Secretariat_interviews_corrects_validates_and_the_timeline_shows_it()
    {
        var admin = await _accounts.SignInAdminAsync();
        var today = DateTime.UtcNow;
        await admin.GotoAsync($"{app.BaseUrl}/campaigns");
        await admin.GetByLabel("Code").FillAsync("browser-" + Guid.NewGuid().ToString("N")[..8]);
        await admin.GetByLabel("Name").FillAsync("Pre-IMRF 2026 update");
        await admin.GetByLabel("Opens on").FillAsync(today.AddDays(-1).ToString("yyyy-MM-dd"));
        await admin.GetByLabel("Closes on").FillAsync(today.AddDays(30).ToString("yyyy-MM-dd"));
        await admin.GetByRole(AriaRole.Button, new() { Name = "Create the campaign" }).ClickAsync();
        await Expect(admin.Locator("main")).ToContainTextAsync("Pre-IMRF 2026 update");

        var focal = await _accounts.InviteFocalPointAsync(admin, "amman");
        await focal.GotoAsync($"{app.BaseUrl}/organizations/amman");
        var pledgeUrl = await focal.Locator("main a[href^='/pledges/CLA-']").First.GetAttributeAsync("href");
        var publicId = pledgeUrl!.Split('/').Last();
        await focal.GotoAsync($"{app.BaseUrl}{pledgeUrl}");
        await focal.GetByRole(AriaRole.Link, new() { Name = "Report progress" }).First.ClickAsync();

        var achieved = $"Opened a one-stop centre {Guid.NewGuid():N}"[..40];
        await focal.GetByLabel("Stage").SelectOptionAsync(new SelectOptionValue { Value = "in-progress" });
        await focal.GetByLabel("What was achieved").FillAsync(achieved);
        await focal.GetByLabel("People reached in total").FillAsync("1250");
        await focal.GetByLabel("Yes, the update and its files may be published").CheckAsync();
        await focal.Locator("#files").SetInputFilesAsync(new FilePayload
        {
            Name = "progress-report.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.4\n%%EOF\n"u8.ToArray(),
        });
        await focal.GetByRole(AriaRole.Button, new() { Name = "Send the update" }).ClickAsync();
        await Expect(focal.GetByRole(AriaRole.Status)).ToContainTextAsync("your update was sent to the Secretariat");
        await Expect(focal.Locator("main")).ToContainTextAsync("progress-report.pdf");
        var updateUrl = new Uri(focal.Url).AbsolutePath;

        await admin.GotoAsync($"{app.BaseUrl}{updateUrl}");
        await admin.GetByLabel("Date", new() { Exact = true }).FillAsync(today.ToString("yyyy-MM-dd"));
        await admin.GetByLabel("Interviewer").FillAsync("Secretariat staff");
        await admin.GetByLabel("Notes").FillAsync("1,250 counted some people twice; 1,180 people were reached.");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Record the interview" }).ClickAsync();
        await Expect(admin.GetByRole(AriaRole.Status)).ToContainTextAsync("Interview recorded.");
        await admin.GetByLabel("People reached in total").FillAsync("1180");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Save the corrections" }).ClickAsync();
        await Expect(admin.Locator("tr[data-field='peopleReachedTotal']")).ToContainTextAsync("corrected");
        await Expect(admin.Locator("tr[data-field='peopleReachedTotal']")).ToContainTextAsync("1250");
        await admin.GetByLabel("I confirm: publish this update on the pledge's page.").CheckAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "Validate and publish" }).ClickAsync();
        await Expect(admin.Locator("#update-status")).ToContainTextAsync("Validated");

        var reader = await browser.NewPageAsync();
        await reader.GotoAsync($"{app.BaseUrl}/pledges/{publicId}");
        var timeline = reader.Locator("#updates-heading").Locator("xpath=..");
        await Expect(timeline).ToContainTextAsync(achieved);
        await Expect(timeline).ToContainTextAsync(new Regex("1[,.\u00a0\u202f]?180"));
        await Expect(timeline.GetByRole(AriaRole.Link, new() { Name = "progress-report.pdf" })).ToBeVisibleAsync();
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}

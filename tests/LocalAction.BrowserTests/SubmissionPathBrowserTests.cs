using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace LocalAction.BrowserTests;

/// <summary>
/// The whole path in Chromium, as people do it: the Secretariat invites, the focal point accepts and confirms through the
/// e-mail the outbox holds, submits in seven steps, the Secretariat asks for changes, the focal point resubmits, the
/// Secretariat validates and publishes, and anyone can then find the pledge. Then the same with a co-pledger.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class SubmissionPathBrowserTests(WorkflowApp app, Browser browser) : IClassFixture<WorkflowApp>
{
    private readonly AccountSteps _accounts = new(app.BaseUrl, () => browser.NewPageAsync());

    [Fact]
    public async Task Invite_accept_submit_request_changes_resubmit_validate_publish_then_public()
    {
        var admin = await _accounts.SignInAdminAsync();
        var focal = await _accounts.InviteFocalPointAsync(admin, "accra");
        var title = $"Welcome desks {Guid.NewGuid():N}"[..30];

        var id = await SubmitNewPledgeAsync(focal, "accra", title, coPledger: null);
        await DecideAsync(admin, id, "start-review");
        await DecideAsync(admin, id, "request-changes", "Please name the districts.");

        await focal.GotoAsync($"{app.BaseUrl}/submissions/{id}");
        await Expect(focal.Locator("#state")).ToHaveTextAsync("Changes requested");
        await Expect(focal.GetByText("Please name the districts.")).ToBeVisibleAsync();
        await focal.GotoAsync($"{app.BaseUrl}/submissions/{id}/edit?step=2");
        await focal.GetByLabel("Title", new() { Exact = true }).FillAsync(title + " in four districts");
        await focal.GetByRole(AriaRole.Button, new() { Name = "Save and continue" }).ClickAsync();
        await focal.GotoAsync($"{app.BaseUrl}/submissions/{id}");
        await focal.GetByRole(AriaRole.Button, new() { Name = "Submit to the Secretariat" }).ClickAsync();
        await Expect(focal.Locator("#state")).ToHaveTextAsync("Submitted");

        await DecideAsync(admin, id, "start-review");
        await DecideAsync(admin, id, "validate");
        var publicId = await DecideAsync(admin, id, "publish");

        var reader = await browser.NewPageAsync();
        await reader.GotoAsync($"{app.BaseUrl}/pledges/{publicId}");
        await Expect(reader.Locator("h1")).ToHaveTextAsync(title + " in four districts");
        await ExpectFoundBySearchAsync(reader, title);
    }

    [Fact]
    public async Task A_joint_pledge_is_published_once_the_co_pledger_accepts()
    {
        var admin = await _accounts.SignInAdminAsync();
        var lead = await _accounts.InviteFocalPointAsync(admin, "nairobi");
        var co = await _accounts.InviteFocalPointAsync(admin, "kampala");
        var title = $"Joint skills {Guid.NewGuid():N}"[..30];

        var id = await SubmitNewPledgeAsync(lead, "nairobi", title, coPledger: "kampala");
        await co.GotoAsync($"{app.BaseUrl}/submissions");
        await co.GetByRole(AriaRole.Region, new() { Name = "Invitations to pledge jointly" }).GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await co.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Accept to pledge jointly") }).ClickAsync();
        await Expect(co.GetByText("Accepted: your organization now pledges jointly and can edit this pledge.")).ToBeVisibleAsync();
        await Expect(co.Locator("main")).ToContainTextAsync("Kampala: accepted");

        await DecideAsync(admin, id, "start-review");
        await DecideAsync(admin, id, "validate");
        var publicId = await DecideAsync(admin, id, "publish");

        var reader = await browser.NewPageAsync();
        await reader.GotoAsync($"{app.BaseUrl}/pledges/{publicId}");
        await Expect(reader.Locator("main")).ToContainTextAsync("Nairobi");
        await Expect(reader.Locator("main")).ToContainTextAsync("Kampala");
    }

    private async Task<int> SubmitNewPledgeAsync(IPage page, string organization, string title, string? coPledger)
    {
        await page.GotoAsync($"{app.BaseUrl}/submissions/new");
        await page.GetByLabel("Pledging organization").SelectOptionAsync(new SelectOptionValue { Value = organization });
        await page.GetByRole(AriaRole.Button, new() { Name = "Save and continue" }).ClickAsync();
        var id = int.Parse(SubmissionId().Match(page.Url).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

        await page.GetByLabel("Title", new() { Exact = true }).FillAsync(title);
        await page.GetByLabel("Description", new() { Exact = true }).FillAsync("Desks where newcomers get information on housing, work and schools, in their languages.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save and continue" }).ClickAsync();
        await page.GetByLabel("Both compacts (mirror)").Or(page.Locator("#compact-Mirror")).First.CheckAsync();
        await page.Locator("#beneficiaries-Migrants").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save and continue" }).ClickAsync();
        await page.Locator("#priorities-1").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save and continue" }).ClickAsync();
        // Step 5 comes pre-selected from the mapping table.
        await Expect(page.GetByText("Pre-selected from the mapping table")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save and continue" }).ClickAsync();
        await page.GetByLabel("Start year").FillAsync("2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save and continue" }).ClickAsync();
        if (coPledger is not null) await page.GetByLabel("Co-pledgers").FillAsync(coPledger);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save and preview" }).ClickAsync();

        await Expect(page.Locator("h1")).ToHaveTextAsync(title);
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit to the Secretariat" }).ClickAsync();
        await Expect(page.Locator("#state")).ToHaveTextAsync("Submitted");
        return id;
    }

    /// <summary>The Secretariat's decision from the review queue; returns the published id once published.</summary>
    private async Task<string?> DecideAsync(IPage admin, int id, string action, string? comment = null)
    {
        await admin.GotoAsync($"{app.BaseUrl}/review?state=all");
        await admin.Locator($"a[href='/submissions/{id}']").ClickAsync();
        await admin.Locator($"#action-{action}").CheckAsync();
        if (comment is not null) await admin.GetByLabel("Comment to the submitters (required to request changes or reject)").FillAsync(comment);
        await admin.GetByRole(AriaRole.Button, new() { Name = "Record decision" }).ClickAsync();
        await Expect(admin.GetByText("Decision recorded.")).ToBeVisibleAsync();
        var published = admin.GetByRole(AriaRole.Link, new() { NameRegex = PublicIdPattern() });
        return await published.CountAsync() > 0 ? await published.First.InnerTextAsync() : null;
    }

    private async Task ExpectFoundBySearchAsync(IPage page, string title)
    {
        // The search index refreshes in the background (Search__RefreshSeconds=1 here): reload until it shows.
        for (var attempt = 0; attempt < 30; attempt++)
        {
            await page.GotoAsync($"{app.BaseUrl}/pledges?q={Uri.EscapeDataString(title)}");
            if (await page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex(Regex.Escape(title)) }).CountAsync() > 0) return;
            await Task.Delay(500);
        }
        throw new InvalidOperationException($"'{title}' never appeared in the public search.");
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);

    [GeneratedRegex("/submissions/(\\d+)/edit")]
    private static partial Regex SubmissionId();

    [GeneratedRegex("^CLA-\\d{4}-\\d{4}$")]
    private static partial Regex PublicIdPattern();
}

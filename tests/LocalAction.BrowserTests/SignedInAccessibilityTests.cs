using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace LocalAction.BrowserTests;

/// <summary>
/// axe-core finds no serious or critical WCAG 2.1 A/AA problem on the pages behind sign-in (account, administration,
/// submissions in all seven steps, preview, review), and the submission form can be completed with the keyboard alone,
/// with the focus visible at every stop. Runs on its own app (<see cref="WorkflowApp"/>) since it creates submissions.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class SignedInAccessibilityTests(WorkflowApp app, Browser browser) : IClassFixture<WorkflowApp>
{
    // Pages that run axe need the CSP bypassed to inject it, the invitee's page included.
    private readonly AccountSteps _accounts = new(app.BaseUrl, () => browser.NewPageAsync(new() { Locale = "en-GB", BypassCSP = true }));

    [Fact]
    public async Task The_sign_in_and_forgot_password_pages_have_no_serious_or_critical_violation()
    {
        var page = await NewAxePageAsync();
        var found = new List<string>();
        foreach (var path in new[] { "/account/sign-in", "/account/forgot-password" })
        {
            await page.GotoAsync(app.BaseUrl + path);
            found.AddRange(await ViolationsAsync(page, path));
        }
        found.ShouldBeEmpty();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_account_and_administration_pages_have_no_serious_or_critical_violation()
    {
        var admin = await NewAxePageAsync();
        await _accounts.SignInAsync(admin, RunningApp.AdminEmail, RunningApp.AdminPassword);
        // An invitation first, so the outbox, audit and invitations pages have rows to show.
        await _accounts.InviteFocalPointAsync(admin, "accra");
        var found = new List<string>();
        foreach (var path in new[]
                 {
                     "/account", "/account/tokens", "/admin", "/admin/invitations", "/admin/outbox", "/admin/users", "/admin/audit",
                     "/admin/networks", "/review", "/review?state=all", "/submissions", "/submissions/new",
                     "/handover", "/handover?round=imrf-2022&package=gcm", "/forums/grf-2027/events/new",
                 })
        {
            var response = await admin.GotoAsync(app.BaseUrl + path);
            response!.Ok.ShouldBeTrue(path);
            found.AddRange(await ViolationsAsync(admin, path));
        }
        // Step 1 posted without an organization (the Secretariat chooses among all): its error summary and field error.
        await admin.GotoAsync($"{app.BaseUrl}/submissions/new");
        await admin.Locator("main").GetByRole(AriaRole.Button, new() { Name = "Save and continue" }).ClickAsync();
        await Expect(admin.Locator("#error-summary")).ToBeVisibleAsync();
        found.AddRange(await ViolationsAsync(admin, "/submissions/new (no organization chosen)"));
        found.ShouldBeEmpty();
        await admin.Context.CloseAsync();
    }

    [Fact]
    public async Task Refusals_confirmations_and_one_time_messages_have_no_serious_or_critical_violation()
    {
        var found = new List<string>();
        var anonymous = await NewAxePageAsync();
        await anonymous.GotoAsync($"{app.BaseUrl}/account/sign-in");
        await anonymous.GetByLabel("E-mail address").FillAsync("nobody@example.org");
        await anonymous.GetByLabel("Password").FillAsync("not the password");
        await anonymous.Locator("main").GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(anonymous.Locator("#error-summary")).ToBeVisibleAsync();
        found.AddRange(await ViolationsAsync(anonymous, "/account/sign-in (refused)"));
        await anonymous.GotoAsync($"{app.BaseUrl}/account/forgot-password");
        await anonymous.Locator("main").GetByRole(AriaRole.Button, new() { Name = "Send" }).ClickAsync();
        await Expect(anonymous.Locator("#error-summary")).ToBeVisibleAsync();
        found.AddRange(await ViolationsAsync(anonymous, "/account/forgot-password (empty)"));
        await anonymous.GetByLabel("E-mail address").FillAsync("nobody@example.org");
        await anonymous.Locator("main").GetByRole(AriaRole.Button, new() { Name = "Send" }).ClickAsync();
        found.AddRange(await ViolationsAsync(anonymous, "/account/forgot-password (sent)"));
        await anonymous.Context.CloseAsync();

        var admin = await NewAxePageAsync();
        await _accounts.SignInAsync(admin, RunningApp.AdminEmail, RunningApp.AdminPassword);
        await admin.GotoAsync($"{app.BaseUrl}/account/tokens");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Create the token" }).ClickAsync();
        await Expect(admin.Locator("#error-summary")).ToBeVisibleAsync();
        found.AddRange(await ViolationsAsync(admin, "/account/tokens (no name)"));
        await admin.GetByLabel("Name").FillAsync("Accessibility check");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Create the token" }).ClickAsync();
        await Expect(admin.Locator("#new-token")).ToBeVisibleAsync();
        found.AddRange(await ViolationsAsync(admin, "/account/tokens (new token shown)"));
        await admin.GetByRole(AriaRole.Link, new() { Name = "Revoke…" }).First.ClickAsync();
        await Expect(admin.Locator("#confirm-revoke")).ToBeVisibleAsync();
        found.AddRange(await ViolationsAsync(admin, "/account/tokens (confirm revoke)"));

        await admin.GotoAsync($"{app.BaseUrl}/admin/invitations");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Send the invitation" }).ClickAsync();
        await Expect(admin.Locator("#error-summary")).ToBeVisibleAsync();
        found.AddRange(await ViolationsAsync(admin, "/admin/invitations (empty)"));
        await admin.GotoAsync($"{app.BaseUrl}/admin/networks");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Add", Exact = true }).ClickAsync();
        await Expect(admin.Locator("#error-summary")).ToBeVisibleAsync();
        found.AddRange(await ViolationsAsync(admin, "/admin/networks (empty)"));

        // A member linked to a network, then the confirmation to remove it.
        var network = await admin.Locator("#network-slugs option").First.GetAttributeAsync("value");
        await admin.GetByLabel("Network identifier").FillAsync(network!);
        await admin.GetByLabel("Member organization identifier").FillAsync("accra");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Add", Exact = true }).ClickAsync();
        await admin.GetByRole(AriaRole.Link, new() { Name = "Remove…" }).First.ClickAsync();
        await Expect(admin.Locator("#confirm-unlink")).ToBeVisibleAsync();
        found.AddRange(await ViolationsAsync(admin, "/admin/networks (confirm removal)"));

        // A pending invitation, then the confirmation to withdraw it.
        await admin.GotoAsync($"{app.BaseUrl}/admin/invitations");
        await admin.GetByLabel("E-mail address").FillAsync($"pending-{Guid.NewGuid():N}@example.org");
        await admin.GetByLabel("Role").SelectOptionAsync(new SelectOptionValue { Value = "FocalPoint" });
        await admin.GetByLabel("Organization identifier").FillAsync("accra");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Send the invitation" }).ClickAsync();
        await admin.GetByRole(AriaRole.Link, new() { Name = "Withdraw…" }).First.ClickAsync();
        await Expect(admin.Locator("#confirm-revoke")).ToBeVisibleAsync();
        found.AddRange(await ViolationsAsync(admin, "/admin/invitations (confirm withdrawal)"));

        await _accounts.InviteFocalPointAsync(admin, "nairobi");
        await admin.GotoAsync($"{app.BaseUrl}/admin/outbox");
        await admin.Locator("a[href^='/admin/outbox/']").First.ClickAsync();
        found.AddRange(await ViolationsAsync(admin, "/admin/outbox/{id}"));

        found.ShouldBeEmpty();
        await admin.Context.CloseAsync();
    }

    [Fact]
    public async Task The_signed_in_pages_on_a_narrow_screen_have_no_serious_or_critical_violation()
    {
        // 320 CSS pixels (WCAG 1.4.10): the tables scroll sideways, and a scrolling region must be reachable by keyboard.
        var admin = await browser.NewPageAsync(new() { Locale = "en-GB", BypassCSP = true, ViewportSize = new() { Width = 320, Height = 640 } });
        await _accounts.SignInAsync(admin, RunningApp.AdminEmail, RunningApp.AdminPassword);
        await admin.GotoAsync($"{app.BaseUrl}/account/tokens");
        await admin.GetByLabel("Name").FillAsync("Narrow screen");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Create the token" }).ClickAsync();
        await _accounts.InviteFocalPointAsync(admin, "bogota");
        var found = new List<string>();
        foreach (var path in new[]
                 {
                     "/account", "/account/tokens", "/admin", "/admin/invitations", "/admin/outbox", "/admin/users", "/admin/audit",
                     "/admin/networks", "/review?state=all", "/submissions", "/submissions/new", "/handover?round=imrf-2022&package=gcm",
                     "/forums/grf-2027/events/new",
                 })
        {
            await admin.GotoAsync(app.BaseUrl + path);
            found.AddRange(await ViolationsAsync(admin, path + " (320 px)"));
        }
        found.ShouldBeEmpty();
        await admin.Context.CloseAsync();
    }

    [Fact]
    public async Task A_draft_in_seven_steps_its_preview_the_review_panel_and_an_invalid_step_have_no_serious_or_critical_violation()
    {
        var admin = await NewAxePageAsync();
        await _accounts.SignInAsync(admin, RunningApp.AdminEmail, RunningApp.AdminPassword);
        var focal = await _accounts.InviteFocalPointAsync(admin, "accra");
        var found = new List<string>();

        await focal.GotoAsync($"{app.BaseUrl}/submissions");
        found.AddRange(await ViolationsAsync(focal, "/submissions (focal point)"));
        await focal.GotoAsync($"{app.BaseUrl}/submissions/new");
        found.AddRange(await ViolationsAsync(focal, "/submissions/new (focal point)"));


        var id = await StartDraftAsync(focal, "accra");
        await focal.GetByLabel("Title", new() { Exact = true }).FillAsync("Language classes for newcomers");
        await focal.GetByLabel("Description", new() { Exact = true }).FillAsync("Free classes in the evening, with childcare.");
        await focal.GetByRole(AriaRole.Button, new() { Name = "Save and continue" }).ClickAsync();
        await focal.Locator("#compact-Mirror").CheckAsync();
        await focal.Locator("#beneficiaries-Migrants").CheckAsync();
        await focal.GetByRole(AriaRole.Button, new() { Name = "Save and continue" }).ClickAsync();
        await focal.Locator("#priorities-1").CheckAsync();
        await focal.GetByRole(AriaRole.Button, new() { Name = "Save and continue" }).ClickAsync();
        await Expect(focal.GetByText("Pre-selected from the mapping table")).ToBeVisibleAsync();
        found.AddRange(await ViolationsAsync(focal, $"/submissions/{id}/edit?step=5 (with suggestions)"));
        await focal.GetByRole(AriaRole.Button, new() { Name = "Save and continue" }).ClickAsync();
        await focal.GetByLabel("Start year").FillAsync("2026");
        await focal.GetByRole(AriaRole.Button, new() { Name = "Save and continue" }).ClickAsync();
        found.AddRange(await ViolationsAsync(focal, $"/submissions/{id}/edit?step=7 (after saving step 6)"));

        for (var step = 1; step <= 7; step++)
        {
            var path = $"/submissions/{id}/edit?step={step}";
            await focal.GotoAsync(app.BaseUrl + path);
            await Expect(focal.Locator("h2").First).ToHaveTextAsync(new Regex($"^{step}\\. "));
            found.AddRange(await ViolationsAsync(focal, path));
        }

        // Step 2 with a title that is too long: the error summary and the field's message are shown.
        await focal.GotoAsync($"{app.BaseUrl}/submissions/{id}/edit?step=2");
        await focal.GetByLabel("Title", new() { Exact = true }).FillAsync(new string('x', 501));
        await focal.GetByRole(AriaRole.Button, new() { Name = "Save and continue" }).ClickAsync();
        await Expect(focal.Locator("#error-summary")).ToBeVisibleAsync();
        await Expect(focal.Locator("#title-error")).ToBeVisibleAsync();
        found.AddRange(await ViolationsAsync(focal, $"/submissions/{id}/edit?step=2 (invalid title)"));

        // Step 6 with a year that is not one and an end before the start.
        await focal.GotoAsync($"{app.BaseUrl}/submissions/{id}/edit?step=6");
        await focal.GetByLabel("Start year").FillAsync("soon");
        await focal.GetByLabel("Budget amount").Or(focal.Locator("#budgetAmount")).First.FillAsync("a lot");
        await focal.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        await Expect(focal.Locator("#error-summary")).ToBeVisibleAsync();
        found.AddRange(await ViolationsAsync(focal, $"/submissions/{id}/edit?step=6 (invalid year and amount)"));
        await focal.GetByLabel("Start year").FillAsync("2026");
        await focal.Locator("#budgetAmount").FillAsync("");
        await focal.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        await Expect(focal.Locator("#error-summary")).ToHaveCountAsync(0);

        // Step 7 with a partner's name that is too long: the message belongs to the partners' fieldset.
        await focal.GotoAsync($"{app.BaseUrl}/submissions/{id}/edit?step=7");
        await focal.Locator("#partner-0-name").FillAsync(new string('p', 301));
        await focal.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        await Expect(focal.Locator("#partners-error")).ToBeVisibleAsync();
        found.AddRange(await ViolationsAsync(focal, $"/submissions/{id}/edit?step=7 (partner name too long)"));

        await focal.GotoAsync($"{app.BaseUrl}/submissions/{id}");
        found.AddRange(await ViolationsAsync(focal, $"/submissions/{id} (draft, submitter)"));
        await focal.GetByRole(AriaRole.Button, new() { Name = "Submit to the Secretariat" }).ClickAsync();
        await Expect(focal.Locator("#state")).ToHaveTextAsync("Submitted");
        found.AddRange(await ViolationsAsync(focal, $"/submissions/{id} (submitted, submitter)"));
        await focal.GotoAsync($"{app.BaseUrl}/submissions");
        found.AddRange(await ViolationsAsync(focal, "/submissions (focal point, one submitted)"));

        await admin.GotoAsync($"{app.BaseUrl}/submissions/{id}");
        await Expect(admin.Locator("#review")).ToBeVisibleAsync();
        found.AddRange(await ViolationsAsync(admin, $"/submissions/{id} (submitted, Secretariat with the review panel)"));
        await admin.GotoAsync($"{app.BaseUrl}/review");
        found.AddRange(await ViolationsAsync(admin, "/review (one submitted)"));

        // A decision without its required comment: the review panel's own error summary.
        await admin.GotoAsync($"{app.BaseUrl}/submissions/{id}");
        await admin.Locator("#action-start-review").CheckAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "Record decision" }).ClickAsync();
        await Expect(admin.GetByText("Decision recorded.")).ToBeVisibleAsync();
        found.AddRange(await ViolationsAsync(admin, $"/submissions/{id} (in review, Secretariat)"));
        await admin.Locator("#action-request-changes").CheckAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "Record decision" }).ClickAsync();
        await Expect(admin.Locator("#error-summary")).ToBeVisibleAsync();
        found.AddRange(await ViolationsAsync(admin, $"/submissions/{id} (request changes without comment)"));

        found.ShouldBeEmpty();
        await focal.Context.CloseAsync();
        await admin.Context.CloseAsync();
    }

    [Fact]
    public async Task The_update_pages_campaigns_and_a_pledge_with_its_light_have_no_serious_or_critical_violation()
    {
        var admin = await NewAxePageAsync();
        await _accounts.SignInAsync(admin, RunningApp.AdminEmail, RunningApp.AdminPassword);
        var code = "axe-" + Guid.NewGuid().ToString("N")[..8];
        await admin.GotoAsync($"{app.BaseUrl}/campaigns");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Create the campaign" }).ClickAsync(); // empty: every error
        var found = new List<string>(await ViolationsAsync(admin, "/campaigns (empty form)"));
        await admin.GetByLabel("Code").FillAsync(code);
        await admin.GetByLabel("Name").FillAsync("Accessibility campaign");
        await admin.GetByLabel("Opens on").FillAsync(DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await admin.GetByLabel("Closes on").FillAsync(DateTime.UtcNow.AddDays(20).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await admin.GetByRole(AriaRole.Button, new() { Name = "Create the campaign" }).ClickAsync();

        var focal = await _accounts.InviteFocalPointAsync(admin, "sao-paulo");
        await focal.GotoAsync($"{app.BaseUrl}/organizations/sao-paulo");
        var pledge = await focal.Locator("main a[href^='/pledges/CLA-']").First.GetAttributeAsync("href");
        await focal.GotoAsync($"{app.BaseUrl}{pledge}/update");
        found.AddRange(await ViolationsAsync(focal, "update form"));
        await focal.GetByRole(AriaRole.Button, new() { Name = "Send the update" }).ClickAsync(); // empty: every error
        await Expect(focal.Locator("#error-summary")).ToBeVisibleAsync();
        found.AddRange(await ViolationsAsync(focal, "update form (with errors)"));
        await focal.GetByLabel("Stage").SelectOptionAsync(new SelectOptionValue { Value = "fulfilled" });
        await focal.GetByLabel("What was achieved").FillAsync("A welcome centre opened.");
        await focal.GetByLabel("No, publish the figures only").CheckAsync();
        await focal.GetByRole(AriaRole.Button, new() { Name = "Send the update" }).ClickAsync();
        var update = new Uri(focal.Url).AbsolutePath;
        foreach (var path in new[] { update, "/updates", "/updates/import", pledge! })
        {
            await focal.GotoAsync(app.BaseUrl + path);
            found.AddRange(await ViolationsAsync(focal, "focal point: " + path));
        }
        foreach (var path in new[] { "/campaigns", $"/campaigns/{code}", "/updates", update })
        {
            await admin.GotoAsync(app.BaseUrl + path);
            found.AddRange(await ViolationsAsync(admin, "Secretariat: " + path));
        }
        await admin.GetByLabel("Interviewer").FillAsync("Someone");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Record the interview" }).ClickAsync(); // no date, no notes
        found.AddRange(await ViolationsAsync(admin, "Secretariat: interview with errors"));
        found.ShouldBeEmpty();
        await admin.Context.CloseAsync();
        await focal.Context.CloseAsync();
    }

    [Fact]
    public async Task Steps_one_and_two_can_be_completed_with_the_keyboard_alone_with_the_focus_always_visible()
    {
        var admin = await NewAxePageAsync();
        await _accounts.SignInAsync(admin, RunningApp.AdminEmail, RunningApp.AdminPassword);
        var page = await _accounts.InviteFocalPointAsync(admin, "kampala");
        await admin.Context.CloseAsync();
        var stops = new List<string>();

        await page.GotoAsync($"{app.BaseUrl}/submissions/new");
        await TabToAsync(page, "#leadOrganization", stops);
        await page.Keyboard.TypeAsync("Kampala");
        (await page.Locator("#leadOrganization").InputValueAsync()).ShouldBe("kampala");
        await TabToAsync(page, "main button[type=submit]", stops);
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(SubmissionId());
        await Expect(page.Locator("h2").First).ToHaveTextAsync(new Regex("^2\\. "));

        await TabToAsync(page, "#title", stops);
        await page.Keyboard.TypeAsync("Keyboard-only pledge");
        await page.Keyboard.PressAsync("Tab");
        await ExpectFocusedAsync(page, "#description", stops);
        await page.Keyboard.TypeAsync("Typed without a mouse.");
        // Back and forth: Shift+Tab returns to the title, and it kept what was typed.
        await page.Keyboard.PressAsync("Shift+Tab");
        await ExpectFocusedAsync(page, "#title", stops);
        (await page.Locator("#title").InputValueAsync()).ShouldBe("Keyboard-only pledge");
        await TabToAsync(page, "button[value=next]", stops);
        await page.Keyboard.PressAsync("Space");
        await page.WaitForURLAsync(new Regex("step=3"));
        await Expect(page.Locator("h2").First).ToHaveTextAsync(new Regex("^3\\. "));

        // Step 2 was saved as typed.
        await page.GotoAsync(page.Url.Replace("step=3", "step=2", StringComparison.Ordinal));
        (await page.Locator("#title").InputValueAsync()).ShouldBe("Keyboard-only pledge");
        (await page.Locator("#description").InputValueAsync()).ShouldBe("Typed without a mouse.");
        stops.ShouldNotBeEmpty();
        await page.Context.CloseAsync();
    }

    /// <summary>Presses Tab until the element matching <paramref name="selector"/> has the focus, checking each stop shows it.</summary>
    private static async Task TabToAsync(IPage page, string selector, List<string> stops)
    {
        for (var i = 0; i < 60; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focused = await FocusAsync(page, selector);
            focused.GetProperty("visible").GetBoolean().ShouldBeTrue($"focus not visible on {focused.GetProperty("describe").GetString()}");
            stops.Add(focused.GetProperty("describe").GetString()!);
            if (focused.GetProperty("matches").GetBoolean()) return;
        }
        throw new InvalidOperationException($"Tab never reached {selector}; stops: {string.Join(" → ", stops)}");
    }

    private static async Task ExpectFocusedAsync(IPage page, string selector, List<string> stops)
    {
        var focused = await FocusAsync(page, selector);
        var describe = focused.GetProperty("describe").GetString()!;
        focused.GetProperty("matches").GetBoolean().ShouldBeTrue($"expected {selector} to have the focus, not {describe}");
        focused.GetProperty("visible").GetBoolean().ShouldBeTrue($"focus not visible on {describe}");
        stops.Add(describe);
    }

    /// <summary>The focused element, whether it matches, and whether its focus shows (an outline or a box-shadow).</summary>
    private static Task<JsonElement> FocusAsync(IPage page, string selector) => page.EvaluateAsync<JsonElement>(
        """
        selector => {
          const e = document.activeElement;
          if (!e || e === document.body) return { matches: false, visible: false, describe: '(nothing)' };
          const s = getComputedStyle(e);
          const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
          const shadow = s.boxShadow && s.boxShadow !== 'none';
          const describe = `${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''} "${(e.innerText || e.value || '').trim().slice(0, 40)}"`;
          return { matches: e.matches(selector), visible: outline || !!shadow, describe };
        }
        """, selector);

    private async Task<IPage> NewAxePageAsync() => await browser.NewPageAsync(new() { Locale = "en-GB", BypassCSP = true });

    private static async Task<IReadOnlyList<string>> ViolationsAsync(IPage page, string label)
    {
        await page.AddScriptTagAsync(new() { Path = WebProject.NodeModule("axe-core/axe.min.js") });
        var violations = await page.EvaluateAsync<JsonElement>(
            """
            async () => (await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }))
              .violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
              .map(v => `${v.impact} ${v.id}: ${v.help} (${v.nodes.length}× e.g. ${v.nodes[0].target.join(' ')}: ${v.nodes[0].failureSummary})`)
            """);
        // Beyond axe: a field's error message is announced with the field (aria-describedby on the field or its fieldset).
        var unlinked = await page.EvaluateAsync<string[]>(
            """
            () => [...document.querySelectorAll('.invalid-feedback[id]')]
              .filter(f => !document.querySelector(`[aria-describedby~="${CSS.escape(f.id)}"]`))
              .map(f => `field error #${f.id} is not linked to its field by aria-describedby`)
            """);
        return violations.EnumerateArray().Select(v => v.GetString()).Concat(unlinked).Select(v => $"{label}: {v}").ToList();
    }

    private async Task<int> StartDraftAsync(IPage page, string organization)
    {
        await page.GotoAsync($"{app.BaseUrl}/submissions/new");
        await page.GetByLabel("Pledging organization").SelectOptionAsync(new SelectOptionValue { Value = organization });
        await page.GetByRole(AriaRole.Button, new() { Name = "Save and continue" }).ClickAsync();
        await page.WaitForURLAsync(SubmissionId());
        return int.Parse(SubmissionId().Match(page.Url).Groups[1].Value, CultureInfo.InvariantCulture);
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);

    [GeneratedRegex("/submissions/(\\d+)/edit")]
    private static partial Regex SubmissionId();
}

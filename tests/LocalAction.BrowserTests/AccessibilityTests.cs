using System.Text.Json;
using Microsoft.Playwright;

namespace LocalAction.BrowserTests;

/// <summary>axe-core (from npm, installed by the build) finds no serious or critical WCAG 2.1 AA problem on the public pages.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(RunningApp app, Browser browser)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/pledges")]
    [InlineData("/pledges?round=imrf-2022&compact=mirror&sort=title")]
    [InlineData("/pledges?q=nothing-matches-this")]
    [InlineData("/pledges?round=imrf-1999")]
    [InlineData("/pledges/CLA-2022-0010")]
    [InlineData("/pledges/CLA-2022-0002")]
    [InlineData("/organizations")]
    [InlineData("/organizations/nairobi")]
    [InlineData("/map")]
    [InlineData("/dashboard")]
    [InlineData("/dashboard?round=grf-2023&priority=1")]
    [InlineData("/dashboard/coverage")]
    [InlineData("/reports/at-a-glance?round=imrf-2022")]
    [InlineData("/api")]
    [InlineData("/forums")]
    [InlineData("/forums/imrf-2022")]
    [InlineData("/forums/imrf-2026")]
    [InlineData("/forums/grf-2027")]
    [InlineData("/events/bridging-the-compacts-2026")]
    [InlineData("/declarations")]
    [InlineData("/no-such-page")]
    public async Task A_page_has_no_serious_or_critical_accessibility_violation(string path)
    {
        // axe is injected as a script the page did not serve: the test context bypasses the site's CSP to allow it.
        var page = await browser.NewPageAsync(new() { Locale = "en-GB", BypassCSP = true });
        await page.GotoAsync(app.BaseUrl + path);
        await page.AddScriptTagAsync(new() { Path = WebProject.NodeModule("axe-core/axe.min.js") });
        var violations = await page.EvaluateAsync<JsonElement>(
            """
            async () => (await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }))
              .violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
              .map(v => `${v.impact} ${v.id}: ${v.help} (${v.nodes.length}× e.g. ${v.nodes[0].target.join(' ')}: ${v.nodes[0].failureSummary})`)
            """);
        violations.EnumerateArray().Select(v => v.GetString()).ShouldBeEmpty(path);
        await page.Context.CloseAsync();
    }
}

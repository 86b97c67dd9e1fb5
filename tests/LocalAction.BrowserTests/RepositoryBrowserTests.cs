using Microsoft.Playwright;

namespace LocalAction.BrowserTests;

/// <summary>Finding pledges in Chromium: search from home, filter, open a pledge, share a link, all with the keyboard too.</summary>
[Collection(BrowserCollection.Name)]
public sealed class RepositoryBrowserTests(RunningApp app, Browser browser)
{
    [Fact]
    public async Task Search_from_home_filter_open_a_pledge_and_come_back_through_a_shared_link()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(app.BaseUrl + "/");
        await page.GetByLabel("Search the pledges").FillAsync("migrants");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/pledges?q=migrants");
        var all = await ResultCount(page);
        all.ShouldBeGreaterThan(5);

        await page.Locator("#f-round-grf-2023").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).ClickAsync();
        await page.WaitForURLAsync("**round=grf-2023**");
        var filtered = await ResultCount(page);
        filtered.ShouldBeLessThan(all);
        filtered.ShouldBeGreaterThan(0);
        var sharedLink = page.Url;
        var firstTitles = await page.Locator(".pledge-card h2").AllInnerTextsAsync();

        await page.Locator(".pledge-card h2 a").First.ClickAsync();
        await page.WaitForURLAsync("**/pledges/CLA-*");
        (await page.Locator("h1").InnerTextAsync()).ShouldBe(firstTitles[0]);

        var other = await browser.NewPageAsync();
        await other.GotoAsync(sharedLink);
        (await ResultCount(other)).ShouldBe(filtered);
        (await other.Locator(".pledge-card h2").AllInnerTextsAsync()).ShouldBe(firstTitles);
        (await other.Locator("#f-round-grf-2023").IsCheckedAsync()).ShouldBeTrue();
        (await other.Locator("#q").InputValueAsync()).ShouldBe("migrants");
    }

    [Fact]
    public async Task The_keyboard_alone_searches_filters_and_opens_a_pledge()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(app.BaseUrl + "/pledges");
        await page.Locator("#q").FocusAsync();
        await page.Keyboard.TypeAsync("Zurich");
        (await page.Locator("#q").InputValueAsync()).ShouldBe("Zurich");
        await PressAndWaitForUrl(page, "Enter", "**q=Zurich**");
        (await ResultCount(page)).ShouldBe(7);

        // Tab through the page until the "GCR" compact filter has focus, tick it with Space, then submit with Enter.
        await TabUntil(page, "#f-compact-gcr");
        await page.Keyboard.PressAsync("Space");
        await TabUntil(page, "button[type=submit].mt-2");
        await PressAndWaitForUrl(page, "Enter", "**compact=gcr**");
        (await ResultCount(page)).ShouldBe(1);

        await page.Locator(".pledge-card h2 a").First.FocusAsync();
        await PressAndWaitForUrl(page, "Enter", "**/pledges/CLA-2023-*");
        (await page.Locator("h1").InnerTextAsync()).ShouldStartWith("Enhancing the Cooperation of All State Levels");
    }

    [Fact]
    public async Task The_pledge_list_works_with_JavaScript_disabled()
    {
        var page = await browser.NewPageAsync(new() { JavaScriptEnabled = false, Locale = "en-GB" });
        await page.GotoAsync(app.BaseUrl + "/pledges?country=CO");
        (await ResultCount(page)).ShouldBe(6);
        await page.Locator("#f-round-imrf-2022").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).ClickAsync();
        await page.WaitForURLAsync("**round=imrf-2022**");
        (await ResultCount(page)).ShouldBe(5);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_filtered_list_downloads_as_a_csv_file_without_JavaScript()
    {
        var page = await browser.NewPageAsync(new() { JavaScriptEnabled = false, Locale = "fr-FR", AcceptDownloads = true });
        await page.GotoAsync(app.BaseUrl + "/pledges?country=CO");
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#export-links a", new() { HasText = "CSV" }).First.ClickAsync());
        download.SuggestedFilename.ShouldStartWith("localaction-pledges-");
        download.SuggestedFilename.ShouldEndWith(".csv");
        var bytes = await File.ReadAllBytesAsync((await download.PathAsync())!);
        bytes[..3].ShouldBe(System.Text.Encoding.UTF8.GetPreamble());
        var lines = System.Text.Encoding.UTF8.GetString(bytes[3..]).Split("\r\n");
        lines[0].ShouldStartWith("Identifiant public,");
        lines.Count(l => l.StartsWith("CLA-", StringComparison.Ordinal)).ShouldBe(6);
        await page.Context.CloseAsync();
    }

    /// <summary>Starts waiting before the key press, so a fast navigation cannot be missed.</summary>
    private static async Task PressAndWaitForUrl(IPage page, string key, string url)
    {
        var navigated = page.WaitForURLAsync(url);
        await page.Keyboard.PressAsync(key);
        await navigated;
    }

    private static async Task TabUntil(IPage page, string selector)
    {
        for (var i = 0; i < 300; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<bool>($"document.activeElement && document.activeElement.matches({System.Text.Json.JsonSerializer.Serialize(selector)})")) return;
        }
        throw new InvalidOperationException($"Tab never reached {selector}");
    }

    private static async Task<int> ResultCount(IPage page) =>
        int.Parse((await page.Locator("#result-count strong").InnerTextAsync()).Replace(",", "").Replace("\u202f", "").Replace("\u00a0", ""), System.Globalization.CultureInfo.InvariantCulture);
}

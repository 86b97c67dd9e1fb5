using Microsoft.Playwright;

namespace LocalAction.BrowserTests;

/// <summary>The map page from the real executable (shapes read through its web root) as Chromium draws it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class MapPageBrowserTests(RunningApp app, Browser browser)
{
    [Fact]
    public async Task The_executable_draws_the_world_with_the_countries_that_pledged_linked()
    {
        var page = await browser.NewPageAsync(new() { Locale = "en-GB" });
        await page.GotoAsync(app.BaseUrl + "/map");
        var map = page.Locator("svg.world-map");
        (await map.IsVisibleAsync()).ShouldBeTrue();
        (await map.Locator("path").CountAsync()).ShouldBeGreaterThan(150);
        (await map.Locator("a[href='/pledges?country=CO']").CountAsync()).ShouldBe(1);
        var box = (await map.BoundingBoxAsync())!;
        box.Height.ShouldBeGreaterThan(box.Width / 3); // scaled by its viewBox, not collapsed
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task At_360_pixels_wide_the_map_scales_down_and_nothing_overflows_sideways()
    {
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 360, Height = 740 } });
        await page.GotoAsync(app.BaseUrl + "/map");
        var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
        overflow.ShouldBeLessThanOrEqualTo(0);
        var box = (await page.Locator("svg.world-map").BoundingBoxAsync())!;
        box.Width.ShouldBeLessThanOrEqualTo(360);
        box.Width.ShouldBeGreaterThan(300);
        await page.Context.CloseAsync();
    }
}

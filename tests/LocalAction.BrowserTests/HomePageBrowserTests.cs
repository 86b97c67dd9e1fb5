using Microsoft.Playwright;

namespace LocalAction.BrowserTests;

/// <summary>The home page as a reader sees it in Chromium: figures, language switch, keyboard use, narrow screens.</summary>
[Collection(BrowserCollection.Name)]
public sealed class HomePageBrowserTests(RunningApp app, Browser browser)
{
    [Fact]
    public async Task A_reader_sees_the_registry_figures_and_the_latest_pledges()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(app.BaseUrl + "/");
        (await page.TitleAsync()).ShouldContain("LocalAction");
        (await page.Locator("[data-figure=pledges] .figure-value").InnerTextAsync()).Trim().ShouldBe("124");
        (await page.Locator("[data-figure=organizations] .figure-value").InnerTextAsync()).Trim().ShouldBe("85");
        (await page.Locator(".latest-pledges li").CountAsync()).ShouldBe(10);
        // Bootstrap from npm is served and applied: the navigation bar is laid out as a flex row.
        (await page.Locator("nav.navbar").EvaluateAsync<string>("e => getComputedStyle(e).display")).ShouldBe("flex");
    }

    [Fact]
    public async Task Choosing_Espanol_translates_the_page_and_is_remembered()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(app.BaseUrl + "/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Español" }).ClickAsync();
        await page.WaitForURLAsync(app.BaseUrl + "/");
        (await page.Locator("h1").InnerTextAsync()).ShouldBe("Llamado a la Acción Local para Migrantes y Refugiados");
        (await page.Locator("html").GetAttributeAsync("lang")).ShouldBe("es");

        await page.GotoAsync(app.BaseUrl + "/");
        (await page.Locator("h1").InnerTextAsync()).ShouldBe("Llamado a la Acción Local para Migrantes y Refugiados");
    }

    [Fact]
    public async Task The_first_Tab_reveals_a_skip_link_that_moves_focus_to_the_main_content()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(app.BaseUrl + "/");
        await page.Keyboard.PressAsync("Tab");
        var focused = page.Locator(":focus");
        (await focused.InnerTextAsync()).ShouldBe("Skip to main content");
        (await focused.IsVisibleAsync()).ShouldBeTrue();
        await page.Keyboard.PressAsync("Enter");
        (await page.EvaluateAsync<string>("document.activeElement.id")).ShouldBe("main");
    }

    [Fact]
    public async Task At_360_pixels_wide_nothing_overflows_sideways()
    {
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 360, Height = 740 } });
        await page.GotoAsync(app.BaseUrl + "/");
        var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
        overflow.ShouldBeLessThanOrEqualTo(0);
        await page.Context.CloseAsync();
    }
}

using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace LocalAction.BrowserTests;

/// <summary>
/// The dashboard and the printable report in Chromium: the dashboard renders, a filter changes the numbers, a CSV download
/// holds exactly the rows of its table, and the report's PDF downloads with its title and a page per priority section.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class DashboardBrowserTests(RunningApp app, Browser browser)
{
    [Fact]
    public async Task The_dashboard_renders_a_filter_changes_the_numbers_and_a_CSV_equals_its_table()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync($"{app.BaseUrl}/dashboard");
        var pledges = page.Locator("[data-figure='pledges'] .figure-value");
        var all = Number(await pledges.InnerTextAsync());
        all.ShouldBeGreaterThan(0);
        await Expect(page.Locator("section[data-breakdown='priorities'] svg[role='img']")).ToBeVisibleAsync();

        await page.GetByLabel("Round", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Value = "imrf-2022" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("round=imrf-2022"));
        var filtered = Number(await pledges.InnerTextAsync());
        filtered.ShouldBeGreaterThan(0);
        filtered.ShouldBeLessThan(all);

        var section = page.Locator("section[data-breakdown='compacts']");
        var table = new List<string>();
        var rows = section.Locator("tbody tr");
        for (var i = 0; i < await rows.CountAsync(); i++)
        {
            var code = await rows.Nth(i).GetAttributeAsync("data-code");
            var value = await rows.Nth(i).Locator("td").GetAttributeAsync("data-value");
            table.Add($"{code}={value}");
        }
        table.ShouldNotBeEmpty();
        var download = await page.RunAndWaitForDownloadAsync(() => section.Locator("a.csv-link").ClickAsync());
        var csv = await File.ReadAllTextAsync((await download.PathAsync())!);
        var lines = csv.TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();
        lines.Skip(1).Select(l => CsvRow().Match(l)).Select(m => $"{m.Groups["code"].Value}={m.Groups["value"].Value}").ShouldBe(table);
    }

    [Fact]
    public async Task The_report_PDF_downloads_with_its_title_and_a_page_for_each_priority_section()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync($"{app.BaseUrl}/reports/at-a-glance?round=imrf-2022");
        var title = await page.TitleAsync();
        title.ShouldStartWith("Report at a glance");
        var sections = await page.Locator("main h3[id^=priority-]").CountAsync();
        sections.ShouldBe(8);

        var response = await page.APIRequest.GetAsync($"{app.BaseUrl}/reports/at-a-glance.pdf?round=imrf-2022", new() { Timeout = 90_000 });
        response.Status.ShouldBe(200);
        response.Headers["content-type"].ShouldStartWith("application/pdf");
        var pdf = await response.BodyAsync();
        Encoding.ASCII.GetString(pdf, 0, 5).ShouldBe("%PDF-");
        var text = Encoding.Latin1.GetString(pdf);
        var pages = PageObject().Matches(text).Count;
        pages.ShouldBeGreaterThanOrEqualTo(1 + sections, "the opening figures, then each priority section starts a page");
        PdfTitle(text).ShouldBe(title);
    }

    /// <summary>The document title from the PDF's Info dictionary, as a literal or hex string, in UTF-16 or PDFDocEncoding.</summary>
    private static string PdfTitle(string pdf)
    {
        var m = TitleEntry().Match(pdf);
        m.Success.ShouldBeTrue("the PDF has a /Title");
        byte[] bytes;
        if (m.Groups["hex"].Success)
        {
            bytes = Convert.FromHexString(m.Groups["hex"].Value);
        }
        else
        {
            var literal = Regex.Replace(m.Groups["lit"].Value, @"\\([0-7]{1,3}|.)", e =>
                e.Groups[1].Value.Length > 0 && char.IsDigit(e.Groups[1].Value[0])
                    ? ((char)Convert.ToInt32(e.Groups[1].Value, 8)).ToString()
                    : e.Groups[1].Value switch { "n" => "\n", "r" => "\r", "t" => "\t", var c => c });
            bytes = Encoding.Latin1.GetBytes(literal);
        }
        return bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF
            ? Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2)
            : Encoding.Latin1.GetString(bytes);
    }

    private static int Number(string shown) => int.Parse(Regex.Replace(shown, "[^0-9]", ""), CultureInfo.InvariantCulture);

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);

    [GeneratedRegex("^\"?(?<code>[^\",]*)\"?,.*,\"?(?<value>[^\",]*)\"?$")]
    private static partial Regex CsvRow();

    [GeneratedRegex(@"/Type\s*/Page(?![a-zA-Z])")]
    private static partial Regex PageObject();

    [GeneratedRegex(@"/Title\s*(?:<(?<hex>[0-9A-Fa-f]+)>|\((?<lit>(?:\\.|[^\\)])*)\))")]
    private static partial Regex TitleEntry();
}

using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace LocalAction.BrowserTests;

/// <summary>
/// What people do with accounts, in the browser: sign in, and bring a new focal point in by invitation (the
/// administrator invites, reads the links in /admin/outbox as administrators do without SMTP, the invitee accepts,
/// confirms the address and signs in).
/// </summary>
public sealed class AccountSteps(string baseUrl, Func<Task<IPage>> newPage)
{
    public const string FocalPassword = "a long test password for a focal point";

    public async Task SignInAsync(IPage page, string email, string password)
    {
        await page.GotoAsync($"{baseUrl}/account/sign-in");
        await page.GetByLabel("E-mail address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.Locator("main").GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "My submissions" })).ToBeVisibleAsync();
    }

    public async Task<IPage> SignInAdminAsync()
    {
        var page = await newPage();
        await SignInAsync(page, RunningApp.AdminEmail, RunningApp.AdminPassword);
        return page;
    }

    /// <summary>A new focal point of the organization, signed in on a page of its own.</summary>
    public async Task<IPage> InviteFocalPointAsync(IPage admin, string organization)
    {
        var email = $"focal-{Guid.NewGuid():N}@example.org";
        await admin.GotoAsync($"{baseUrl}/admin/invitations");
        await admin.GetByLabel("E-mail address").FillAsync(email);
        await admin.GetByLabel("Role").SelectOptionAsync(new SelectOptionValue { Value = "FocalPoint" });
        await admin.GetByLabel("Organization identifier").FillAsync(organization);
        await admin.GetByRole(AriaRole.Button, new() { Name = "Send the invitation" }).ClickAsync();

        var page = await newPage();
        await page.GotoAsync(await LinkFromOutboxAsync(admin, email, "/account/invitation"));
        await page.GetByLabel("Your name").FillAsync("Test Focal Point");
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(FocalPassword);
        await page.GetByLabel("Password again").FillAsync(FocalPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create my account" }).ClickAsync();
        await page.GotoAsync(await LinkFromOutboxAsync(admin, email, "/account/confirm-email"));
        await SignInAsync(page, email, FocalPassword);
        return page;
    }

    /// <summary>The link to <paramref name="path"/> in the newest message to <paramref name="email"/>, as an administrator reads it.</summary>
    public async Task<string> LinkFromOutboxAsync(IPage admin, string email, string path)
    {
        for (var attempt = 0; attempt < 20; attempt++)
        {
            await admin.GotoAsync($"{baseUrl}/admin/outbox");
            var rows = admin.Locator("tr", new() { HasText = email });
            for (var i = 0; i < await rows.CountAsync(); i++)
            {
                var href = await rows.Nth(i).Locator("a[href^='/admin/outbox/']").First.GetAttributeAsync("href");
                await admin.GotoAsync(baseUrl + href);
                var match = Regex.Match(await admin.Locator("main").InnerTextAsync(), "https?://\\S+" + Regex.Escape(path) + "\\S*");
                if (match.Success) return match.Value;
                await admin.GotoAsync($"{baseUrl}/admin/outbox");
                rows = admin.Locator("tr", new() { HasText = email });
            }
            await Task.Delay(500);
        }
        throw new InvalidOperationException($"No message to {email} with a link to {path} in the outbox.");
    }
}

using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.WebEncoders;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using LocalAction.Web.Data;
using LocalAction.Web.Features.Accounts;

namespace LocalAction.Web;

/// <summary>The web pipeline: pages, localization (en, fr, es), problem details, error pages.</summary>
public static class WebSetup
{
    public static readonly string[] Languages = ["en", "fr", "es"];

    public static WebApplicationBuilder AddLocalActionWeb(this WebApplicationBuilder builder)
    {
        // Serve wwwroot (and the npm libraries copied into it) from the build output in every environment, not only
        // Development, so `dotnet run` and the built executable behave the same; a published app carries its own wwwroot.
        builder.WebHost.UseStaticWebAssets();
        // Pages are mostly French and Spanish text: write accented letters as they are, not as &#xE9; entities.
        builder.Services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        builder.Services.AddLocalization(options => options.ResourcesPath = "Resources");
        builder.Services.AddRazorPages().AddViewLocalization();
        builder.Services.AddProblemDetails();
        // Readers are often on slow connections: compress pages and JSON (static files are precompressed at build).
        // Not over HTTPS by default (BREACH); behind the TLS-terminating proxy the app sees HTTP and compresses.
        builder.Services.AddResponseCompression();
        var proxies = (builder.Configuration["Proxy:KnownProxies"] ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(proxy => System.Net.IPAddress.TryParse(proxy, out var address) ? address
                : throw new StartupException($"Configuration error: Proxy:KnownProxies holds '{proxy}', which is not an IP address.", StartupException.ConfigurationError))
            .ToList();
        builder.Services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in proxies) options.KnownProxies.Add(proxy);
        });
        builder.Services.Configure<RequestLocalizationOptions>(options =>
        {
            var cultures = Languages.Select(l => new CultureInfo(l)).ToList();
            options.DefaultRequestCulture = new RequestCulture("en");
            options.SupportedCultures = cultures;
            options.SupportedUICultures = cultures;
            options.FallBackToParentCultures = true;
            options.FallBackToParentUICultures = true;
        });
        return builder;
    }

    public static WebApplication UseLocalActionWeb(this WebApplication app)
    {
        // Behind the reverse proxy: the client's address (for rate limits) and scheme (for Secure cookies) come from
        // X-Forwarded-For/-Proto, trusted only from the proxies listed (loopback by default). Never X-Forwarded-Host.
        app.UseForwardedHeaders();
        app.Use(SecurityHeaders);
        app.UseResponseCompression();
        // The API answers errors with problem details; pages answer with an HTML error page.
        app.UseWhen(Features.Api.ApiSetup.IsApiRequest, api =>
        {
            api.UseExceptionHandler();
            api.UseStatusCodePages();
            api.UseMiddleware<Features.Api.ETagMiddleware>();
        });
        app.UseWhen(context => !Features.Api.ApiSetup.IsApiRequest(context), pages =>
        {
            if (!app.Environment.IsDevelopment()) pages.UseExceptionHandler("/error");
            pages.UseStatusCodePagesWithReExecute("/error", "?code={0}");
        });
        app.UseRequestLocalization();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseCors();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapGet("/language/{code}", SwitchLanguage).ExcludeFromDescription();
        return app;
    }

    /// <summary>
    /// Headers that keep browsers from running anything the site did not serve itself: no inline or foreign scripts,
    /// no framing, no MIME sniffing. Inline styles stay allowed (SDG colours and map fills are set per element).
    /// </summary>
    private static Task SecurityHeaders(HttpContext context, Func<Task> next)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
            "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        headers.XFrameOptions = "DENY";
        return next();
    }

    /// <summary>
    /// Remembers the reader's language in the culture cookie and returns to the page they were on. A signed-in person's
    /// choice also becomes their preferred language, so e-mails and their next sign-in elsewhere follow it.
    /// </summary>
    private static async Task<IResult> SwitchLanguage(
        string code, string? returnUrl, HttpContext context, UserManager<LocalActionUser> users, LocalActionDbContext db, TimeProvider clock)
    {
        if (!Languages.Contains(code))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Unsupported language",
                detail: $"'{code}' is not one of the supported languages: {string.Join(", ", Languages)}.");
        }
        RememberLanguage(context.Response, code);
        if (context.User.Identity?.IsAuthenticated == true && await users.GetUserAsync(context.User) is { } user
            && db.Change(user, code, clock.GetUtcNow().UtcDateTime))
        {
            await db.SaveChangesAsync(context.RequestAborted);
        }
        // Only local paths: never an open redirect.
        var target = !string.IsNullOrEmpty(returnUrl) && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//") && !returnUrl.StartsWith("/\\")
            ? returnUrl : "/";
        return TypedResults.LocalRedirect(target);
    }

    /// <summary>The culture cookie that request localization reads first.</summary>
    public static void RememberLanguage(HttpResponse response, string code) =>
        response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(code)),
            new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax });
}

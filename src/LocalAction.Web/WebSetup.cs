using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace LocalAction.Web;

/// <summary>The web pipeline: pages, localization (en, fr, es), problem details, error pages.</summary>
public static class WebSetup
{
    public static readonly string[] Languages = ["en", "fr", "es"];

    public static WebApplicationBuilder AddLocalActionWeb(this WebApplicationBuilder builder)
    {
        builder.Services.AddLocalization(options => options.ResourcesPath = "Resources");
        builder.Services.AddRazorPages().AddViewLocalization();
        builder.Services.AddProblemDetails();
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
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error");
        }
        app.UseStatusCodePagesWithReExecute("/error", "?code={0}");
        app.UseRequestLocalization();
        app.UseRouting();
        app.MapGet("/language/{code}", SwitchLanguage).ExcludeFromDescription();
        return app;
    }

    /// <summary>Remembers the reader's language in the culture cookie and returns to the page they were on.</summary>
    private static IResult SwitchLanguage(string code, string? returnUrl, HttpContext context)
    {
        if (!Languages.Contains(code))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Unsupported language",
                detail: $"'{code}' is not one of the supported languages: {string.Join(", ", Languages)}.");
        }
        context.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(code)),
            new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax });
        // Only local paths: never an open redirect.
        var target = !string.IsNullOrEmpty(returnUrl) && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//") && !returnUrl.StartsWith("/\\")
            ? returnUrl : "/";
        return TypedResults.LocalRedirect(target);
    }
}

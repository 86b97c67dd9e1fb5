using System.Globalization;
using System.Net;
using LocalAction.Web.Features.Dashboard;
using Microsoft.Extensions.Localization;

namespace LocalAction.Web.Features.Reports;

/// <summary>GET /reports/at-a-glance.pdf: the report page, printed by Chromium, as a download.</summary>
public static class ReportEndpoints
{
    public const string PagePath = "/reports/at-a-glance";

    public static IEndpointRouteBuilder MapReports(this IEndpointRouteBuilder app)
    {
        app.MapGet(PagePath + ".pdf", PdfAsync).ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> PdfAsync(HttpContext http, PdfRenderer renderer, DashboardFigures figures, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        await figures.EnsureVocabularyAsync(ct);
        var (filter, errors) = DashboardFilterParser.Parse(http.Request.Query);
        if (errors.Count > 0) return Results.ValidationProblem(errors);
        if (!renderer.IsAvailable)
        {
            return Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: l["PDF export is not available"],
                detail: l["PDF export needs Chromium; set Reports__ChromiumPath to the Chromium program (e.g. /usr/bin/chromium)."]);
        }
        var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        byte[] pdf;
        try
        {
            pdf = await renderer.RenderAsync(PageUrl(http), language, ct);
        }
        catch (Exception e) when (e is TimeoutException or InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            // Chromium is there but failed (crashed, hung, could not load the page): the renderer logged why; the reader may retry.
            return Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: l["PDF export failed"],
                detail: l["Chromium could not print the report. Try again in a minute, or print the page from your browser."]);
        }
        return Results.File(pdf, "application/pdf", $"localaction-at-a-glance-{filter.Round ?? "all"}.pdf");
    }

    /// <summary>
    /// The page on this very server, as Chromium on the same machine reaches it: the address and port the request came in on,
    /// not the Host header (a client could point that anywhere), with the scheme before any proxy rewrote it.
    /// </summary>
    public static Uri PageUrl(HttpContext http)
    {
        var request = http.Request;
        var scheme = request.Headers["X-Original-Proto"].FirstOrDefault() ?? request.Scheme;
        var local = http.Connection.LocalIpAddress is { IsIPv4MappedToIPv6: true } mapped ? mapped.MapToIPv4() : http.Connection.LocalIpAddress;
        var authority = local is null || local.Equals(IPAddress.Any) || local.Equals(IPAddress.IPv6Any)
            ? request.Host.Value // the in-memory test server has no connection
            : new IPEndPoint(local, http.Connection.LocalPort).ToString(); // brackets an IPv6 address
        return new Uri($"{scheme}://{authority}{PagePath}{request.QueryString}");
    }
}

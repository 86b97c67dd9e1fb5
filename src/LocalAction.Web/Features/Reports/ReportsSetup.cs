namespace LocalAction.Web.Features.Reports;

/// <summary>Registers the report's computation and the PDF renderer (Chromium is looked for once, at startup).</summary>
public static class ReportsSetup
{
    public static WebApplicationBuilder AddLocalActionReports(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<TrendsAndExamples>();
        builder.Services.AddSingleton(sp => new PdfRenderer(
            ChromiumLocator.Locate(sp.GetRequiredService<IConfiguration>()), sp.GetRequiredService<ILogger<PdfRenderer>>()));
        return builder;
    }
}

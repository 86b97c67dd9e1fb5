namespace LocalAction.Web.Features.Imports;

/// <summary>The pledge import's limits (<c>Imports__MaxUploadMegabytes</c>).</summary>
public sealed record ImportSettings(int MaxUploadMegabytes)
{
    public const string MaxUploadSetting = "Imports__MaxUploadMegabytes";
    public const int DefaultMaxUploadMegabytes = 50;

    /// <summary>Rows in one file at most: twice the largest registry benchmarked, so a runaway file stops early.</summary>
    public const int MaxRows = 250_000;

    /// <summary>The multipart envelope around the file (boundaries, headers, the antiforgery field) is allowed on top of the file's limit.</summary>
    public const long EnvelopeBytes = 64 * 1024;

    public long MaxUploadBytes => MaxUploadMegabytes * 1024L * 1024L;

    /// <summary>The largest request body accepted for an upload.</summary>
    public long MaxRequestBytes => MaxUploadBytes + EnvelopeBytes;

    public static ImportSettings From(IConfiguration configuration)
    {
        var text = configuration["Imports:MaxUploadMegabytes"];
        if (string.IsNullOrWhiteSpace(text)) return new ImportSettings(DefaultMaxUploadMegabytes);
        if (!int.TryParse(text.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var megabytes)
            || megabytes is < 1 or > 4096)
        {
            throw new StartupException(
                $"Configuration error: {MaxUploadSetting} is '{text}'; give a whole number of megabytes from 1 to 4096.", StartupException.ConfigurationError);
        }
        return new ImportSettings(megabytes);
    }
}

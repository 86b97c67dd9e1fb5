namespace LocalAction.Web.Features.Reports;

/// <summary>
/// Finds the Chromium that prints the reports: the configured path (Reports:ChromiumPath), else the Debian package's
/// /usr/bin/chromium, else chromium or chromium-browser on the PATH. Null when none is there: the PDF is then unavailable.
/// </summary>
public static class ChromiumLocator
{
    public const string ConfigurationKey = "Reports:ChromiumPath";
    public const string DebianPath = "/usr/bin/chromium";
    private static readonly string[] Names = ["chromium", "chromium-browser"];

    public static string? Locate(string? configured, Func<string, bool> fileExists, string? pathVariable)
    {
        // A configured path is taken at its word: a wrong setting must show as "unavailable", not fall back silently.
        if (!string.IsNullOrWhiteSpace(configured)) return fileExists(configured) ? configured : null;
        if (fileExists(DebianPath)) return DebianPath;
        var directories = (pathVariable ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return Names.SelectMany(name => directories.Select(d => Path.Combine(d, name))).FirstOrDefault(fileExists);
    }

    public static string? Locate(IConfiguration configuration) =>
        Locate(configuration[ConfigurationKey], File.Exists, Environment.GetEnvironmentVariable("PATH"));
}

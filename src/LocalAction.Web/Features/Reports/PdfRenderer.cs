using System.Diagnostics;

namespace LocalAction.Web.Features.Reports;

/// <summary>
/// Prints a page of the app to PDF with headless Chromium (a separate process, so no PDF library and its licence is needed).
/// The page's &lt;title&gt; becomes the PDF's Title. At most two renders run at once: each is a whole browser.
/// </summary>
public sealed class PdfRenderer(string? chromiumPath, ILogger<PdfRenderer> logger)
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);
    private readonly SemaphoreSlim _slots = new(2, 2);

    public bool IsAvailable => chromiumPath is not null;

    /// <summary>
    /// The command line: no sandbox (it needs privileges a service account lacks), its own profile in the temporary directory
    /// (two renders must not share one), no header or footer (they would print the URL), the reader's language for Accept-Language.
    /// </summary>
    public static IReadOnlyList<string> Arguments(string pdfPath, string profileDirectory, Uri url, string language) =>
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", "--no-first-run", "--disable-extensions",
        "--user-data-dir=" + profileDirectory, "--lang=" + language, "--print-to-pdf=" + pdfPath, url.AbsoluteUri,
    ];

    public async Task<byte[]> RenderAsync(Uri url, string language, CancellationToken ct)
    {
        if (chromiumPath is null) throw new InvalidOperationException("Chromium is not available.");
        await _slots.WaitAsync(ct);
        var directory = Directory.CreateTempSubdirectory("localaction-pdf-");
        try
        {
            var pdf = Path.Combine(directory.FullName, "report.pdf");
            var start = new ProcessStartInfo(chromiumPath)
            {
                RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            };
            foreach (var argument in Arguments(pdf, Path.Combine(directory.FullName, "profile"), url, language)) start.ArgumentList.Add(argument);
            using var process = Process.Start(start) ?? throw new InvalidOperationException("Chromium did not start.");
            // Read both streams, or a chatty Chromium blocks on a full pipe.
            var stderr = process.StandardError.ReadToEndAsync(ct);
            _ = process.StandardOutput.ReadToEndAsync(ct);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(Timeout);
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync(CancellationToken.None);
                ct.ThrowIfCancellationRequested();
                logger.LogWarning("Chromium did not print {Url} within {Seconds} s", url, Timeout.TotalSeconds);
                throw new TimeoutException($"Chromium did not print {url} within {Timeout.TotalSeconds:0} s.");
            }
            if (process.ExitCode != 0 || !File.Exists(pdf))
            {
                logger.LogWarning("Chromium exited with {ExitCode} printing {Url}: {Error}", process.ExitCode, url, await stderr);
                throw new InvalidOperationException($"Chromium could not print {url} (exit code {process.ExitCode}).");
            }
            return await File.ReadAllBytesAsync(pdf, ct);
        }
        finally
        {
            _slots.Release();
            try { directory.Delete(recursive: true); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { logger.LogWarning(e, "Could not delete {Directory}", directory.FullName); }
        }
    }
}

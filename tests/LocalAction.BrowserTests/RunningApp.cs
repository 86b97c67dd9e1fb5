using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace LocalAction.BrowserTests;

/// <summary>
/// The real LocalAction executable on Kestrel, bound to 127.0.0.1 on a free port, over a fresh SQLite database
/// seeded at start-up exactly as on a user's machine. Shared by the browser tests (xunit collection fixture).
/// </summary>
public class RunningApp : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "localaction-browser", Guid.NewGuid().ToString("N"));
    private Process? _process;
    private readonly List<string> _output = [];

    public string BaseUrl { get; private set; } = "";

    /// <summary>An administrator made by the real create-admin verb before the server starts.</summary>
    public const string AdminEmail = "admin@localaction.test";
    public const string AdminPassword = "a long test password for the administrator";

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        var port = FreePort();
        BaseUrl = $"http://127.0.0.1:{port}";
        var connection = $"Data Source={Path.Combine(_folder, "browser.db")}";
        var admin = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { WebProject.Dll(), "create-admin", "--email", AdminEmail, "--name", "Test Administrator" }) admin.ArgumentList.Add(arg);
        admin.Environment["ConnectionStrings__LocalAction"] = connection;
        admin.Environment["LOCALACTION_ADMIN_PASSWORD"] = AdminPassword;
        admin.WorkingDirectory = Path.GetDirectoryName(WebProject.Dll());
        using (var created = Process.Start(admin)!)
        {
            var errors = await created.StandardError.ReadToEndAsync();
            await created.WaitForExitAsync();
            if (created.ExitCode != 0) throw new InvalidOperationException($"create-admin failed ({created.ExitCode}): {errors}");
        }

        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(WebProject.Dll());
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(BaseUrl);
        start.Environment["ConnectionStrings__LocalAction"] = connection;
        start.Environment["Mail__PickupFolder"] = Path.Combine(_folder, "mail");
        start.Environment["Search__RefreshSeconds"] = "1";
        // Every browser of every test comes from 127.0.0.1: the per-address limit on account forms would throttle the suite.
        start.Environment["RateLimits__AccountPerMinute"] = "10000";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.WorkingDirectory = Path.GetDirectoryName(WebProject.Dll());
        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (_output) _output.Add(e.Data); };
        _process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (_output) _output.Add(e.Data); };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        using var http = new HttpClient();
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited) break;
            try
            {
                if ((await http.GetAsync($"{BaseUrl}/health/ready")).StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException) { }
            await Task.Delay(250);
        }
        throw new InvalidOperationException($"The app did not become ready at {BaseUrl}:\n{string.Join('\n', _output)}");
    }

    public Task DisposeAsync()
    {
        if (_process is { HasExited: false }) _process.Kill(entireProcessTree: true);
        _process?.Dispose();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
        return Task.CompletedTask;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>
/// A second app for the tests that publish pledges, so the figures the other browser tests check stay those of the
/// seeded registry whatever order the tests run in.
/// </summary>
public sealed class WorkflowApp : RunningApp;

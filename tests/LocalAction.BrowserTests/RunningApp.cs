using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace LocalAction.BrowserTests;

/// <summary>
/// The real LocalAction executable on Kestrel, bound to 127.0.0.1 on a free port, over a fresh SQLite database
/// seeded at start-up exactly as on a user's machine. Shared by the browser tests (xunit collection fixture).
/// </summary>
public sealed class RunningApp : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "localaction-browser", Guid.NewGuid().ToString("N"));
    private Process? _process;
    private readonly List<string> _output = [];

    public string BaseUrl { get; private set; } = "";

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        var port = FreePort();
        BaseUrl = $"http://127.0.0.1:{port}";
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(WebProject.Dll());
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(BaseUrl);
        start.Environment["ConnectionStrings__LocalAction"] = $"Data Source={Path.Combine(_folder, "browser.db")}";
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

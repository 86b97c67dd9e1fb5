using System.Text.RegularExpressions;

namespace LocalAction.Web.Features.Api;

/// <summary>
/// For benchmarks only (off unless <c>Bench:PrecomputedFolder</c> is set): serves saved JSON files at
/// /bench/precomputed/{name}, the baseline a real endpoint's throughput is compared with on the same server.
/// </summary>
public static partial class BenchmarkEndpoints
{
    public static WebApplication MapBenchmarkEndpoints(this WebApplication app)
    {
        var folder = app.Configuration["Bench:PrecomputedFolder"];
        if (string.IsNullOrEmpty(folder)) return app;
        var files = new Dictionary<string, byte[]>();
        app.MapGet("/bench/precomputed/{name}", (string name) =>
        {
            if (!Name().IsMatch(name)) return Results.NotFound();
            byte[]? bytes;
            lock (files)
            {
                var path = Path.Combine(folder, name + ".json");
                if (!files.TryGetValue(name, out bytes) && File.Exists(path)) files[name] = bytes = File.ReadAllBytes(path);
            }
            return bytes is null ? Results.NotFound() : Results.Bytes(bytes, "application/json; charset=utf-8");
        }).ExcludeFromDescription();
        return app;
    }

    [GeneratedRegex("^[a-z0-9-]{1,40}$")]
    private static partial Regex Name();
}

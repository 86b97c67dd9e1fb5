using System.Diagnostics;
using System.Globalization;
using LocalAction.Web;
using LocalAction.Web.Data;
using LocalAction.Web.Features.Dashboard;
using LocalAction.Web.Features.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

/// <summary>
/// Server time of the dashboard summary: uncached (count every figure from the kept registry; after a publication; after
/// reading the whole registry again) and cached
/// (the answer kept for the filter), through the app's own <see cref="DashboardFigures"/> and <see cref="DashboardRegistry"/>, without HTTP.
/// </summary>
public static class DashboardBench
{
    public static async Task<int> RunAsync(string target, int iterations)
    {
        var settings = target.Contains("Host=", StringComparison.OrdinalIgnoreCase)
            ? new DatabaseSettings(DatabaseProvider.Postgres, target)
            : new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={target};Mode=ReadOnly");
        var services = new ServiceCollection();
        services.AddDbContext<LocalActionDbContext>(options => DatabaseRegistration.Configure(options, settings));
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        services.AddSingleton(TimeProvider.System);
        services.AddLogging();
        services.AddSingleton<SearchIndex>(); // only its change log is used
        services.AddSingleton<DashboardRegistry>();
        services.AddSingleton<DashboardCache>();
        services.AddSingleton<IStringLocalizer<SharedResource>, KeyLocalizer>();
        services.AddScoped<DashboardFigures>();
        await using var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        var figures = scope.ServiceProvider.GetRequiredService<DashboardFigures>();
        var registry = provider.GetRequiredService<DashboardRegistry>();
        var index = provider.GetRequiredService<SearchIndex>();

        var filters = new Dictionary<string, DashboardFilter>
        {
            ["no filter"] = DashboardFilter.None,
            ["round"] = new("grf-2023"),
            ["round + priority"] = new("imrf-2022", Priority: 3),
        };
        var cold = Stopwatch.StartNew();
        var first = await figures.ComputeUncachedAsync(DashboardFilter.None);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"summary over {first.Pledges:N0} published pledges, {first.PledgingEntities:N0} pledging entities; first answer (whole registry read) {cold.Elapsed.TotalMilliseconds:N0} ms"));
        var ids = (await registry.GetAsync()).Data.Pledges.Select(p => p.Id).ToList();
        var random = new Random(42);
        var kept = (await registry.GetAsync()).Data;
        var db = scope.ServiceProvider.GetRequiredService<LocalActionDbContext>();
        Console.WriteLine();
        Console.WriteLine("| step | p50 ms | p95 ms | max ms | CPU ms per run |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: |");
        Row("read one changed pledge again into the kept registry", await TimeAsync(iterations / 10 + 1, async () =>
        {
            await kept.ApplyAsync(db, [ids[random.Next(ids.Count)]], CancellationToken.None);
            return first;
        }));
        Console.WriteLine();
        Console.WriteLine("| summary | p50 ms | p95 ms | max ms | CPU ms per run |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: |");
        foreach (var (name, filter) in filters)
        {
            Row($"uncached, {name}", await TimeAsync(iterations / 10 + 1, () => figures.ComputeUncachedAsync(filter)));
            // What a reader pays right after a publication: the changed pledge read again, then every figure counted.
            Row($"uncached after a publication, {name}", await TimeAsync(iterations / 10 + 1, () =>
            {
                index.Invalidate([ids[random.Next(ids.Count)]]);
                return figures.ComputeAsync(filter);
            }));
            Row($"uncached, whole registry read again, {name}", await TimeAsync(3, () => figures.ComputeFromDatabaseAsync(filter)));
            await figures.ComputeAsync(filter); // fill the cache
            Row($"cached, {name}", await TimeAsync(iterations, () => figures.ComputeAsync(filter)));
        }
        var memory = GC.GetTotalMemory(forceFullCollection: true);
        Console.WriteLine();
        Console.WriteLine($"managed heap with the registry kept: {memory / 1024 / 1024:N0} MB");
        return 0;
    }

    /// <summary>Wall-clock times, sorted, and the process's CPU time per run (what the run costs when other work shares the cores).</summary>
    private static async Task<(List<double> Times, double CpuMs)> TimeAsync(int n, Func<Task<DashboardSummary>> run)
    {
        await run(); // warm-up: JIT and connection
        var times = new List<double>(n);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        for (var i = 0; i < n; i++)
        {
            var watch = Stopwatch.StartNew();
            await run();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }
        var cpuMs = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / n;
        times.Sort();
        return (times, cpuMs);
    }

    private static void Row(string name, (List<double> Times, double CpuMs) run)
    {
        var t = run.Times;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {t[t.Count / 2]:0.000} | {t[Math.Min(t.Count - 1, (int)(t.Count * 0.95))]:0.000} | {t[^1]:0.000} | {run.CpuMs:0.0} |"));
    }

    /// <summary>Labels as their English keys: the benchmark measures counting, not resource lookups.</summary>
    private sealed class KeyLocalizer : IStringLocalizer<SharedResource>
    {
        public LocalizedString this[string name] => new(name, name);
        public LocalizedString this[string name, params object[] arguments] => new(name, string.Format(CultureInfo.InvariantCulture, name, arguments));
        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => [];
    }
}

using System.Diagnostics;
using System.Globalization;
using LocalAction.Web;
using LocalAction.Web.Data;
using LocalAction.Web.Features.Dashboard;
using LocalAction.Web.Features.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;

/// <summary>
/// Server time of the dashboard summary: uncached (load the registry's columns and count every figure) and cached
/// (the answer kept for the filter), through the app's own <see cref="DashboardFigures"/>, without HTTP.
/// </summary>
public static class DashboardBench
{
    public static async Task<int> RunAsync(string target, int iterations)
    {
        var settings = target.Contains("Host=", StringComparison.OrdinalIgnoreCase)
            ? new DatabaseSettings(DatabaseProvider.Postgres, target)
            : new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={target};Mode=ReadOnly");
        var options = new DbContextOptionsBuilder<LocalActionDbContext>();
        DatabaseRegistration.Configure(options, settings);
        await using var db = new LocalActionDbContext(options.Options);
        var configuration = new ConfigurationBuilder().Build();
        var cache = new DashboardCache(TimeProvider.System, configuration);
        var index = new SearchIndex(null!, TimeProvider.System, configuration, NullLogger<SearchIndex>.Instance); // only its change counter is used
        var figures = new DashboardFigures(db, cache, index, new KeyLocalizer());

        var filters = new Dictionary<string, DashboardFilter>
        {
            ["no filter"] = DashboardFilter.None,
            ["round"] = new("grf-2023"),
            ["round + priority"] = new("imrf-2022", Priority: 3),
        };
        var first = await figures.ComputeUncachedAsync(DashboardFilter.None);
        Console.WriteLine($"summary over {first.Pledges:N0} published pledges, {first.PledgingEntities:N0} pledging entities");
        Console.WriteLine();
        Console.WriteLine("| summary | p50 ms | p95 ms | max ms |");
        Console.WriteLine("| --- | ---: | ---: | ---: |");
        foreach (var (name, filter) in filters)
        {
            Row($"uncached, {name}", await TimeAsync(iterations / 10 + 1, () => figures.ComputeUncachedAsync(filter)));
            await figures.ComputeAsync(filter); // fill the cache
            Row($"cached, {name}", await TimeAsync(iterations, () => figures.ComputeAsync(filter)));
        }
        return 0;
    }

    private static async Task<List<double>> TimeAsync(int n, Func<Task<DashboardSummary>> run)
    {
        await run(); // warm-up: JIT and connection
        var times = new List<double>(n);
        for (var i = 0; i < n; i++)
        {
            var watch = Stopwatch.StartNew();
            await run();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        return times;
    }

    private static void Row(string name, List<double> t) => Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {name} | {t[t.Count / 2]:0.000} | {t[Math.Min(t.Count - 1, (int)(t.Count * 0.95))]:0.000} | {t[^1]:0.000} |"));

    /// <summary>Labels as their English keys: the benchmark measures counting, not resource lookups.</summary>
    private sealed class KeyLocalizer : IStringLocalizer<SharedResource>
    {
        public LocalizedString this[string name] => new(name, name);
        public LocalizedString this[string name, params object[] arguments] => new(name, string.Format(CultureInfo.InvariantCulture, name, arguments));
        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => [];
    }
}

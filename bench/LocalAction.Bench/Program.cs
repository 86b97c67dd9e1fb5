using System.Diagnostics;
using System.Globalization;
using LocalAction.Web.Data;
using LocalAction.Web.Features.Search;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Primitives;

// Search, filter and facet time on a (synthetic) database, without HTTP: what the server spends per request.
// Usage: dotnet run -c Release --project bench/LocalAction.Bench -- <sqlite-file or PostgreSQL connection string> [iterations]
// Dashboard summary: dotnet LocalAction.Bench.dll dashboard <sqlite-file or connection string> [iterations]
if (args.Length >= 2 && args[0] == "dashboard")
{
    return await DashboardBench.RunAsync(args[1], args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 200);
}
if (args.Length < 1)
{
    Console.Error.WriteLine("Usage: LocalAction.Bench <sqlite-file | Host=...> [iterations=200]");
    return 64;
}
var target = args[0];
var iterations = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 200;
var settings = target.Contains("Host=", StringComparison.OrdinalIgnoreCase)
    ? new DatabaseSettings(DatabaseProvider.Postgres, target)
    : new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={target};Mode=ReadOnly");
var options = new DbContextOptionsBuilder<LocalActionDbContext>();
DatabaseRegistration.Configure(options, settings);
await using var db = new LocalActionDbContext(options.Options);

var build = Stopwatch.StartNew();
var snapshot = await SearchSnapshotBuilder.BuildAsync(db, DateTime.UtcNow, CancellationToken.None);
build.Stop();
var memory = GC.GetTotalMemory(forceFullCollection: true);
Console.WriteLine($"index: {snapshot.Pledges.Count:N0} pledges, {snapshot.Organizations.Count:N0} organizations, built in {build.ElapsedMilliseconds:N0} ms, managed heap {memory / 1024 / 1024:N0} MB");

var queries = new Dictionary<string, string>
{
    ["first page, no filter"] = "page=1",
    ["text search"] = "q=housing",
    ["text prefix, two words"] = "q=mig%20inclu",
    ["two facets"] = "round=grf-2023&compact=mirror",
    ["text + three facets + sort"] = "q=climate&region=002&sdg=13&stage=in-progress&sort=title",
    ["country + deep page"] = "country=CO&page=5&pageSize=50",
    ["many values OR"] = "priority=1,3,5,7&beneficiary=refugees,idps&sort=organization",
};

foreach (var reuse in new[] { false, true })
{
Console.WriteLine();
Console.WriteLine(reuse
    ? "Repeated filters (another page, sort or language of a search already made on this index: matches and counts reused):"
    : "Every search computed from scratch (filter, facet counts, sort, page):");
Console.WriteLine();
Console.WriteLine("| query | matches | p50 ms | p95 ms | p99 ms | max ms |");
Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: |");
var all = new List<double>();
foreach (var (name, queryString) in queries)
{
    var query = PledgeQuery.Parse(new QueryCollection(QueryHelpers(queryString)), snapshot.Facets, out var errors);
    if (errors.Count > 0) throw new InvalidOperationException($"{name}: {string.Join("; ", errors.SelectMany(e => e.Value))}");
    for (var i = 0; i < 20; i++) PledgeSearch.Execute(snapshot, query, reuse); // warm-up
    var times = new double[iterations];
    var total = 0;
    for (var i = 0; i < iterations; i++)
    {
        var sw = Stopwatch.StartNew();
        total = PledgeSearch.Execute(snapshot, query, reuse).Total;
        times[i] = sw.Elapsed.TotalMilliseconds;
    }
    Array.Sort(times);
    all.AddRange(times);
    Console.WriteLine($"| {name} (`{queryString}`) | {total:N0} | {P(times, 0.50):F1} | {P(times, 0.95):F1} | {P(times, 0.99):F1} | {times[^1]:F1} |");
}
var overall = all.Order().ToArray();
Console.WriteLine($"| **all queries** | | {P(overall, 0.50):F1} | {P(overall, 0.95):F1} | {P(overall, 0.99):F1} | {overall[^1]:F1} |");
}
return 0;

static double P(double[] sorted, double q) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];

static Dictionary<string, StringValues> QueryHelpers(string queryString) =>
    Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(queryString);

using System.Text.Json;
using LocalAction.Tests.Infrastructure;

namespace LocalAction.Tests.Seed;

/// <summary>Every published figure quotes its source word for word, so a reader can find it in the report.</summary>
public sealed class PublishedStatisticsSourceTests
{
    [Fact]
    public void Every_published_figure_quotes_its_seed_document_verbatim_and_the_quote_contains_the_number()
    {
        var path = Path.Combine(RepositoryPaths.WebProject, "Data", "Seed", "published-statistics.json");
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        var sources = new Dictionary<string, string>();
        var keys = new HashSet<string>();
        var problems = new List<string>();
        foreach (var item in json.RootElement.EnumerateArray())
        {
            var key = item.GetProperty("key").GetString()!;
            if (!keys.Add(key)) problems.Add($"{key}: duplicate key");
            var source = item.GetProperty("source");
            var seed = source.GetProperty("seed").GetString()!;
            var quote = source.GetProperty("quote").GetString()!;
            if (!sources.TryGetValue(seed, out var text)) sources[seed] = text = File.ReadAllText(RepositoryPaths.SeedSource(seed));
            if (!text.Contains(quote, StringComparison.Ordinal)) problems.Add($"{key}: quote not found in {seed}: \"{quote}\"");
        }
        problems.ShouldBeEmpty();
        keys.Count.ShouldBeGreaterThan(20);
    }
}

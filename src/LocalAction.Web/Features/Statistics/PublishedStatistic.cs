namespace LocalAction.Web.Features.Statistics;

/// <summary>A figure a report published, with its source, kept apart from what the database computes.</summary>
public sealed class PublishedStatistic
{
    public required string Key { get; init; }
    public required string Label { get; set; }
    public required decimal Value { get; set; }
    public required string Unit { get; set; }
    public required string Qualifier { get; set; }
    public required string Scope { get; set; }
    public required string Kind { get; set; }
    public required string SourceSeed { get; set; }
    public required string SourceDocument { get; set; }
    public required string SourceSection { get; set; }
    public required string SourceQuote { get; set; }
}

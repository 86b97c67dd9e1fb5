namespace LocalAction.Web.Features.Revisions;

/// <summary>
/// One kept change to a pledge or a pledge update: who, when, and the full state after the change.
/// Rows are only ever added, so a record's history can always be replayed.
/// </summary>
public sealed class Revision
{
    public long Id { get; init; }
    public required string EntityType { get; init; }
    public required int EntityId { get; init; }
    public required int EntityVersion { get; init; }
    public required string Action { get; init; }
    public required string ChangedBy { get; init; }
    public DateTime ChangedAt { get; init; }
    public string? Reason { get; init; }

    /// <summary>JSON of the record after the change.</summary>
    public required string Snapshot { get; init; }
}

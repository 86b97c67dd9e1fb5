namespace LocalAction.Web.Features.Rounds;

/// <summary>A pledge collection round, delivered to one forum (IMRF 2022, GRF 2023, IMRF 2026, GRF 2027 ...).</summary>
public sealed class Round
{
    public int Id { get; init; }

    /// <summary>Stable code used in URLs and public ids, e.g. "imrf-2022".</summary>
    public required string Code { get; init; }
    public required ForumSeries Forum { get; set; }
    public required int Year { get; set; }
    public required string Name { get; set; }
    public DateOnly? OpensOn { get; set; }
    public DateOnly? ClosesOn { get; set; }
}

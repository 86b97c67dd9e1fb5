namespace LocalAction.Web.Features.Statistics;

/// <summary>How many published pledges a round holds.</summary>
public sealed record RoundCount(string Round, int Year, int Pledges);

namespace LocalAction.Web.Features.Updates;

/// <summary>A challenge named in a pledge update.</summary>
public sealed class PledgeUpdateChallenge
{
    public int PledgeUpdateId { get; init; }
    public Challenge Challenge { get; init; }
}

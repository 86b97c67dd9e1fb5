namespace LocalAction.Web.Features.Rounds;

/// <summary>The global forum a pledging round is delivered to.</summary>
public enum Forum
{
    Imrf,
    Grf,
    Other,
}

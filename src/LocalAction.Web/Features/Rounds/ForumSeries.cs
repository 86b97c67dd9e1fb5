namespace LocalAction.Web.Features.Rounds;

/// <summary>The series of global forums a pledging round or a forum belongs to.</summary>
public enum ForumSeries
{
    Imrf,
    Grf,
    Gfmd,
    Other,
}

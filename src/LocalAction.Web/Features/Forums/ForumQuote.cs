namespace LocalAction.Web.Features.Forums;

/// <summary>A key message or quote heard at a forum, as the seed reports it.</summary>
public sealed class ForumQuote
{
    public int Id { get; init; }
    public int ForumId { get; init; }
    public required string Text { get; set; }
    public string? Speaker { get; set; }
    public string? Role { get; set; }
    public string? Source { get; set; }
}

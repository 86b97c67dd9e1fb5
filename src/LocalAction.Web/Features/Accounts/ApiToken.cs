namespace LocalAction.Web.Features.Accounts;

/// <summary>
/// A personal API token. The token is shown once at creation; only its SHA-256 hash is stored, with a short prefix so
/// its owner can tell tokens apart.
/// </summary>
public sealed class ApiToken
{
    public int Id { get; init; }
    public required string UserId { get; init; }
    public LocalActionUser? User { get; init; }
    public required string Name { get; init; }
    public required string Prefix { get; init; }
    public required string TokenHash { get; init; }
    public DateTime CreatedAt { get; init; }
    public DateTime ExpiresAt { get; init; }
    public DateTime? RevokedAt { get; set; }
    public DateTime? LastUsedAt { get; set; }
}

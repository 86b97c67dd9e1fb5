using LocalAction.Web.Features.Organizations;

namespace LocalAction.Web.Features.Accounts;

/// <summary>
/// An invitation to open an account with one role (and, for focal points and network staff, one organization).
/// Only a hash of its secret is kept here; the link itself is in the queued e-mail (blanked once SMTP delivers it).
/// </summary>
public sealed class Invitation
{
    public int Id { get; init; }
    public required string TokenHash { get; init; }
    public required string Email { get; init; }
    public required string Role { get; init; }
    public int? OrganizationId { get; init; }
    public Organization? Organization { get; init; }
    public required string InvitedBy { get; init; }
    public DateTime CreatedAt { get; init; }
    public DateTime ExpiresAt { get; init; }
    public DateTime? AcceptedAt { get; set; }
    public string? AcceptedByUserId { get; set; }
    public DateTime? RevokedAt { get; set; }

    /// <summary>The language the invitation is written in; the account created from it starts with it as its preference.</summary>
    public string Language { get; init; } = UserLanguages.Default;
}

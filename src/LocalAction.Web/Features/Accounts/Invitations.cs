using System.Security.Cryptography;
using Microsoft.AspNetCore.WebUtilities;

namespace LocalAction.Web.Features.Accounts;

/// <summary>Invitation secrets and states.</summary>
public static class Invitations
{
    /// <summary>256 random bits, base64url: goes only into the e-mail; the database keeps <see cref="ApiTokens.Hash"/> of it.</summary>
    public static string GenerateToken() => WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    public static InvitationState State(Invitation invitation, DateTime now) =>
        invitation.RevokedAt is not null ? InvitationState.Revoked
        : invitation.AcceptedAt is not null ? InvitationState.Accepted
        : invitation.ExpiresAt <= now ? InvitationState.Expired
        : InvitationState.Pending;
}

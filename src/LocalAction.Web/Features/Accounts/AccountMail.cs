using LocalAction.Web.Data;
using LocalAction.Web.Features.Mail;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace LocalAction.Web.Features.Accounts;

/// <summary>
/// The account e-mails (confirmation, password reset, invitation), queued in the outbox in the reader's language: the
/// account's preference, or the invitation's language, never the language of whoever caused the message.
/// </summary>
public sealed class AccountMail(LocalActionDbContext db, UserManager<LocalActionUser> users, TimeProvider clock, IStringLocalizer<SharedResource> l)
{
    public const string ConfirmEmailPurpose = "confirm-email";
    public const string PasswordResetPurpose = "password-reset";
    public const string InvitationPurpose = "invitation";

    /// <summary>Queues the confirmation link; the caller saves.</summary>
    public async Task QueueConfirmationAsync(HttpRequest request, LocalActionUser user)
    {
        var code = AccountLinks.EncodeCode(await users.GenerateEmailConfirmationTokenAsync(user));
        var link = AccountLinks.Absolute(request, $"/account/confirm-email?userId={Uri.EscapeDataString(user.Id)}&code={code}");
        MailCulture.In(user.PreferredLanguage, () => db.Enqueue(clock.GetUtcNow().UtcDateTime, user.Email!, l["Confirm your e-mail address for LocalAction"],
            Body(string.Format(l["Hello {0},"].Value, user.DisplayName), l["To confirm your e-mail address and start using your LocalAction account, open this link:"], link,
                l["If you did not ask for a LocalAction account, ignore this message."]),
            ConfirmEmailPurpose));
    }

    /// <summary>Queues the password-reset link (valid two hours); the caller saves.</summary>
    public async Task QueuePasswordResetAsync(HttpRequest request, LocalActionUser user)
    {
        var code = AccountLinks.EncodeCode(await users.GeneratePasswordResetTokenAsync(user));
        var link = AccountLinks.Absolute(request, $"/account/reset-password?userId={Uri.EscapeDataString(user.Id)}&code={code}");
        // Asked for without signing in, maybe from someone else's browser: the account says which language its owner reads.
        MailCulture.In(user.PreferredLanguage, () => db.Enqueue(clock.GetUtcNow().UtcDateTime, user.Email!, l["Reset your LocalAction password"],
            Body(string.Format(l["Hello {0},"].Value, user.DisplayName), l["To choose a new password for your LocalAction account, open this link within two hours:"], link,
                l["If you did not ask for this, ignore this message: your password stays as it is."]),
            PasswordResetPurpose));
    }

    /// <summary>Plain-text paragraphs.</summary>
    private static string Body(params string[] paragraphs) => string.Join("\n\n", paragraphs) + "\n";

    /// <summary>Queues the invitation with its link, in the language the Secretariat chose for it; the caller saves.</summary>
    public void QueueInvitation(HttpRequest request, string email, string token, string role, string? organization, DateTime expiresAt, string language)
    {
        var link = AccountLinks.Absolute(request, $"/account/invitation?token={token}");
        MailCulture.In(language, () =>
        {
            var what = organization is null ? l["Role." + role].Value : string.Format(l["{0} for {1}"].Value, l["Role." + role].Value, organization);
            db.Enqueue(clock.GetUtcNow().UtcDateTime, email, l["Your invitation to LocalAction"],
                Body(l["Hello,"], string.Format(l["The Secretariat of the Call to Local Action for Migrants and Refugees invites you to LocalAction as {0}."].Value, what),
                    string.Format(l["To accept, open this link before {0} UTC:"].Value, expiresAt.ToString("g")), link, l["If you did not expect this invitation, ignore this message."]),
                InvitationPurpose);
        });
    }
}

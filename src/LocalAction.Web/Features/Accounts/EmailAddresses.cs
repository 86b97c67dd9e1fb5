using System.Net.Mail;

namespace LocalAction.Web.Features.Accounts;

/// <summary>What counts as an e-mail address here: a bare address (no display name, no spaces), as mail servers take it.</summary>
public static class EmailAddresses
{
    public static bool IsPlain(string email) =>
        email.Length <= 256 && !email.Any(c => char.IsWhiteSpace(c) || char.IsControl(c))
        && MailAddress.TryCreate(email, out var parsed) && parsed.Address == email && string.IsNullOrEmpty(parsed.DisplayName);
}

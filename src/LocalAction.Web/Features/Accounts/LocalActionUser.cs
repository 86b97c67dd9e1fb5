using Microsoft.AspNetCore.Identity;

namespace LocalAction.Web.Features.Accounts;

/// <summary>A person who signs in: a focal point, network staff, the Secretariat or an administrator.</summary>
public sealed class LocalActionUser : IdentityUser
{
    /// <summary>How the person is named to others (reviewers, co-pledgers); never shown on public pages.</summary>
    public required string DisplayName { get; set; }
    public DateTime CreatedAt { get; init; }

    /// <summary>
    /// The language (one of <see cref="WebSetup.Languages"/>) the person's e-mails are written in, whoever sends them,
    /// and the interface's language when they sign in without a language cookie.
    /// </summary>
    public string PreferredLanguage { get; set; } = UserLanguages.Default;
}

using System.Globalization;
using LocalAction.Web.Data;
using LocalAction.Web.Features.Audit;
using Microsoft.EntityFrameworkCore;

namespace LocalAction.Web.Features.Accounts;

/// <summary>The languages a person can prefer (those of the interface) and where a preference comes from.</summary>
public static class UserLanguages
{
    /// <summary>For accounts made before people had a preference, and whenever nothing better is known.</summary>
    public const string Default = "en";

    /// <summary>Each language named in itself, as the language selector names them, so a reader finds their own.</summary>
    public static readonly IReadOnlyList<(string Code, string Name)> Names = [("en", "English"), ("fr", "Français"), ("es", "Español")];

    public static bool IsSupported(string? code) => code is not null && WebSetup.Languages.Contains(code);

    /// <summary>The supported language of a culture ("fr-CA" reads French), else the default.</summary>
    public static string Of(CultureInfo culture) => IsSupported(culture.TwoLetterISOLanguageName) ? culture.TwoLetterISOLanguageName : Default;

    /// <summary>The language of the interface the current request (or code) runs in.</summary>
    public static string Current => Of(CultureInfo.CurrentUICulture);

    /// <summary>
    /// Makes a supported language the person's preference and records the change (nothing when it is already theirs);
    /// the caller saves. The user must be tracked by <paramref name="db"/>.
    /// </summary>
    public static bool Change(this LocalActionDbContext db, LocalActionUser user, string language, DateTime now)
    {
        if (!IsSupported(language)) throw new ArgumentException($"'{language}' is not a supported language.", nameof(language));
        if (user.PreferredLanguage == language) return false;
        db.Record(now, user.Email!, "account.language", $"user:{user.Email}", $"{user.PreferredLanguage} -> {language}");
        user.PreferredLanguage = language;
        return true;
    }

    /// <summary>
    /// The preferred language of the account with this address, or null when no account has it: plain addresses are
    /// then written to in whatever language the caller knows best.
    /// </summary>
    public static Task<string?> OfAddressAsync(this LocalActionDbContext db, string email, CancellationToken ct = default)
    {
        // Identity's default normalizer: the upper-case invariant form, as stored in NormalizedEmail.
        var normalized = email.Trim().ToUpperInvariant();
        return db.Users.AsNoTracking().Where(u => u.NormalizedEmail == normalized).Select(u => u.PreferredLanguage).FirstOrDefaultAsync(ct);
    }
}

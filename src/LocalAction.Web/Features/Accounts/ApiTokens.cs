using System.Security.Cryptography;
using System.Text;

namespace LocalAction.Web.Features.Accounts;

/// <summary>Makes personal API tokens and the hashes they are stored and looked up by.</summary>
public static class ApiTokens
{
    public const string Scheme = "ApiToken";

    /// <summary>Recognizable in logs and secret scanners; 256 random bits after it.</summary>
    public const string TokenPrefix = "la_";

    public static string Generate() => TokenPrefix + Base64Url(RandomNumberGenerator.GetBytes(32));

    /// <summary>SHA-256 in hex: tokens are random and long, so a slow hash adds nothing; lookups stay one index seek.</summary>
    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

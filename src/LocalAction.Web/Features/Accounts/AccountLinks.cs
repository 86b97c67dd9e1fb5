using Microsoft.AspNetCore.WebUtilities;
using System.Text;

namespace LocalAction.Web.Features.Accounts;

/// <summary>Absolute links put into e-mails, and the encoding of Identity's codes in them.</summary>
public static class AccountLinks
{
    /// <summary>
    /// A link for an e-mail. With <c>PublicBaseUrl</c> set (every deployment should), links never depend on the request's
    /// Host header, which a client chooses: otherwise a forged Host would put the attacker's site into a reset link.
    /// </summary>
    public static string Absolute(HttpRequest request, string pathAndQuery)
    {
        var configured = request.HttpContext.RequestServices.GetRequiredService<IConfiguration>()["PublicBaseUrl"];
        return string.IsNullOrWhiteSpace(configured)
            ? $"{request.Scheme}://{request.Host}{request.PathBase}{pathAndQuery}"
            : configured.TrimEnd('/') + pathAndQuery;
    }

    public static string EncodeCode(string code) => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(code));

    public static string? DecodeCode(string? code)
    {
        if (string.IsNullOrEmpty(code)) return null;
        try
        {
            return Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));
        }
        catch (FormatException)
        {
            return null;
        }
    }

    /// <summary>Only a path on this site (never "//host" or "/\host"): no open redirects.</summary>
    public static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal)
        && !url.Any(char.IsControl);
}

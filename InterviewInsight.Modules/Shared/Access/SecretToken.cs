using System.Security.Cryptography;
using System.Text;

namespace InterviewInsight.Modules.Shared.Access;

/// <summary>
/// A secret handed out in a link (report links, share invitations): 256 random bits, URL-safe. Only its SHA-256 hash is
/// stored, so a copy of the database opens nothing; the token is shown once, when it is made.
/// </summary>
public static class SecretToken
{
    public const int Bytes = 32;

    public static string New() => Base64Url(RandomNumberGenerator.GetBytes(Bytes));

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>Whether <paramref name="token"/> could be one of ours; anything else is rejected before touching the database.</summary>
    public static bool LooksValid(string? token) =>
        token is { Length: 43 } && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

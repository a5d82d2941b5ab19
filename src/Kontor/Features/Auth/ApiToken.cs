using System.Security.Cryptography;
using System.Text;

namespace Kontor.Features.Auth;

/// <summary>A personal API token. Only its SHA-256 hash is stored; the token itself is shown once.</summary>
public sealed class ApiToken
{
    public const string Prefix = "kt_";

    public long Id { get; private set; }

    public long UserId { get; init; }

    public string Name { get; init; } = "";

    public string Hash { get; init; } = "";

    /// <summary>The first characters of the token, to recognise it in a list.</summary>
    public string Hint { get; init; } = "";

    public DateTime CreatedAt { get; init; }

    public DateTime? LastUsedAt { get; set; }

    public DateTime? RevokedAt { get; set; }

    public static (ApiToken Token, string Secret) Issue(long userId, string name, DateTime utcNow)
    {
        var secret = Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return (new ApiToken { UserId = userId, Name = name, Hash = HashOf(secret), Hint = secret[..8], CreatedAt = utcNow }, secret);
    }

    public static string HashOf(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
}

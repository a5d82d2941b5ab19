using System.Security.Cryptography;
using System.Text;

namespace Kontor.Features.Calendar;

/// <summary>
/// A user's secret calendar address. Only the SHA-256 hash of the secret is stored; the address is shown once when it
/// is created, and rotating it makes the old one stop working.
/// </summary>
public sealed class CalendarFeed
{
    public long Id { get; private set; }

    public long UserId { get; init; }

    public string SecretHash { get; set; } = "";

    public DateTime CreatedAt { get; set; }

    public DateTime? LastReadAt { get; set; }

    public static string NewSecret() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string HashOf(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
}

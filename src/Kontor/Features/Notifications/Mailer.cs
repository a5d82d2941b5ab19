using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Kontor.Features.Notifications;

/// <summary>Outgoing mail settings, <c>Kontor:Smtp</c>. Without a host no mail is sent.</summary>
public sealed class SmtpSettings
{
    public string? Host { get; set; }

    public int Port { get; set; } = 25;

    public string? From { get; set; }

    public string? User { get; set; }

    public string? Password { get; set; }

    /// <summary><c>auto</c> (STARTTLS when offered, TLS on port 465), <c>none</c>, <c>starttls</c> or <c>tls</c>.</summary>
    public string Security { get; set; } = "auto";

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host) && !string.IsNullOrWhiteSpace(From);
}

/// <summary>Sends mail through the configured SMTP server with MailKit.</summary>
public sealed class Mailer(Microsoft.Extensions.Options.IOptions<SmtpSettings> options)
{
    public bool IsConfigured => options.Value.IsConfigured;

    public async Task SendAsync(string to, string toName, string subject, string body, CancellationToken ct)
    {
        var settings = options.Value;
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(settings.From!));
        message.To.Add(new MailboxAddress(toName, to));
        message.Subject = subject;
        message.Body = new TextPart("plain") { Text = body };

        using var client = new SmtpClient();
        var security = settings.Security.ToLowerInvariant() switch
        {
            "none" => SecureSocketOptions.None,
            "starttls" => SecureSocketOptions.StartTls,
            "tls" => SecureSocketOptions.SslOnConnect,
            _ => SecureSocketOptions.Auto,
        };
        await client.ConnectAsync(settings.Host!, settings.Port, security, ct);
        if (!string.IsNullOrEmpty(settings.User))
        {
            await client.AuthenticateAsync(settings.User, settings.Password ?? "", ct);
        }

        await client.SendAsync(message, ct);
        await client.DisconnectAsync(quit: true, ct);
    }
}

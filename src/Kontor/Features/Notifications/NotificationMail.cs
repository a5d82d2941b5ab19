using Kontor.Data;
using Kontor.Features.Users;
using Microsoft.EntityFrameworkCore;

namespace Kontor.Features.Notifications;

/// <summary>
/// Sends the e-mails of notifications marked pending, after the notification itself was committed: a crash between
/// the two leaves the mail pending, and it goes out on the next run. A mail that fails five times is given up.
/// </summary>
public static class NotificationMail
{
    public const int MaxAttempts = 5;

    public static async Task<int> SendPendingAsync(KontorDb db, Mailer mailer, ILogger log, CancellationToken ct)
    {
        if (!mailer.IsConfigured)
        {
            return 0;
        }

        var pending = await db.Set<Notification>().Where(n => n.EmailState == EmailState.Pending).OrderBy(n => n.Id).Take(50)
            .Join(db.Set<User>(), n => n.UserId, u => u.Id, (n, u) => new { Notification = n, u.Email, u.Name })
            .ToListAsync(ct);
        var sent = 0;
        foreach (var p in pending)
        {
            try
            {
                if (!string.IsNullOrEmpty(p.Email))
                {
                    await mailer.SendAsync(p.Email, p.Name, p.Notification.Title, p.Notification.Body ?? p.Notification.Title, ct);
                    sent++;
                }

                p.Notification.EmailState = EmailState.Sent;
            }
            catch (Exception e) when (e is MailKit.ProtocolException or MailKit.CommandException or System.Net.Sockets.SocketException or IOException or TimeoutException)
            {
                p.Notification.EmailAttempts++;
                p.Notification.EmailState = p.Notification.EmailAttempts >= MaxAttempts ? EmailState.Failed : EmailState.Pending;
                log.LogWarning(e, "Sending the e-mail of notification {Id} failed (attempt {Attempt})", p.Notification.Id, p.Notification.EmailAttempts);
            }

            await db.SaveChangesAsync(ct);
        }

        return sent;
    }
}

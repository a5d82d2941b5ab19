using Kontor.Common;
using Kontor.Data;
using Kontor.Features.Access;
using Kontor.Features.Deals;
using Kontor.Features.Notifications;
using Kontor.Features.Users;
using Microsoft.EntityFrameworkCore;

namespace Kontor.Features.Activities;

/// <summary>
/// Fires each due reminder exactly once: the activity's <see cref="Activity.RemindedAt"/> and the notification are saved
/// in one transaction, guarded by the activity's version, so a restart neither repeats nor loses a reminder and two
/// nodes never both send one. The e-mail (when SMTP is configured) follows the committed notification.
/// </summary>
public static class Reminders
{
    private const int Batch = 100;

    /// <summary>Fires the reminders due at the clock's now; returns how many fired.</summary>
    public static async Task<int> FireDueAsync(KontorDb db, Mailer mailer, TimeProvider clock, string? publicUrl, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.Set<Activity>()
            .Where(a => a.State == ActivityState.Planned && a.RemindedAt == null && a.RemindAt != null && a.RemindAt <= now)
            .OrderBy(a => a.RemindAt).ThenBy(a => a.Id).Take(Batch)
            .ToListAsync(ct);
        var fired = 0;
        foreach (var activity in due)
        {
            var info = await db.Set<User>().Where(u => u.Id == activity.ResponsibleId)
                .Select(u => new { u.Locale, u.TimeZone, u.Email, u.IsActive, Deal = db.Set<Deal>().Where(d => d.Id == activity.DealId).Select(d => d.Title).FirstOrDefault() })
                .FirstAsync(ct);
            var deadline = LocalTime.ToZoned(activity.Deadline, LocalTime.Zone(info.TimeZone));
            activity.MarkReminded(now);

            // A responsible who may not read the deal (any more) is not told of it, neither in the app nor by mail.
            var dealId = activity.DealId;
            if (info.IsActive && await ReadAs.UserAsync(db, activity.ResponsibleId, () => db.Set<Deal>().AnyAsync(d => d.Id == dealId, ct), ct))
            {
                db.Add(new Notification
                {
                    UserId = activity.ResponsibleId,
                    Kind = NotificationKinds.Reminder,
                    Title = Notify.Cut(NotificationText.ReminderTitle(info.Locale, activity.Subject, deadline), 300),
                    Body = Notify.Cut(NotificationText.ReminderBody(
                        info.Locale, activity.Subject, info.Deal ?? "", deadline, activity.Description,
                        publicUrl is null ? null : $"{publicUrl.TrimEnd('/')}/deals/{activity.DealId}"), 1000),
                    DealId = activity.DealId,
                    Activity = activity,
                    CreatedAt = now,
                    EmailState = mailer.IsConfigured && !string.IsNullOrEmpty(info.Email) ? EmailState.Pending : EmailState.None,
                });
            }

            try
            {
                await db.SaveChangesAsync(ct);
                fired++;
            }
            catch (DbUpdateConcurrencyException)
            {
                // Changed meanwhile (completed, moved, or reminded by another node): the next sweep sees its new state.
                db.ChangeTracker.Clear();
                return fired;
            }
        }

        return fired;
    }
}

/// <summary>
/// Runs the reminder sweep at start and then every <c>Kontor:Reminders:IntervalSeconds</c> (30 by default) on the app's
/// clock. A period that ends while a sweep is still running starts the next sweep as soon as it is done, so a slow sweep
/// delays reminders by no more than itself and never skips the time that passed meanwhile.
/// </summary>
public sealed class ReminderService(IServiceScopeFactory scopes, TimeProvider clock, Mailer mailer, IConfiguration config, ILogger<ReminderService> log)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromSeconds(Math.Max(1, config.GetValue("Kontor:Reminders:IntervalSeconds", 30)));
        var publicUrl = config["Kontor:PublicUrl"];
        using var timer = new PeriodicTimer(interval, clock);
        try
        {
            do
            {
                // Off the thread that reported the tick: a clock's timer callback does not wait for the sweep.
                await Task.Yield();
                await SweepAsync(publicUrl, interval, stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    private async Task SweepAsync(string? publicUrl, TimeSpan interval, CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<KontorDb>();
            await Reminders.FireDueAsync(db, mailer, clock, publicUrl, stoppingToken);
            await NotificationMail.SendPendingAsync(db, mailer, log, stoppingToken);
        }
#pragma warning disable CA1031 // A failed sweep (database away, say) must not end the service; the next one retries.
        catch (Exception e) when (!stoppingToken.IsCancellationRequested)
#pragma warning restore CA1031
        {
            log.LogWarning(e, "The reminder sweep failed; it runs again in {Interval}", interval);
        }
    }
}

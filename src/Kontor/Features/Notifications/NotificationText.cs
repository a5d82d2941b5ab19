using System.Globalization;

namespace Kontor.Features.Notifications;

/// <summary>The words of notifications and their e-mails, in the recipient's language (de-DE or en-US).</summary>
public static class NotificationText
{
    public static bool IsGerman(string? locale) => locale is null || locale.StartsWith("de", StringComparison.OrdinalIgnoreCase);

    public static string Mentioned(string? locale, string author, string record) =>
        IsGerman(locale) ? $"{author} hat Sie erwähnt: {record}" : $"{author} mentioned you: {record}";

    public static string ReminderTitle(string? locale, string subject, DateTimeOffset deadline) =>
        IsGerman(locale)
            ? $"Erinnerung: {subject} – fällig {deadline.ToString("dd.MM.yyyy HH:mm", CultureInfo.GetCultureInfo("de-DE"))}"
            : $"Reminder: {subject} – due {deadline.ToString("MM/dd/yyyy h:mm tt", CultureInfo.GetCultureInfo("en-US"))}";

    public static string ReminderBody(string? locale, string subject, string dealTitle, DateTimeOffset deadline, string? description, string? link)
    {
        var german = IsGerman(locale);
        var culture = CultureInfo.GetCultureInfo(german ? "de-DE" : "en-US");
        var lines = new List<string>
        {
            german ? $"Aktivität: {subject}" : $"Activity: {subject}",
            german ? $"Auftrag: {dealTitle}" : $"Deal: {dealTitle}",
            (german ? "Fällig: " : "Due: ") + deadline.ToString("f", culture) + $" (UTC{deadline:zzz})",
        };
        if (!string.IsNullOrWhiteSpace(description))
        {
            lines.Add("");
            lines.Add(description);
        }

        if (link is not null)
        {
            lines.Add("");
            lines.Add(link);
        }

        return string.Join('\n', lines);
    }
}

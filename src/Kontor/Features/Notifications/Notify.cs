using Kontor.Data;
using Kontor.Features.Comments;
using Kontor.Features.Users;
using Microsoft.EntityFrameworkCore;

namespace Kontor.Features.Notifications;

/// <summary>Writes notifications; they are saved with the change that causes them.</summary>
public static class Notify
{
    /// <summary>Notifies the active users a comment mentions (never its author), once each.</summary>
    public static async Task MentionsAsync(KontorDb db, Comment comment, IEnumerable<long> userIds, string recordTitle, DateTime utcNow, CancellationToken ct)
    {
        var ids = userIds.Where(id => id != comment.AuthorId).Distinct().ToList();
        if (ids.Count == 0)
        {
            return;
        }

        var author = await db.Set<User>().Where(u => u.Id == comment.AuthorId).Select(u => u.Name).FirstOrDefaultAsync(ct) ?? "";
        var active = await db.Set<User>().Where(u => ids.Contains(u.Id) && u.IsActive).Select(u => new { u.Id, u.Locale }).ToListAsync(ct);
        foreach (var user in active)
        {
            db.Add(new Notification
            {
                UserId = user.Id,
                Kind = NotificationKinds.Mention,
                Title = Cut(NotificationText.Mentioned(user.Locale, author, recordTitle), 300),
                Body = Cut(comment.Text, 1000),
                DealId = comment.DealId,
                ContactId = comment.ContactId,
                CompanyId = comment.CompanyId,
                Comment = comment,
                CreatedAt = utcNow,
            });
        }
    }

    internal static string Cut(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}

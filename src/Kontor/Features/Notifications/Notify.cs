using Kontor.Data;
using Kontor.Features.Access;
using Kontor.Features.Comments;
using Kontor.Features.Customers;
using Kontor.Features.Deals;
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
            // Someone who may not read the record learns nothing of it, not even its name.
            if (!await ReadAs.UserAsync(db, user.Id, () => ReadsAsync(db, comment, ct), ct))
            {
                continue;
            }

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

    /// <summary>Whether the context's user may read the record a comment belongs to.</summary>
    public static Task<bool> ReadsAsync(KontorDb db, Comment comment, CancellationToken ct)
    {
        var (deal, contact, company) = (comment.DealId, comment.ContactId, comment.CompanyId);
        return deal is { } d ? db.Set<Deal>().AnyAsync(x => x.Id == d, ct)
            : contact is { } c ? db.Set<Contact>().AnyAsync(x => x.Id == c, ct)
            : db.Set<Company>().AnyAsync(x => x.Id == company, ct);
    }

    internal static string Cut(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}

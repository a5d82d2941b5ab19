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
    /// <summary>
    /// Notifies the active users a comment mentions (never its author), once each — only those who may read the record
    /// the comment is on: a mention must not show a hidden deal's title and text.
    /// </summary>
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
            if (!await LoadAccess.AsUserAsync(db, user.Id, reader => CanReadAsync(reader, comment, ct), ct))
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

    private static Task<bool> CanReadAsync(KontorDb db, Comment comment, CancellationToken ct) =>
        comment.DealId is { } deal ? db.Set<Deal>().AnyAsync(d => d.Id == deal, ct)
        : comment.ContactId is { } contact ? db.Set<Contact>().AnyAsync(c => c.Id == contact, ct)
        : comment.CompanyId is { } company ? db.Set<Company>().AnyAsync(c => c.Id == company, ct)
        : Task.FromResult(false);

    internal static string Cut(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}

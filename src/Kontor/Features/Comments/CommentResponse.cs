using System.Linq.Expressions;
using Kontor.Data;
using Kontor.Features.Users;
using Microsoft.EntityFrameworkCore;

namespace Kontor.Features.Comments;

public sealed record AttachmentResponse(long Id, string FileName, string ContentType, long Size, DateTime UploadedAt, string Url);

/// <summary>A comment as clients see it. <c>html</c> is sanitised and safe to insert; <c>isEdited</c> marks changed text.</summary>
public sealed record CommentResponse(
    long Id,
    string OwnerType,
    long OwnerId,
    long AuthorId,
    string? AuthorName,
    string Text,
    string Html,
    bool IsPinned,
    DateTime? PinnedAt,
    DateTime CreatedAt,
    DateTime? EditedAt,
    bool IsEdited,
    IReadOnlyList<AttachmentResponse> Attachments,
    int Version)
{
    public static string UrlOf(long commentId, long attachmentId) => $"/api/v1/comments/{commentId}/attachments/{attachmentId}";

    /// <summary>Reads comments with their author names and attachments (never the file bytes).</summary>
    public static async Task<List<CommentResponse>> ReadAsync(KontorDb db, Expression<Func<Comment, bool>> which, CancellationToken ct)
    {
        var rows = await db.Set<Comment>().AsNoTracking().Where(which).Where(c => c.DeletedAt == null)
            .Select(c => new
            {
                Comment = c,
                Author = db.Set<User>().Where(u => u.Id == c.AuthorId).Select(u => u.Name).FirstOrDefault(),
                Files = c.Attachments.OrderBy(a => a.Id)
                    .Select(a => new { a.Id, a.FileName, a.ContentType, a.Size, a.UploadedAt }).ToList(),
            })
            .ToListAsync(ct);
        return rows.Select(r => new CommentResponse(
                r.Comment.Id, r.Comment.OwnerType, r.Comment.DealId ?? r.Comment.ContactId ?? r.Comment.CompanyId ?? 0,
                r.Comment.AuthorId, r.Author, r.Comment.Text, r.Comment.Html, r.Comment.IsPinned, r.Comment.PinnedAt,
                r.Comment.CreatedAt, r.Comment.EditedAt, r.Comment.EditedAt is not null,
                r.Files.Select(f => new AttachmentResponse(f.Id, f.FileName, f.ContentType, f.Size, f.UploadedAt, UrlOf(r.Comment.Id, f.Id))).ToList(),
                r.Comment.Version))
            .ToList();
    }

    public static async Task<CommentResponse?> ReadOneAsync(KontorDb db, long id, CancellationToken ct) =>
        (await ReadAsync(db, c => c.Id == id, ct)).FirstOrDefault();
}

public sealed record RevisionResponse(string Text, string Html, DateTime WrittenAt, DateTime ReplacedAt);

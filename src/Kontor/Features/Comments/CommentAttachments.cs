using Kontor.Common;
using Kontor.Data;
using Kontor.Features.Users;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;

namespace Kontor.Features.Comments;

/// <summary>
/// Files on comments: uploaded by the comment's author as multipart/form-data, stored in the database, at most
/// <c>Kontor:Attachments:MaxBytes</c> each (10 MB by default). Names are made safe and the content type is read from
/// the bytes; downloads are always attachments with <c>nosniff</c>, so a browser never renders an upload as a page.
/// </summary>
public static class CommentAttachments
{
    /// <summary>One uploaded file, as every surface hands it in.</summary>
    public sealed record Upload(string FileName, long Length, Func<Stream> Open);

    public static async Task<Results<Ok<CommentResponse>, ProblemHttpResult>> Add(
        long id, IFormFileCollection files, KontorDb db, HttpContext http, IConfiguration config, TimeProvider clock, CancellationToken ct)
    {
        var uploads = files.Select(f => new Upload(f.FileName, f.Length, f.OpenReadStream)).ToList();
        var error = await RunAsync(db, id, uploads, MaxBytes(config), http.User.Id(), clock, ct);
        return error is null ? await UpdateComment.RespondAsync(db, id, http, ct) : error.ToProblem();
    }

    public static long MaxBytes(IConfiguration config) => config.GetValue("Kontor:Attachments:MaxBytes", CommentRules.DefaultMaxFileBytes);

    public static async Task<Error?> RunAsync(
        KontorDb db, long commentId, IReadOnlyList<Upload> uploads, long maxBytes, long userId, TimeProvider clock, CancellationToken ct)
    {
        if (uploads.Count == 0)
        {
            return CommentErrors.NoFiles;
        }

        if (uploads.Any(u => u.Length > maxBytes))
        {
            return CommentErrors.TooLarge(maxBytes);
        }

        var (comment, error) = await UpdateComment.LoadAsync(db, commentId, userId, ct);
        if (comment is null)
        {
            return error;
        }

        await db.Entry(comment).Collection(c => c.Attachments).LoadAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var upload in uploads)
        {
            byte[] data;
            await using (var stream = upload.Open())
            {
                using var buffer = new MemoryStream();
                await stream.CopyToAsync(buffer, ct);
                data = buffer.ToArray();
            }

            if (data.Length > maxBytes)
            {
                return CommentErrors.TooLarge(maxBytes);
            }

            var name = CommentRules.SafeFileName(upload.FileName);
            var attachment = new Attachment
            {
                FileName = name,
                ContentType = CommentRules.SniffContentType(data.AsSpan(0, Math.Min(data.Length, 512)), name),
                Size = data.Length,
                UploadedById = userId,
                UploadedAt = now,
                Content = new AttachmentContent { Data = data },
            };
            if (comment.Attach(userId, attachment) is { } refused)
            {
                return refused;
            }
        }

        await db.SaveChangesAsync(ct);
        return null;
    }

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Download(
        long id, long attachmentId, KontorDb db, HttpContext http, CancellationToken ct)
    {
        var (comment, error) = await UpdateComment.LoadAsync(db, id, http.User.Id(), ct);
        if (comment is null)
        {
            return error!.ToProblem();
        }

        var file = await db.Set<Attachment>().AsNoTracking().Where(a => a.Id == attachmentId && a.CommentId == id)
            .Select(a => new { a.FileName, a.ContentType, a.Content!.Data }).FirstOrDefaultAsync(ct);
        if (file is null)
        {
            return CommentErrors.AttachmentNotFound.ToProblem();
        }

        http.Response.Headers.XContentTypeOptions = "nosniff";
        http.Response.Headers.ContentSecurityPolicy = "default-src 'none'; sandbox";
        var disposition = new ContentDispositionHeaderValue("attachment");
        disposition.SetHttpFileName(file.FileName);
        http.Response.Headers.ContentDisposition = disposition.ToString();
        return TypedResults.File(file.Data, file.ContentType);
    }
}

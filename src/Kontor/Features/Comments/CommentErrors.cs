using Kontor.Common;

namespace Kontor.Features.Comments;

public static class CommentErrors
{
    public static readonly Error NotFound = Error.NotFound("comments", "comment");

    public static readonly Error AttachmentNotFound = Error.NotFound("attachments", "attachment");

    public static readonly Error NotAuthor =
        new("comments.not_author", "Only the author may edit or delete a comment, or attach files to it.", StatusCodes.Status403Forbidden);

    public static readonly Error TooManyAttachments =
        new("comments.too_many_attachments", $"A comment holds at most {CommentRules.MaxAttachments} files.");

    public static readonly Error NoFiles = Error.Validation("files", "Send one or more files as multipart/form-data.");

    public static Error TooLarge(long maxBytes) =>
        new("comments.attachment_too_large", $"A file may be at most {maxBytes / (1024 * 1024)} MB.", StatusCodes.Status413PayloadTooLarge);

    public static readonly Error PreconditionFailed =
        new("concurrency.precondition_failed", "The comment was changed meanwhile; read it again and retry.", StatusCodes.Status412PreconditionFailed);
}

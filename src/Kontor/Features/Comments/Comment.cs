using Kontor.Common;
using Kontor.Features.Timeline;

namespace Kontor.Features.Comments;

/// <summary>
/// A comment on a deal, contact or company: Markdown source and the sanitised HTML rendered from it. Only its author
/// edits or deletes it; every edit keeps the replaced text as a revision. Deleting hides it and keeps the history.
/// </summary>
public sealed class Comment : AggregateRoot
{
    private Comment()
    {
    }

    /// <summary><c>deal</c>, <c>contact</c> or <c>company</c>.</summary>
    public string OwnerType { get; private set; } = "";

    public long? DealId { get; private set; }

    public long? ContactId { get; private set; }

    public long? CompanyId { get; private set; }

    public long AuthorId { get; private set; }

    /// <summary>The Markdown as written.</summary>
    public string Text { get; private set; } = "";

    /// <summary>The HTML rendered from <see cref="Text"/> and sanitised; safe to show as is.</summary>
    public string Html { get; private set; } = "";

    public bool IsPinned { get; private set; }

    public DateTime? PinnedAt { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime? EditedAt { get; private set; }

    public DateTime? DeletedAt { get; private set; }

    public List<CommentRevision> Revisions { get; private set; } = [];

    public List<Attachment> Attachments { get; private set; } = [];

    public Owner Owner => OwnerType switch
    {
        "deal" => Owner.Deal(DealId!.Value),
        "contact" => Owner.Contact(ContactId!.Value),
        _ => Owner.Company(CompanyId!.Value),
    };

    public static Comment Post(Owner owner, long authorId, RenderedComment rendered, DateTime utcNow)
    {
        var comment = new Comment
        {
            OwnerType = owner.Code,
            DealId = owner.DealId,
            ContactId = owner.ContactId,
            CompanyId = owner.CompanyId,
            AuthorId = authorId,
            Text = rendered.Text,
            Html = rendered.Html,
            CreatedAt = utcNow,
        };
        comment.Raise(new CommentPosted(comment, utcNow));
        return comment;
    }

    /// <summary>Replaces the text; the old one is kept as a revision.</summary>
    public Error? Edit(long userId, RenderedComment rendered, DateTime utcNow)
    {
        if (userId != AuthorId)
        {
            return CommentErrors.NotAuthor;
        }

        if (rendered.Text == Text)
        {
            return null;
        }

        Revisions.Add(new CommentRevision { Text = Text, Html = Html, WrittenAt = EditedAt ?? CreatedAt, ReplacedAt = utcNow });
        (Text, Html, EditedAt) = (rendered.Text, rendered.Html, utcNow);
        return null;
    }

    public Error? Delete(long userId, DateTime utcNow)
    {
        if (userId != AuthorId)
        {
            return CommentErrors.NotAuthor;
        }

        DeletedAt = utcNow;
        IsPinned = false;
        Raise(new CommentDeleted(this, utcNow));
        return null;
    }

    public void Pin(bool pinned, DateTime utcNow)
    {
        if (pinned != IsPinned)
        {
            (IsPinned, PinnedAt) = (pinned, pinned ? utcNow : null);
        }
    }

    public Error? Attach(long userId, Attachment attachment)
    {
        if (userId != AuthorId)
        {
            return CommentErrors.NotAuthor;
        }

        if (Attachments.Count >= CommentRules.MaxAttachments)
        {
            return CommentErrors.TooManyAttachments;
        }

        Attachments.Add(attachment);
        return null;
    }
}

/// <summary>A replaced text of a comment: what it said from <see cref="WrittenAt"/> until <see cref="ReplacedAt"/>.</summary>
public sealed class CommentRevision
{
    public long Id { get; private set; }

    public long CommentId { get; private set; }

    public string Text { get; init; } = "";

    public string Html { get; init; } = "";

    public DateTime WrittenAt { get; init; }

    public DateTime ReplacedAt { get; init; }
}

/// <summary>A file attached to a comment. The bytes live in <see cref="AttachmentContent"/> so lists never load them.</summary>
public sealed class Attachment
{
    public long Id { get; private set; }

    public long CommentId { get; private set; }

    /// <summary>The uploaded name made safe: no path, no control or markup characters.</summary>
    public string FileName { get; init; } = "";

    /// <summary>Decided from the bytes, never from what the client claimed.</summary>
    public string ContentType { get; init; } = "";

    public long Size { get; init; }

    public long UploadedById { get; init; }

    public DateTime UploadedAt { get; init; }

    public AttachmentContent? Content { get; init; }
}

public sealed class AttachmentContent
{
    public long AttachmentId { get; private set; }

    public byte[] Data { get; init; } = [];
}

public sealed record CommentPosted(Comment Comment, DateTime At) : IDomainEvent;

public sealed record CommentDeleted(Comment Comment, DateTime At) : IDomainEvent;

using System.Globalization;
using Kontor.Features.Comments;

namespace Kontor.Ui.Activities;

/// <summary>A file picked in the comment composer: its name and size as the browser reports them.</summary>
public sealed record PickedFile(string Name, long Size);

/// <summary>Files attached to a comment: what may be sent, and sizes as people read them.</summary>
public static class AttachmentFiles
{
    /// <summary>"820 B", "12 KB", "1,4 MB" in the current culture.</summary>
    public static string SizeText(long bytes) => bytes switch
    {
        < 1024 => $"{bytes.ToString(CultureInfo.CurrentCulture)} B",
        < 1024 * 1024 => $"{Math.Ceiling(bytes / 1024m).ToString("0", CultureInfo.CurrentCulture)} KB",
        _ => $"{(bytes / (1024m * 1024m)).ToString("0.#", CultureInfo.CurrentCulture)} MB",
    };

    /// <summary>The files picked so far plus new ones, without picking the same file twice, at most as many as a comment holds.</summary>
    public static List<T> Add<T>(IReadOnlyList<T> picked, IEnumerable<T> more, Func<T, PickedFile> describe)
    {
        var all = picked.ToList();
        foreach (var file in more)
        {
            if (all.Count < CommentRules.MaxAttachments && !all.Any(f => describe(f) == describe(file)))
            {
                all.Add(file);
            }
        }

        return all;
    }

    /// <summary>The first picked file that is larger than allowed, or null.</summary>
    public static PickedFile? TooLarge(IEnumerable<PickedFile> files, long maxBytes) => files.FirstOrDefault(f => f.Size > maxBytes);
}

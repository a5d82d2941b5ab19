using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Ganss.Xss;
using Markdig;

namespace Kontor.Features.Comments;

/// <summary>A comment's text with its safe HTML and the ids of the users it mentions.</summary>
public sealed record RenderedComment(string Text, string Html, IReadOnlyList<long> MentionedUserIds);

/// <summary>
/// Markdown to safe HTML, mentions, and the rules for attached files. Mentions are written <c>@[Name](user:42)</c>: the
/// id decides who is notified, the name is only what the text shows (the UI inserts the form when a person is picked).
/// </summary>
public static partial class CommentRules
{
    public const int MaxTextLength = 20_000;

    public const int MaxAttachments = 10;

    public const int MaxFileNameLength = 200;

    public const long DefaultMaxFileBytes = 10 * 1024 * 1024;

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseEmphasisExtras()
        .UsePipeTables()
        .UseAutoLinks()
        .UseTaskLists()
        .UseSoftlineBreakAsHardlineBreak()
        .Build();

    private static readonly HtmlSanitizer Sanitizer = CreateSanitizer();

    /// <summary>Renders Markdown (raw HTML in it allowed, then cleaned) to the safe subset and finds the mentions.</summary>
    public static RenderedComment Render(string text)
    {
        var mentioned = new List<long>();
        var withMentions = Mention().Replace(text, m =>
        {
            var id = long.Parse(m.Groups["id"].ValueSpan, CultureInfo.InvariantCulture);
            if (!mentioned.Contains(id))
            {
                mentioned.Add(id);
            }

            return $"<span class=\"mention\" data-user-id=\"{id}\">@{WebUtility.HtmlEncode(m.Groups["name"].Value)}</span>";
        });
        var html = Markdown.ToHtml(withMentions, Pipeline);
        return new RenderedComment(text, Sanitize(html).Trim(), mentioned);
    }

    /// <summary>Keeps only the safe subset: text formatting, lists, tables, code, quotes and http(s)/mailto links.</summary>
    public static string Sanitize(string html) => Sanitizer.Sanitize(html);

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer(new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
            {
                "p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "strong", "b", "em", "i", "u", "del", "s", "ins", "mark",
                "sub", "sup", "code", "pre", "blockquote", "ul", "ol", "li", "a", "span", "table", "thead", "tbody", "tr", "th",
                "td", "input",
            },
            AllowedAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
            {
                "href", "title", "class", "data-user-id", "type", "checked", "disabled", "align", "start",
            },
            AllowedSchemes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "http", "https", "mailto" },
            UriAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "href" },
            AllowedCssProperties = new HashSet<string>(StringComparer.OrdinalIgnoreCase),
            AllowedAtRules = new HashSet<AngleSharp.Css.Dom.CssRuleType>(),
        });
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is AngleSharp.Dom.IElement element)
            {
                if (element.LocalName == "a")
                {
                    element.SetAttribute("rel", "nofollow noopener noreferrer");
                    element.SetAttribute("target", "_blank");
                }
                else if (element.LocalName == "input" && element.GetAttribute("type") != "checkbox")
                {
                    // Only Markdown task-list boxes; any other input is dropped.
                    element.Remove();
                }
                else if (element.LocalName == "input")
                {
                    element.SetAttribute("disabled", "disabled");
                }
            }
        };
        return sanitizer;
    }

    /// <summary>
    /// A file name safe to store and show: the last path segment, letters, digits, spaces and <c>._-()</c> only, at most
    /// <see cref="MaxFileNameLength"/> characters, never empty and never starting with a dot.
    /// </summary>
    public static string SafeFileName(string? name)
    {
        var last = (name ?? "").Replace('\\', '/').Split('/').LastOrDefault() ?? "";
        var builder = new StringBuilder(last.Length);
        foreach (var c in last.Normalize(NormalizationForm.FormC))
        {
            builder.Append(char.IsLetterOrDigit(c) || c is ' ' or '.' or '-' or '_' or '(' or ')' ? c : '_');
        }

        var safe = Underscores().Replace(builder.ToString(), "_").Trim(' ', '.', '_');
        if (safe.Length > MaxFileNameLength)
        {
            var ext = Path.GetExtension(safe);
            safe = ext.Length is > 0 and <= 10 ? safe[..(MaxFileNameLength - ext.Length)] + ext : safe[..MaxFileNameLength];
        }

        return safe.Length == 0 ? "file" : safe;
    }

    /// <summary>The content type the bytes show, whatever the client claimed: a few known signatures, UTF-8 text, or binary.</summary>
    public static string SniffContentType(ReadOnlySpan<byte> head, string fileName)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return "image/png";
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return "image/jpeg";
        }

        if (head.StartsWith("GIF87a"u8) || head.StartsWith("GIF89a"u8))
        {
            return "image/gif";
        }

        if (head.Length >= 12 && head.StartsWith("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8))
        {
            return "image/webp";
        }

        if (head.StartsWith("%PDF-"u8))
        {
            return "application/pdf";
        }

        if (head.StartsWith("PK\x03\x04"u8))
        {
            return Path.GetExtension(fileName).ToLowerInvariant() switch
            {
                ".docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                ".xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                ".pptx" => "application/vnd.openxmlformats-officedocument.presentationml.presentation",
                _ => "application/zip",
            };
        }

        return IsText(head) ? "text/plain" : "application/octet-stream";
    }

    private static bool IsText(ReadOnlySpan<byte> head)
    {
        if (head.IndexOf((byte)0) >= 0)
        {
            return false;
        }

        // A multi-byte character cut off at the end of the sample is still text.
        for (var cut = 0; cut < 4 && cut <= head.Length; cut++)
        {
            if (System.Text.Unicode.Utf8.IsValid(head[..^cut]))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"@\[(?<name>[^\]\r\n]{1,100})\]\(user:(?<id>[1-9][0-9]{0,17})\)", RegexOptions.CultureInvariant)]
    private static partial Regex Mention();

    [GeneratedRegex("_{2,}")]
    private static partial Regex Underscores();
}

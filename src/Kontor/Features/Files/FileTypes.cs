using System.Text;

namespace Kontor.Features.Files;

/// <summary>
/// Finds a file's type from its first bytes, against an allow-list: PDF, PNG, JPEG, GIF, WebP, Office and OpenDocument
/// files, ZIP archives and plain text or CSV. Everything else is refused, named or not: programs (PE, ELF, Mach-O,
/// scripts), HTML, SVG and other markup that a browser could run. The client's own Content-Type is never trusted.
/// </summary>
public static class FileTypes
{
    private static ReadOnlySpan<byte> Png => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private static ReadOnlySpan<byte> Jpeg => [0xFF, 0xD8, 0xFF];

    private static ReadOnlySpan<byte> Zip => [0x50, 0x4B, 0x03, 0x04];

    private static ReadOnlySpan<byte> Ole => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    private static ReadOnlySpan<byte> Bom => [0xEF, 0xBB, 0xBF];

    private static readonly Dictionary<string, string> ZipBased = new(StringComparer.OrdinalIgnoreCase)
    {
        [".docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        [".xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        [".pptx"] = "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        [".odt"] = "application/vnd.oasis.opendocument.text",
        [".ods"] = "application/vnd.oasis.opendocument.spreadsheet",
        [".odp"] = "application/vnd.oasis.opendocument.presentation",
        [".zip"] = "application/zip",
    };

    private static readonly Dictionary<string, string> OleBased = new(StringComparer.OrdinalIgnoreCase)
    {
        [".doc"] = "application/msword",
        [".xls"] = "application/vnd.ms-excel",
        [".ppt"] = "application/vnd.ms-powerpoint",
        [".msg"] = "application/vnd.ms-outlook",
    };

    /// <summary>The content type of an allowed file, or null for a refused one.</summary>
    public static string? Detect(ReadOnlySpan<byte> content, string fileName)
    {
        var extension = Path.GetExtension(fileName);
        if (content.StartsWith("%PDF-"u8))
        {
            return "application/pdf";
        }

        if (content.StartsWith(Png))
        {
            return "image/png";
        }

        if (content.StartsWith(Jpeg))
        {
            return "image/jpeg";
        }

        if (content.StartsWith("GIF87a"u8) || content.StartsWith("GIF89a"u8))
        {
            return "image/gif";
        }

        if (content.Length >= 12 && content.StartsWith("RIFF"u8) && content[8..12].SequenceEqual("WEBP"u8))
        {
            return "image/webp";
        }

        if (content.StartsWith(Zip))
        {
            return ZipBased.GetValueOrDefault(extension, "application/zip");
        }

        if (content.StartsWith(Ole))
        {
            return OleBased.GetValueOrDefault(extension);
        }

        return IsPlainText(content)
            ? extension.Equals(".csv", StringComparison.OrdinalIgnoreCase) ? "text/csv" : "text/plain"
            : null;
    }

    /// <summary>UTF-8 text without control bytes that does not start like markup or a script.</summary>
    private static bool IsPlainText(ReadOnlySpan<byte> content)
    {
        var head = content[..Math.Min(content.Length, 64 * 1024)];
        if (head.StartsWith(Bom))
        {
            head = head[3..];
        }

        foreach (var b in head)
        {
            if (b < 0x20 && b is not ((byte)'\t' or (byte)'\n' or (byte)'\r' or 0x0C))
            {
                return false;
            }
        }

        // A multi-byte character may be cut at the end of the sample.
        var sample = head.Length == content.Length ? head : head[..Math.Max(0, head.Length - 4)];
        if (!System.Text.Unicode.Utf8.IsValid(sample))
        {
            return false;
        }

        var start = Encoding.UTF8.GetString(sample[..Math.Min(sample.Length, 512)]).TrimStart();
        return !start.StartsWith('<') && !start.StartsWith("#!", StringComparison.Ordinal);
    }
}

using Kontor.Common;

namespace Kontor.Features.Files;

public static class FileErrors
{
    public static readonly Error NotFound = Error.NotFound("files", "file");

    public static Error TooLarge(long max) =>
        new("files.too_large", $"The file is larger than {max} bytes.", StatusCodes.Status413PayloadTooLarge);

    public static readonly Error TypeNotAllowed = new(
        "files.type_not_allowed",
        "This kind of file is not accepted. Allowed are PDF, PNG, JPEG, GIF, WebP, Office and OpenDocument files, ZIP archives and plain text or CSV.",
        StatusCodes.Status415UnsupportedMediaType);

    public static readonly Error NotMultipart = new(
        "files.multipart_required", "Send the file as multipart/form-data in the form field \"file\".", StatusCodes.Status415UnsupportedMediaType);
}

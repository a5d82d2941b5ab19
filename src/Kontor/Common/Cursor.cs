using System.Buffers.Text;
using System.Text.Json;

namespace Kontor.Common;

/// <summary>Opaque keyset cursors: the sort key of the last row, serialised and base64url-encoded.</summary>
public static class Cursor
{
    public static string Encode<T>(T position) =>
        Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(position));

    public static bool TryDecode<T>(string? cursor, out T? position)
    {
        position = default;
        if (string.IsNullOrEmpty(cursor))
        {
            return true;
        }

        try
        {
            position = JsonSerializer.Deserialize<T>(Base64Url.DecodeFromChars(cursor));
            return position is not null;
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            return false;
        }
    }

    public static Error Invalid => new("paging.invalid_cursor", "The cursor is not valid for this request.", StatusCodes.Status400BadRequest);
}

/// <summary>One page of a keyset-paged list. <c>Next</c> is null on the last page.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, string? Next);

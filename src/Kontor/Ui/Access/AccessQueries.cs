using Kontor.Common;
using Kontor.Data;
using Kontor.Features.Users;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kontor.Ui.Access;

/// <summary>Reads the settings pages share, through the slice handlers.</summary>
public static class AccessQueries
{
    /// <summary>Every user, deactivated ones too, page by page in the list's order (name, then id).</summary>
    public static async Task<List<UserResponse>> AllUsersAsync(KontorDb db, CancellationToken ct)
    {
        var all = new List<UserResponse>();
        string? cursor = null;
        do
        {
            var result = await ListUsers.Handle(new ListUsers.Query { IncludeInactive = true, Limit = 200, Cursor = cursor }, db, ct);
            if (result.Result is not Ok<Page<UserResponse>> { Value: { } page })
            {
                break;
            }

            all.AddRange(page.Items);
            cursor = page.Next;
        }
        while (cursor is not null);

        return all;
    }
}

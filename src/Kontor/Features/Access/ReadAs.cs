using Kontor.Data;

namespace Kontor.Features.Access;

/// <summary>
/// Asks the context's read filters on behalf of another user, for work that tells someone else about a record (a
/// mention, a reminder): what they may not read, they are not told of. The one read filter decides, as for every
/// surface; the unit of work reads with its own user's rights again afterwards.
/// </summary>
public static class ReadAs
{
    /// <summary>What <paramref name="read"/> answers with the user's rights; false for a deactivated or unknown user.</summary>
    public static async Task<bool> UserAsync(KontorDb db, long userId, Func<Task<bool>> read, CancellationToken ct)
    {
        if (await LoadAccess.ForUserAsync(db, userId, ct) is not { } scope)
        {
            return false;
        }

        var own = db.Access;
        db.Access = scope;
        try
        {
            return await read();
        }
        finally
        {
            db.Access = own;
        }
    }
}

using Kontor.Common;
using Kontor.Data;
using Microsoft.EntityFrameworkCore;

namespace Kontor.Features.Users;

/// <summary>The time zone a user reads and types dates in (their <see cref="User.TimeZone"/> setting).</summary>
public static class UserZone
{
    public static async Task<TimeZoneInfo> OfAsync(KontorDb db, long userId, CancellationToken ct) =>
        LocalTime.Zone(await db.Set<User>().Where(u => u.Id == userId).Select(u => u.TimeZone).FirstOrDefaultAsync(ct));
}

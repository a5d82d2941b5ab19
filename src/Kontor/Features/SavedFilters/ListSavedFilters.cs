using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Kontor.Data;
using Kontor.Features.Users;
using Microsoft.EntityFrameworkCore;

namespace Kontor.Features.SavedFilters;

/// <summary>The signed-in user's saved filters of one list, by name. Nobody sees another user's filters.</summary>
public static class ListSavedFilters
{
    public static async Task<IReadOnlyList<SavedFilterResponse>> Handle(
        [Required, RegularExpression(SavedFilterRules.EntityPattern)] string entity, ClaimsPrincipal user, KontorDb db, CancellationToken ct) =>
        await RunAsync(db, user.Id(), entity, ct);

    public static async Task<IReadOnlyList<SavedFilterResponse>> RunAsync(KontorDb db, long userId, string entity, CancellationToken ct)
    {
        var filters = await db.Set<SavedFilter>().AsNoTracking()
            .Where(f => f.UserId == userId && f.Entity == entity)
            .ToListAsync(ct);
        return [.. filters.OrderBy(f => f.Name, StringComparer.CurrentCultureIgnoreCase).Select(SavedFilterResponse.From)];
    }
}

using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Kontor.Common;
using Kontor.Data;
using Kontor.Features.Users;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Kontor.Features.SavedFilters;

/// <summary>
/// Saves a filter under a name: a new name adds one, a name the user already has (in any case) replaces that filter's
/// query, so "save as" twice under the same name never leaves two.
/// </summary>
public static class SaveFilter
{
    public sealed record Request
    {
        [Required, RegularExpression(SavedFilterRules.EntityPattern)]
        public string Entity { get; init; } = "";

        [Required, StringLength(SavedFilterRules.MaxNameLength, MinimumLength = 1)]
        [RegularExpression(@"^\s*\S.*$", ErrorMessage = "The name must not be blank.")]
        public string Name { get; init; } = "";

        [Required(AllowEmptyStrings = true), StringLength(SavedFilterRules.MaxQueryLength)]
        public string? Query { get; init; }
    }

    public static async Task<Results<Ok<SavedFilterResponse>, Created<SavedFilterResponse>, ProblemHttpResult>> Handle(
        Request request, ClaimsPrincipal user, KontorDb db, TimeProvider clock, CancellationToken ct)
    {
        var (saved, created, error) = await RunAsync(db, user.Id(), request, clock, ct);
        if (error is not null)
        {
            return error.ToProblem();
        }

        return created ? TypedResults.Created($"/api/v1/saved-filters/{saved!.Id}", saved) : TypedResults.Ok(saved!);
    }

    public static async Task<(SavedFilterResponse? Filter, bool Created, Error? Error)> RunAsync(
        KontorDb db, long userId, Request request, TimeProvider clock, CancellationToken ct)
    {
        if (request.Query!.Any(char.IsControl))
        {
            return (null, false, SavedFilterErrors.InvalidQuery);
        }

        var query = request.Query!.Trim().TrimStart('?');
        var name = request.Name.Trim();
        var key = SavedFilter.KeyOf(name);
        var now = clock.GetUtcNow().UtcDateTime;
        var mine = db.Set<SavedFilter>().Where(f => f.UserId == userId && f.Entity == request.Entity);
        var filter = await mine.FirstOrDefaultAsync(f => f.NameKey == key, ct);
        var created = filter is null;
        if (filter is null)
        {
            if (await mine.CountAsync(ct) >= SavedFilterRules.MaxFilters)
            {
                return (null, false, SavedFilterErrors.TooMany);
            }

            filter = new SavedFilter { UserId = userId, Entity = request.Entity, CreatedAt = now };
            db.Add(filter);
        }

        (filter.Name, filter.NameKey, filter.Query, filter.UpdatedAt) = (name, key, query, now);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException) when (created)
        {
            // The same name was saved at the same moment (another tab); the unique index kept one.
            return (null, false, SavedFilterErrors.SavedMeanwhile);
        }

        return (SavedFilterResponse.From(filter), created, null);
    }
}
